import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { freshDemoForEachTest, openScan, SAMPLES_DIR } from "./support/demo";

/**
 * "Check my calendar" in the demo: the pane's real Graph client reads calendarView from the
 * simulated Microsoft 365, which answers from the sample mailbox's meetings.
 */

jest.setTimeout(180_000);

const fixture = freshDemoForEachTest();

function subjectOf(sample: string): string {
  const snapshot = JSON.parse(fs.readFileSync(path.join(SAMPLES_DIR, sample), "utf8")) as {
    item: { subject: string };
  };
  return snapshot.item.subject;
}

interface Row {
  verdict: string | null;
  subject: string;
}

function rows(page: Page): Promise<Row[]> {
  return page.$$eval("#root [data-scan-verdict]", (elements) =>
    elements.map((element) => ({
      verdict: element.getAttribute("data-scan-verdict"),
      subject: element.querySelector("q")?.textContent ?? "",
    })),
  );
}

function calendarRequests(page: Page): Promise<{ path: string; status: number }[]> {
  return page.evaluate(() =>
    (window.qaDemoMicrosoft365?.requests ?? [])
      .filter((request) => request.path.startsWith("/me/calendarView"))
      .map(({ readablePath, status }) => ({ path: readablePath, status })),
  );
}

async function scan(page: Page): Promise<number> {
  const started = Date.now();
  await openScan(page);
  await page.locator('#root [data-scan-state="done"]').waitFor();
  return Date.now() - started;
}

describe("Check my calendar in the demo", () => {
  test("lists the covered meetings, then the unclear ones, from the sample mailbox's calendar", async () => {
    const { page } = fixture.demo();
    const elapsed = await scan(page);
    const listed = await rows(page);
    const requests = await calendarRequests(page);
    const summary = await page.locator("#root [data-scan-summary]").textContent();
    console.log(`Scan of the demo calendar: ${summary} (${elapsed} ms from the click)`);

    expect(listed).toContainEqual({
      verdict: "directive-applies",
      subject: subjectOf("qamt-panel-monthly.json"),
    });
    expect(listed).toContainEqual({
      verdict: "unclear",
      subject: subjectOf("unclear-unknown-reviewer.json"),
    });
    expect(listed.map((row) => row.subject)).not.toContain(subjectOf("team-meeting.json"));
    const firstUnclear = listed.findIndex((row) => row.verdict === "unclear");
    expect(listed.slice(firstUnclear).every((row) => row.verdict === "unclear")).toBe(true);
    expect(listed.slice(0, firstUnclear).every((row) => row.verdict === "directive-applies")).toBe(true);

    expect(requests).toHaveLength(1);
    expect(requests[0]?.path).toMatch(/startDateTime=.*&endDateTime=.*&\$select=subject,body,/);

    // A row opens the meeting in Outlook (displayAppointmentForm).
    const row = page.locator("#root [data-scan-verdict]").first();
    const subject = (await row.locator("q").textContent()) ?? "";
    await row.getByRole("button", { name: /in Outlook$/ }).click();
    const dialog = page.locator("#demo-appointment");
    await dialog.waitFor();
    expect(await page.locator("#demo-appointment-subject").textContent()).toBe(subject);
  });

  test("follows Graph's pages to the end, listing the same meetings", async () => {
    const { page } = fixture.demo();
    await scan(page);
    const whole = await rows(page);

    await page.evaluate(() => window.qaDemoMicrosoft365?.setCalendarPageSize(2));
    await page.locator("#root").getByRole("button", { name: "Check my calendar again" }).click();
    await page.locator('#root [data-scan-state="done"]').waitFor();
    const paged = await calendarRequests(page);
    expect(paged.length).toBeGreaterThan(3);
    expect(paged.slice(2).every((request) => request.path.includes("$skip="))).toBe(true);
    expect(await rows(page)).toEqual(whole);
  });

  test("waits as a 429's Retry-After asks, says so, then goes on", async () => {
    const { page } = fixture.demo();
    await page.evaluate(() => window.qaDemoMicrosoft365?.throttleCalendarView(1, 2));
    await openScan(page);
    await page
      .locator("#root")
      .getByText("Microsoft 365 is busy, so QA Meeting Check waits 2 seconds before going on.")
      .waitFor();
    await page.locator('#root [data-scan-state="done"]').waitFor();
    const requests = await calendarRequests(page);
    expect(requests.map((request) => request.status)).toEqual([429, 200]);
    expect((await rows(page)).length).toBeGreaterThan(0);
  });

  test("Cancel stops the scan during a wait; a new scan then runs to the end", async () => {
    const { page } = fixture.demo();
    await page.evaluate(() => window.qaDemoMicrosoft365?.throttleCalendarView(1, 30));
    await openScan(page);
    await page
      .locator("#root")
      .getByText(/waits 30 seconds/)
      .waitFor();
    await page.locator("#root").getByRole("button", { name: "Cancel" }).click();
    await page.locator('#root [data-scan-state="stopped"]').waitFor();
    expect(await page.locator("#root [data-scan-summary]").textContent()).toContain("Stopped, as you asked.");

    await page.locator("#root").getByRole("button", { name: "Check my calendar again" }).click();
    await page.locator('#root [data-scan-state="done"]').waitFor();
    expect((await calendarRequests(page)).map((request) => request.status)).toEqual([429, 200]);
  });
});
