import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import {
  expectedVerdicts,
  openDemo,
  option,
  ORDINARY_MESSAGE,
  SAMPLES_DIR,
  startDemoSite,
  waitForResultOfSelection,
  type DemoSite,
  type OpenDemo,
} from "./support/demo";
import { outlookForward, QAMT_REQUEST_MSG } from "../fixtures/invites";
import { msgFile } from "../support/msg-file";

jest.setTimeout(180_000);

let site: DemoSite;
let demo: OpenDemo;

beforeAll(async () => {
  site = await startDemoSite();
  demo = await openDemo(site);
});

afterAll(async () => {
  await demo?.context.close();
  await site?.close();
});

afterEach(() => {
  expect(demo.errors).toEqual([]);
});

function sampleOfKind(extension: string): string {
  const sample = [...expectedVerdicts().keys()].find((name) => name.endsWith(extension));
  if (!sample) throw new Error(`samples/expected.json lists no ${extension} sample`);
  return sample;
}

async function openThroughInput(page: Page, name: string, content: string | Buffer, mimeType: string) {
  // Leave any invite first, so the verdict that follows can only come from the opened file.
  await option(page, ORDINARY_MESSAGE).click();
  await page.waitForFunction(() => document.querySelector('#root [data-pane-state="not-invite"]') !== null);
  await page.getByLabel("Open an invite file", { exact: true }).setInputFiles({
    name,
    mimeType,
    buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
  });
}

describe("opening an invite file", () => {
  test.each([
    [".ics", "text/calendar"],
    [".eml", "message/rfc822"],
  ])("a %s file opened through the file input is added, selected and judged", async (extension, mimeType) => {
    const { page } = demo;
    const sample = sampleOfKind(extension);
    const copyName = `opened-${sample}`;
    await openThroughInput(page, copyName, fs.readFileSync(path.join(SAMPLES_DIR, sample)), mimeType);
    const selected = page.locator('#demo-list [role=option][aria-selected="true"]');
    await page.locator(`#demo-list [role=option][aria-selected="true"][data-sample="${copyName}"]`).waitFor();
    expect(await selected.count()).toBe(1);
    const view = await waitForResultOfSelection(page);
    expect(expectedVerdicts().get(sample)).toContain(view.verdict);
    await page.locator("#demo-message", { hasText: `Opened ${copyName}` }).waitFor();
    expect(await page.locator("#demo-message").getAttribute("data-kind")).toBe("info");
  });

  test("an e-mail with no invite says so in the demo, and changes nothing", async () => {
    const { page } = demo;
    const count = await page.locator("#demo-list [role=option]").count();
    const email = [
      "From: Tom Reilly <tom.reilly@dcj-demo.example>",
      "To: Priya Nair <priya.nair@dcj-demo.example>",
      "Subject: Lunch",
      "Date: Thu, 10 Dec 2026 09:00:00 +1100",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "See you at 12:30.",
      "",
    ].join("\r\n");
    await openThroughInput(page, "lunch.eml", email, "message/rfc822");
    await page.locator("#demo-message", { hasText: "lunch.eml is not a meeting invite" }).waitFor();
    expect(await page.locator("#demo-message").getAttribute("data-kind")).toBe("error");
    expect(await page.locator("#demo-list [role=option]").count()).toBe(count);
    expect(await page.locator('#root [data-pane-state="not-invite"]').count()).toBe(1);
  });

  test("an Outlook .msg meeting request, attached to a member's forward, is read, judged and said to be attached", async () => {
    const { page } = demo;
    const forward = msgFile(outlookForward([{ message: QAMT_REQUEST_MSG }]));
    await openThroughInput(page, "forward.msg", Buffer.from(forward), "application/vnd.ms-outlook");
    await page.locator('#demo-list [role=option][aria-selected="true"][data-sample="forward.msg"]').waitFor();
    expect((await waitForResultOfSelection(page)).verdict).toBe("directive-applies");
    await page
      .locator("#demo-message", { hasText: "Opened forward.msg. The invite came attached" })
      .waitFor();
  });

  test("a broken file gives a clear error in the demo", async () => {
    const { page } = demo;
    await openThroughInput(page, "broken.json", '{"mailbox": {}, "item": ', "application/json");
    await page.locator("#demo-message", { hasText: "broken.json could not be opened" }).waitFor();
    expect(await page.locator("#demo-message").textContent()).toMatch(/JSON/);
    expect(await page.locator("#demo-message").getAttribute("data-kind")).toBe("error");
  });

  test("a file dropped on the page is opened too", async () => {
    const { page } = demo;
    const sample = sampleOfKind(".ics");
    const text = fs.readFileSync(path.join(SAMPLES_DIR, sample), "utf8");
    await option(page, ORDINARY_MESSAGE).click();
    await page.evaluate(
      ({ name, content }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], name, { type: "text/calendar" }));
        const target = document.getElementById("demo-reading") as HTMLElement;
        target.dispatchEvent(
          new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
        target.dispatchEvent(
          new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      },
      { name: `dropped-${sample}`, content: text },
    );
    await page
      .locator(`#demo-list [role=option][aria-selected="true"][data-sample="dropped-${sample}"]`)
      .waitFor();
    const view = await waitForResultOfSelection(page);
    expect(expectedVerdicts().get(sample)).toContain(view.verdict);
  });
});
