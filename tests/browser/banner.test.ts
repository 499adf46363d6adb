import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { freshDemoForEachTest, option, REPO, showSample } from "./support/demo";

/**
 * The verdict's line on the invite: the pane puts it on the item through item.notificationMessages,
 * and the demo's Outlook shows each item's notifications above it (data-notification holds the text).
 */

jest.setTimeout(180_000);

const PANEL = "qamt-panel-monthly.json";
const TEAM_MEETING = "team-meeting.json";
const UNCLEAR = "unclear-unknown-reviewer.json";

const policy = JSON.parse(
  fs.readFileSync(path.join(REPO, "src/policies/psa-2022-09-in-force.json"), "utf8"),
) as { banner: Record<string, string> };

const fixture = freshDemoForEachTest();

/** The notifications the demo's Outlook shows above the item on screen now. */
function shownNotifications(page: Page): Promise<string[]> {
  return page.$$eval("#demo-notifications [data-notification]", (entries) =>
    entries.map((entry) => entry.getAttribute("data-notification") ?? ""),
  );
}

async function waitForNotifications(page: Page, expected: string[]): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      JSON.stringify(
        [...document.querySelectorAll("#demo-notifications [data-notification]")].map((entry) =>
          entry.getAttribute("data-notification"),
        ),
      ) === JSON.stringify(wanted),
    expected,
  );
}

function callsOn(page: Page, itemId: string) {
  return page.evaluate(
    (id) => (window.qaDemoOutlook?.notificationCalls ?? []).filter((call) => call.itemId === id),
    itemId,
  );
}

/** Waits until the add-in has made this call on the item and Outlook gave this answer. */
async function waitForCall(page: Page, itemId: string, method: string, answer: string): Promise<void> {
  await page.waitForFunction(
    ([id, wantedMethod, wantedAnswer]) =>
      (window.qaDemoOutlook?.notificationCalls ?? []).some(
        (call) => call.itemId === id && call.method === wantedMethod && call.answer === wantedAnswer,
      ),
    [itemId, method, answer] as const,
  );
}

async function itemIdOf(page: Page, sample: string): Promise<string> {
  const id = await option(page, sample).getAttribute("data-item-id");
  if (!id) throw new Error(`${sample} has no item id in the demo list`);
  return id;
}

/** Another add-in's notification on an item, put there through the demo's Outlook. */
function addOtherAddinNote(page: Page, itemId: string, message: string): Promise<boolean> {
  return page.evaluate(
    ([id, text]) => window.qaDemoOutlook?.addOtherAddinNotification(id, "Contoso Sign", text) ?? false,
    [itemId, message] as const,
  );
}

describe("the verdict on the invite itself", () => {
  test("a QA review panel shows the policy's line above the item, once, and keeps it there", async () => {
    const { page } = fixture.demo();
    const line = policy.banner["directive-applies"] ?? "";
    const view = await showSample(page, PANEL);
    expect(view.verdict).toBe("directive-applies");
    await waitForNotifications(page, [line]);

    // Another invite shows its own line (or none); coming back, the panel's line is still there, once.
    await showSample(page, UNCLEAR);
    await waitForNotifications(page, [policy.banner.unclear ?? ""]);
    await showSample(page, PANEL);
    await waitForNotifications(page, [line]);
    expect(await shownNotifications(page)).toEqual([line]);
  });

  test("a meeting that is not a QA review gets no line, and another add-in's note stays", async () => {
    const { page } = fixture.demo();
    const itemId = await itemIdOf(page, TEAM_MEETING);
    expect(await addOtherAddinNote(page, itemId, "Signed by Contoso")).toBe(true);
    const view = await showSample(page, TEAM_MEETING);
    expect(view.verdict).toBe("not-qa-review");
    await waitForNotifications(page, ["Signed by Contoso"]);
    await waitForCall(page, itemId, "getAllAsync", "succeeded");
    const calls = await callsOn(page, itemId);
    expect(calls.map((call) => call.method)).not.toContain("replaceAsync");
    expect(await shownNotifications(page)).toEqual(["Signed by Contoso"]);
  });

  test("an item that already shows five notes from other add-ins keeps them all, and gains none", async () => {
    const { page } = fixture.demo();
    const itemId = await itemIdOf(page, PANEL);
    const others = ["One", "Two", "Three", "Four", "Five"].map((word) => `${word} from Contoso`);
    for (const note of others) expect(await addOtherAddinNote(page, itemId, note)).toBe(true);
    const view = await showSample(page, PANEL);
    expect(view.verdict).toBe("directive-applies");
    await waitForCall(page, itemId, "replaceAsync", "NumberOfNotificationMessagesExceeded");
    expect(await shownNotifications(page)).toEqual(others);
    expect((await callsOn(page, itemId)).map((call) => call.method)).not.toContain("removeAsync");
  });
});
