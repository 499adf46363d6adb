import path from "node:path";
import type { Page } from "playwright-core";
import {
  expectedVerdicts,
  openDemo,
  REPO,
  showSample,
  startDemoSite,
  type DemoSite,
  type OpenDemo,
} from "./support/demo";

jest.setTimeout(180_000);

const AXE = path.join(REPO, "node_modules/axe-core/axe.min.js");

let site: DemoSite;
let demo: OpenDemo;

beforeAll(async () => {
  site = await startDemoSite();
  const context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
  // axe goes in through the browser: the page's Content Security Policy rightly refuses inline scripts.
  await context.addInitScript({ path: AXE });
  demo = await openDemo(site, context);
});

afterAll(async () => {
  await demo?.context.close();
  await site?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[]; html: string; failureSummary?: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes
        .slice(0, 5)
        .map(
          (node) =>
            `${JSON.stringify(node.target)} ${node.html.slice(0, 160)} — ${node.failureSummary ?? ""}`,
        ),
    }));
  });
  return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}

/** One sample per verdict, so every verdict's screen is checked. */
function onePerVerdict(): string[] {
  const chosen = new Map<string, string>();
  for (const [sample, verdicts] of expectedVerdicts()) {
    const verdict = verdicts[0] ?? "";
    if (!chosen.has(verdict)) chosen.set(verdict, sample);
  }
  return [...chosen.values()];
}

describe("accessibility (axe-core in the page)", () => {
  test("each verdict's screen has no serious or critical violations", async () => {
    const found: Record<string, Violation[]> = {};
    for (const sample of onePerVerdict()) {
      await showSample(demo.page, sample);
      const violations = await seriousViolations(demo.page);
      if (violations.length > 0) found[sample] = violations;
    }
    expect(found).toEqual({});

    // The check itself works: an image with no text alternative is caught.
    await demo.page.evaluate(() => {
      const image = document.createElement("img");
      image.id = "axe-probe";
      image.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
      document.getElementById("demo-reading")?.append(image);
    });
    expect((await seriousViolations(demo.page)).map((violation) => violation.id)).toContain("image-alt");
    await demo.page.evaluate(() => document.getElementById("axe-probe")?.remove());
  });

  test("the open Settings section, the dark theme and the reply form have none either", async () => {
    const { page } = demo;
    const found: Record<string, Violation[]> = {};
    await showSample(page, onePerVerdict()[0] ?? "");
    await page
      .getByRole("button", { name: /Settings/ })
      .first()
      .click();
    found.settings = await seriousViolations(page);

    await page.getByRole("switch", { name: "Dark theme" }).click();
    await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    await page.waitForTimeout(500);
    found.dark = await seriousViolations(page);

    const writeAnyway = page.getByRole("button", { name: "Write a reply anyway" });
    if (await writeAnyway.isVisible()) await writeAnyway.click();
    await page.getByRole("button", { name: "Reply to organizer" }).click();
    await page.locator("#demo-reply").waitFor({ state: "visible" });
    // Audit the settled page, not the button's busy state or its colour transition.
    await page.locator('#root [data-outcome="opened"]').waitFor();
    await page.waitForTimeout(500);
    found.reply = await seriousViolations(page);
    await page.keyboard.press("Escape");

    expect(Object.fromEntries(Object.entries(found).filter(([, list]) => list.length > 0))).toEqual({});
  });

  test("the open record, with its chart, has none in either theme", async () => {
    const { page } = demo;
    const found: Record<string, Violation[]> = {};
    for (const sample of onePerVerdict()) await showSample(page, sample);
    await page.locator("#root").getByRole("button", { name: "Your record" }).click();
    await page.locator('#root [data-record-chart="drawn"] svg[role="img"]').waitFor();
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    const first = await theme();
    found[first ?? "light"] = await seriousViolations(page);
    await page.getByRole("switch", { name: "Dark theme" }).click();
    await page.waitForFunction((was) => document.documentElement.dataset.theme !== was, first);
    await page.waitForTimeout(500);
    found[(await theme()) ?? "light"] = await seriousViolations(page);
    expect(Object.keys(found)).toHaveLength(2);
    expect(Object.fromEntries(Object.entries(found).filter(([, list]) => list.length > 0))).toEqual({});
  });
});
