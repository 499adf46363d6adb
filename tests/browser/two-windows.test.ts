import type { Page } from "playwright-core";
import { expectedVerdicts, openDemo, showSample, startDemoSite, type DemoSite } from "./support/demo";

/**
 * Two panes open at once in different windows of one browser (one localStorage): what each records
 * reaches the other's record, and neither write drops the other's entries.
 */

jest.setTimeout(180_000);

let site: DemoSite;

beforeAll(async () => {
  site = await startDemoSite();
});

afterAll(async () => {
  await site?.close();
});

/** The record as the pane shows it: the item ids of its entries, newest first. */
async function recordShown(page: Page): Promise<string[]> {
  const record = page.locator("#root").getByRole("button", { name: "Your record" });
  if ((await record.getAttribute("aria-expanded")) !== "true") await record.click();
  // The section is built from its own chunk when first opened.
  await page.locator('#root [data-section-pending="Your record"]').waitFor({ state: "detached" });
  return page
    .locator("#root [data-record-entry]")
    .evaluateAll((entries) => entries.map((entry) => entry.getAttribute("data-record-entry") ?? ""));
}

test("two windows each keep, and show, the invites checked in the other", async () => {
  const [first, second, third] = [...expectedVerdicts().keys()];
  if (!first || !second || !third) throw new Error("samples/expected.json lists fewer than three samples");
  const one = await openDemo(site);
  const other = await openDemo(site, one.context); // a second window, sharing the first one's storage
  await showSample(one.page, first);
  await showSample(other.page, second);
  await showSample(one.page, third);

  const shownInOne = await recordShown(one.page);
  expect(shownInOne).toHaveLength(3);
  // The other window hears of the third entry through the browser's storage event, without a reload.
  await recordShown(other.page);
  await other.page.waitForFunction(() => document.querySelectorAll("#root [data-record-entry]").length === 3);
  expect(new Set(await recordShown(other.page))).toEqual(new Set(shownInOne));
  expect(one.errors).toEqual([]);
  expect(other.errors).toEqual([]);
  await one.context.close();
});
