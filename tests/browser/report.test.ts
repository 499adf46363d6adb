import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { main } from "../../src/cli/main";
import { toCsv } from "../../src/record/csv";
import { recordedEntry } from "../support/record-entry";
import { launchChromium } from "./support/demo";

jest.setTimeout(120_000);

/** Two members' records: a panel sent to both, a second QA review, and one of each other verdict. */
function records(): Record<string, string> {
  const priya = { name: "Priya Nair", email: "priya.nair@dcj-demo.example" };
  const sam = { name: "Sam Lee", email: "sam.lee@dcj-demo.example" };
  const panel = { meetingStart: "2026-03-10T14:00:00+11:00", subject: "Monthly QAMT panel", otherPeople: 4 };
  return {
    "priya.csv": toCsv([
      recordedEntry({ ...panel, member: priya, action: "declined" }),
      recordedEntry({ meetingStart: "2026-05-12T10:00:00+10:00", subject: "QAMT review", member: priya }),
      recordedEntry({ meetingStart: "2026-05-13T10:00:00+10:00", verdict: "not-qa-review", member: priya }),
    ]),
    "sam.csv": toCsv([
      recordedEntry({ ...panel, member: sam, action: "attended" }),
      recordedEntry({ meetingStart: "2026-06-02T10:00:00+10:00", verdict: "one-to-one", member: sam }),
    ]),
  };
}

let folder = "";
let report = "";
let browser: Browser;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "qa-report-"));
  const files = Object.entries(records()).map(([name, text]) => {
    writeFileSync(join(folder, name), text);
    return join(folder, name);
  });
  report = join(folder, "report.html");
  let stderr = "";
  const status = await main(["summary", "--tz", "Australia/Sydney", "--out", report, ...files], {
    stdout: () => undefined,
    stderr: (text) => {
      stderr += text;
    },
  });
  if (status !== 0) throw new Error(`summary failed: ${stderr}`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Opens the report as a delegate would, from the disk, recording every request the page makes. */
async function open(options: { javaScriptEnabled: boolean }): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(report).href, { waitUntil: "load" });
  return { page, requests };
}

/** Each chart's size on the page and the bars drawn in it, with their heights or widths. */
function charts(page: Page) {
  return page.locator('svg[role="img"]').evaluateAll((svgs) =>
    svgs.map((svg) => {
      const box = svg.getBoundingClientRect();
      const bars = [...svg.querySelectorAll("g.bars rect")].map((bar) => bar.getBoundingClientRect());
      return {
        label: svg.getAttribute("aria-label"),
        width: Math.round(box.width),
        height: Math.round(box.height),
        bars: bars.filter((bar) => bar.width > 0 && bar.height > 0).length,
      };
    }),
  );
}

describe("the summary report in Chromium", () => {
  test("draws its charts without JavaScript and asks for nothing but itself", async () => {
    const { page, requests } = await open({ javaScriptEnabled: false });
    const drawn = await charts(page);
    expect(drawn.map(({ label, bars }) => [label, bars])).toEqual([
      // March: the panel; May: a QA review and a meeting that is not one; June: a one-to-one.
      ["Invites per month, by verdict", 4],
      ["QA reviews covered by the direction, per month", 2],
      ["What members did about them", 2],
    ]);
    for (const chart of drawn) {
      expect(chart.width).toBeGreaterThan(300);
      expect(chart.height).toBeGreaterThan(50);
    }
    await expect(
      page.getByRole("heading", { name: "QA reviews covered by the direction, per month" }).isVisible(),
    ).resolves.toBe(true);
    expect(requests).toEqual([pathToFileURL(report).href]);
    await page.context().close();
  });

  test("makes no network request with JavaScript on either, and prints with its charts", async () => {
    const { page, requests } = await open({ javaScriptEnabled: true });
    await page.emulateMedia({ media: "print" });
    expect((await charts(page)).every(({ bars, width }) => bars > 0 && width > 300)).toBe(true);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(requests).toEqual([pathToFileURL(report).href]);
    // Its content security policy forbids any fetch, should anything in it ever try.
    expect(readFileSync(report, "utf8")).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`,
    );
    await page.context().close();
  });
});
