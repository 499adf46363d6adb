import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import {
  expectedVerdicts,
  freshDemoForEachTest,
  SAMPLES_DIR,
  showSample,
  waitForPaneStarted,
} from "./support/demo";

/**
 * The demo's simulated Microsoft 365 (src/demo/simulated-m365.ts): the pane's sign-in code and the
 * Graph client run for real against it, inside the page (a stand-in for MSAL's client, and fetch).
 */

jest.setTimeout(180_000);

/** A directive-applies meeting request in the inbox: Graph finds its event, then declines it. */
const PANEL_INVITE = "qamt-panel-monthly.json";
const EDIT = " (Edited in the browser test.)";

interface GraphRecord {
  method: string;
  path: string;
  readablePath: string;
  body: unknown;
  status: number;
}

const fixture = freshDemoForEachTest((site) =>
  site.browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true }),
);

function graphRequests(page: Page): Promise<GraphRecord[]> {
  return page.evaluate(() =>
    (window.qaDemoMicrosoft365?.requests ?? []).map(({ method, path, readablePath, body, status }) => ({
      method,
      path,
      readablePath,
      body,
      status,
    })),
  );
}

function sampleOrganizer(sample: string): { displayName: string; emailAddress: string } {
  const snapshot = JSON.parse(fs.readFileSync(path.join(SAMPLES_DIR, sample), "utf8")) as {
    item: { organizer: { displayName: string; emailAddress: string } };
  };
  return snapshot.item.organizer;
}

/** Edits the reply text (adds a line at its end) and returns what the box then holds. */
async function editReply(page: Page): Promise<string> {
  const box = page.locator("#root").getByRole("textbox", { name: "Reply text" });
  await box.press("Control+End");
  await box.pressSequentially(EDIT);
  const value = await box.inputValue();
  expect(value.endsWith(EDIT)).toBe(true);
  return value;
}

/** Opens the confirmation, checks it shows the organizer and the comment, and confirms. */
async function declineAndSend(page: Page, sample: string, comment: string): Promise<void> {
  await page.locator("#root").getByRole("button", { name: "Decline and send", exact: true }).click();
  const dialog = page.getByRole("alertdialog", { name: "Decline this meeting?" });
  await dialog.waitFor();
  const organizer = sampleOrganizer(sample);
  const summary = dialog.locator("[data-decline-to]");
  expect(await summary.getAttribute("data-decline-to")).toBe(organizer.emailAddress);
  expect(await summary.textContent()).toContain(organizer.displayName);
  expect(await dialog.getByTestId("decline-comment").textContent()).toBe(comment);
  await dialog.getByRole("button", { name: "Decline and send now" }).click();
  await dialog.waitFor({ state: "hidden" });
}

describe("the simulated Microsoft 365 in the demo", () => {
  test("Decline and send declines the meeting through Graph with the edited comment", async () => {
    const { page } = fixture.demo();
    const view = await showSample(page, PANEL_INVITE);
    expect(view.verdict).toBe("directive-applies");
    const comment = await editReply(page);
    await declineAndSend(page, PANEL_INVITE, comment);

    const outcome = page.locator('#root [data-outcome="declined"]');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain(sampleOrganizer(PANEL_INVITE).displayName);
    // The button goes once the meeting is declined.
    expect(
      await page.locator("#root").getByRole("button", { name: "Decline and send", exact: true }).count(),
    ).toBe(0);

    const requests = await graphRequests(page);
    const lookup = requests.filter((request) => request.path.startsWith("/me/messages/"));
    expect(lookup).toHaveLength(1);
    expect(lookup[0]?.method).toBe("GET");
    expect(lookup[0]?.readablePath).toContain("$expand=microsoft.graph.eventMessage/event");
    const declines = requests.filter((request) => request.path.endsWith("/decline"));
    expect(declines).toHaveLength(1);
    expect(declines[0]).toMatchObject({
      method: "POST",
      status: 202,
      body: { sendResponse: true, comment },
    });
    expect(declines[0]?.path).toMatch(/^\/me\/events\/[^/?]+\/decline$/);

    // The demo's panel lists the decline and its comment.
    const logged = page.locator('#demo-m365-log li[data-method="POST"]');
    await logged.waitFor();
    expect(await logged.getAttribute("data-status")).toBe("202");
    expect(await logged.locator(".demo-m365-comment").textContent()).toBe(comment);
  });

  test.each([
    ["already-declined", "Outlook could not find this meeting any more", 404, 1],
    ["consent", "QA Meeting Check does not have permission to do this in Microsoft 365", 403, 1],
    // Retry-After: 1, so the Graph client tries three times (about two seconds) before giving up.
    ["throttled", "Microsoft 365 is busy", 429, 3],
    // The request never reaches Graph: the simulation logs it with no status.
    ["offline", "You seem to be offline", 0, 1],
  ] as const)(
    "in failure mode %s the pane says why and keeps the comment",
    async (mode, message, status, attempts) => {
      const { page } = fixture.demo();
      await showSample(page, PANEL_INVITE);
      await page.locator("#demo-m365-mode").selectOption(mode);
      const comment = await editReply(page);
      await declineAndSend(page, PANEL_INVITE, comment);

      const outcome = page.locator('#root [data-outcome="failed"][data-outcome-of="decline"]');
      await outcome.waitFor({ timeout: 15_000 });
      const text = (await outcome.textContent()) ?? "";
      expect(text).toContain("The meeting was not declined.");
      expect(text).toContain(message);
      expect(await page.locator("#root").getByRole("textbox", { name: "Reply text" }).inputValue()).toBe(
        comment,
      );

      const requests = await graphRequests(page);
      const failed = requests.filter(
        (request) => request.path.startsWith("/me/messages/") || request.path.endsWith("/decline"),
      );
      expect(failed.length).toBe(attempts);
      expect(failed.every((request) => request.status === status)).toBe(true);
      expect(requests.some((request) => request.path.endsWith("/decline") && request.status === 202)).toBe(
        false,
      );
    },
  );

  test("roles come from the directory, and the pane says what changed where a verdict changes", async () => {
    const { page } = fixture.demo();
    const changed: string[] = [];
    const notes = new Map<string, string>();
    for (const [sample, verdicts] of expectedVerdicts()) {
      const view = await showSample(page, sample);
      expect(view.directory).toBe("arrived");
      expect(verdicts).toContain(view.verdict);
      const note = (await page.locator('#root [data-directory="arrived"]').textContent()) ?? "";
      notes.set(sample, note);
      if (note.includes("The verdict changed from")) changed.push(sample);
    }
    // The samples with a directory give their roles from it; at least one verdict moves.
    expect(changed.length).toBeGreaterThan(0);
    await showSample(page, PANEL_INVITE);
    const karen = page
      .locator("#root li[data-person]")
      .filter({ hasText: "karen.mitchell@dcj-demo.example" });
    expect(await karen.locator("[data-role]").getAttribute("data-role")).toBe("qaci");
    expect(await karen.textContent()).toContain("Role from: directory");
    expect(await page.locator("#root li[data-person]", { hasText: "Role from: your settings" }).count()).toBe(
      0,
    );
    expect(notes.get(PANEL_INVITE)).toMatch(/Directory roles arrived: .*Karen Mitchell is QACI/);

    const requests = await graphRequests(page);
    const people = requests.filter((request) => request.path.startsWith("/me/people?"));
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((request) => request.method === "GET" && request.status === 200)).toBe(true);
    expect(people.map((request) => request.readablePath)).toContainEqual(
      expect.stringContaining('$search="karen.mitchell@dcj-demo.example"'),
    );
    // Asked once a session; by default the simulated directory records no manager (404).
    expect(
      requests.filter((request) => request.path.startsWith("/me/manager")).map((request) => request.status),
    ).toEqual([404]);
    // Nothing but the documented calls.
    expect(
      requests.filter(
        (request) =>
          !request.path.startsWith("/me/people?") &&
          !request.path.startsWith("/me/manager") &&
          !request.path.startsWith("/me/messages/") &&
          !request.path.endsWith("/decline"),
      ),
    ).toEqual([]);
  });

  test("with the directory's manager on, the pane suggests the Manager Casework and says the verdict changed", async () => {
    const { page } = fixture.demo();
    const manager = page.locator("#demo-m365-manager");
    // Turning it on reloads the page: wait for that navigation itself, not an earlier load event.
    const reloaded = page.waitForEvent("framenavigated", (frame) => frame === page.mainFrame());
    await manager.click();
    await reloaded;
    await page.waitForLoadState("load");
    await waitForPaneStarted(page);
    expect(await page.locator("#demo-m365-manager").isChecked()).toBe(true);

    const view = await showSample(page, "unclear-unknown-reviewer.json");
    expect(view.verdict).toBe("directive-applies");
    const note = (await page.locator('#root [data-directory="arrived"]').textContent()) ?? "";
    expect(note).toContain("Your directory manager is Tom Reilly.");
    expect(note).toContain(
      "The verdict changed from Check before you decide to The PSA direction covers this meeting.",
    );
    expect(
      await page.locator("#root [data-manager-suggestion]").getAttribute("data-manager-suggestion"),
    ).toBe("tom.reilly@dcj-demo.example");
    const requests = await graphRequests(page);
    expect(
      requests.filter((request) => request.path.startsWith("/me/manager")).map((request) => request.status),
    ).toEqual([200]);
  });

  test("Export record saves a CSV of the checked invites without their text", async () => {
    const { page } = fixture.demo();
    const visited = ["qamt-panel-monthly.json", "team-meeting.json", "audit-tool-debrief.json"];
    for (const sample of visited) await showSample(page, sample);
    await page.locator("#root").getByRole("button", { name: "Your record" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#root").getByRole("button", { name: "Export record" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("qa-meeting-record.csv");
    const file = await download.path();
    const csv = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
    const lines = csv.trim().split(/\r?\n/);
    expect(lines.length).toBeGreaterThanOrEqual(visited.length + 1);
    for (const sample of visited) {
      const snapshot = JSON.parse(fs.readFileSync(path.join(SAMPLES_DIR, sample), "utf8")) as {
        item: { subject: string; body?: string };
      };
      expect(csv).toContain(snapshot.item.subject);
      const bodyLines = (snapshot.item.body ?? "")
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length >= 20 && !line.includes(snapshot.item.subject));
      expect(bodyLines.length).toBeGreaterThan(0);
      for (const line of bodyLines) expect(csv).not.toContain(line);
    }
    await page.locator('#root [data-record-status="exported"]').waitFor();
  });
});
