/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import { toHaveNoViolations } from "jest-axe";
import type { CalendarMeeting, CalendarResult } from "../../src/graph/calendar";
import { GraphError } from "../../src/graph/graph-error";
import { inviteFromFile } from "../support/fake-host";
import { CLIENT_ID, FakeMicrosoft365, testServices } from "./fake-m365";
import { axe, hostFor, renderPane, verdictRegion } from "./helpers";

expect.extend(toHaveNoViolations);
jest.setTimeout(30_000);

function meeting(name: string, eventId: string, start: string): CalendarMeeting {
  const { snapshot } = inviteFromFile(name).item as Extract<
    ReturnType<typeof inviteFromFile>["item"],
    { kind: "invite" }
  >;
  return { eventId, snapshot: { ...snapshot, item: { ...snapshot.item, start } } };
}

const COVERED = meeting("qamt-panel", "evt-covered", "2026-12-03T03:00:00Z");
const UNCLEAR = meeting("unknown-single-person", "evt-unclear", "2026-12-01T03:00:00Z");
const TEAM = meeting("team-meeting", "evt-team", "2026-11-30T03:00:00Z");

function read(meetings: CalendarMeeting[], events = meetings.length): CalendarResult {
  return { outcome: "read", meetings, progress: { pages: 1, events } };
}

function rows(): { verdict: string | null; event: string | null }[] {
  return [...document.querySelectorAll("[data-scan-verdict]")].map((row) => ({
    verdict: row.getAttribute("data-scan-verdict"),
    event: row.getAttribute("data-scan-event"),
  }));
}

async function startScan(options: { m365?: FakeMicrosoft365; settings?: Record<string, unknown> } = {}) {
  const host = hostFor("team-meeting", { graphClientId: CLIENT_ID, ...options.settings });
  const services = testServices(options.m365 ? { m365: options.m365 } : {});
  const view = renderPane(host, services);
  await verdictRegion();
  await openScan(view.user);
  return { host, ...view };
}

/** Opens "Your coming weeks" (its chunk loads) and asks for the scan. */
async function openScan(user: ReturnType<typeof renderPane>["user"]) {
  await user.click(screen.getByRole("button", { name: "Your coming weeks" }));
  await user.click(await screen.findByRole("button", { name: "Check my calendar" }));
}

function scanState(): string | null {
  return document.querySelector("[data-scan-state]")?.getAttribute("data-scan-state") ?? null;
}

test("lists the meetings the direction covers, then the unclear ones, each with its details", async () => {
  const m365 = new FakeMicrosoft365();
  m365.calendar = read([TEAM, COVERED, UNCLEAR], 5);
  await startScan({ m365 });
  await waitFor(() => expect(scanState()).toBe("done"));

  expect(rows()).toEqual([
    { verdict: "directive-applies", event: "evt-covered" },
    { verdict: "unclear", event: "evt-unclear" },
  ]);
  const covered = document.querySelector<HTMLElement>("[data-scan-event=evt-covered]")!;
  expect(covered).toHaveTextContent("The PSA direction covers this meeting");
  expect(covered).toHaveTextContent(COVERED.snapshot.item.subject!);
  expect(covered).toHaveTextContent("Organizer: Helen Ward");
  expect(covered.querySelector("time")).toHaveAttribute("datetime", "2026-12-03T03:00:00Z");
  expect(covered.querySelector("[data-scan-head-count]")).toHaveTextContent(/\d+ other people/);
  expect(document.querySelector("[data-scan-summary]")).toHaveTextContent("2 of 5 calendar entries");

  // The span: 4 weeks from now, for the caseworker, by default.
  const [request] = m365.calendarRequests;
  expect(request?.start).toBe("2026-11-26T05:30:00.000Z");
  expect(request?.end).toBe("2026-12-24T05:30:00.000Z");
  expect(request?.mailbox.emailAddress).toBe("chris.park@dcj-demo.example");
  expect(await axe(document.body)).toHaveNoViolations();
});

test("the span is a setting: the weeks chosen are read and kept", async () => {
  const m365 = new FakeMicrosoft365();
  const { user, host } = await startScan({ m365, settings: { calendarWeeks: 2 } });
  await waitFor(() => expect(scanState()).toBe("done"));
  expect(m365.calendarRequests[0]?.end).toBe("2026-12-10T05:30:00.000Z");

  await user.selectOptions(screen.getByRole("combobox", { name: "Weeks ahead" }), "8 weeks");
  await waitFor(() => expect(host.saved.at(-1)?.calendarWeeks).toBe(8));
  await user.click(screen.getByRole("button", { name: "Check my calendar again" }));
  await waitFor(() => expect(m365.calendarRequests).toHaveLength(2));
  expect(m365.calendarRequests[1]?.end).toBe("2027-01-21T05:30:00.000Z");
});

test("Cancel stops the scan at once; the answer that comes later changes nothing", async () => {
  const m365 = new FakeMicrosoft365();
  const held = m365.holdCalendar();
  const { user } = await startScan({ m365 });
  await waitFor(() => expect(m365.calendarRequests).toHaveLength(1));
  const request = m365.calendarRequests[0]!;
  act(() => request.onPage?.([UNCLEAR], { pages: 1, events: 3 }));
  await waitFor(() => expect(rows()).toHaveLength(1));
  expect(screen.getByRole("progressbar", { name: "Reading your calendar" })).toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Cancel" }));
  expect(scanState()).toBe("stopped");
  expect(request.signal?.aborted).toBe(true);
  expect(document.querySelector("[data-scan-summary]")).toHaveTextContent("Stopped, as you asked");

  held.resolve(read([UNCLEAR, COVERED]));
  await held.promise;
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(scanState()).toBe("stopped");
  expect(rows()).toEqual([{ verdict: "unclear", event: "evt-unclear" }]);
});

test("a scan started again wins over the one before, whichever answers first", async () => {
  const m365 = new FakeMicrosoft365();
  const first = m365.holdCalendar();
  const second = m365.holdCalendar();
  const { user } = await startScan({ m365 });
  await waitFor(() => expect(m365.calendarRequests).toHaveLength(1));
  await user.click(screen.getByRole("button", { name: "Cancel" }));
  await user.click(screen.getByRole("button", { name: "Check my calendar again" }));
  await waitFor(() => expect(m365.calendarRequests).toHaveLength(2));

  second.resolve(read([COVERED]));
  await waitFor(() => expect(scanState()).toBe("done"));
  first.resolve(read([UNCLEAR]));
  await first.promise;
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(rows()).toEqual([{ verdict: "directive-applies", event: "evt-covered" }]);
});

test("says when Microsoft 365 asked it to wait, and when the calendar could not be read", async () => {
  const m365 = new FakeMicrosoft365();
  const held = m365.holdCalendar();
  await startScan({ m365 });
  await waitFor(() => expect(m365.calendarRequests).toHaveLength(1));
  act(() => m365.calendarRequests[0]!.onWait?.(7));
  await screen.findByText("Microsoft 365 is busy, so QA Meeting Check waits 7 seconds before going on.");
  held.resolve({
    outcome: "failed",
    error: new GraphError("permission", "You have not allowed QA Meeting Check to read your calendar."),
    meetings: [COVERED],
    progress: { pages: 1, events: 1 },
  });
  await waitFor(() => expect(scanState()).toBe("failed"));
  expect(document.querySelector("[data-scan-summary]")).toHaveTextContent(
    "The calendar could not be read to the end: You have not allowed QA Meeting Check to read your calendar. Shown: what was checked before.",
  );
  expect(rows()).toHaveLength(1);
});

test("a row opens the meeting in Outlook (displayAppointmentForm, through the host)", async () => {
  const m365 = new FakeMicrosoft365();
  m365.calendar = read([COVERED]);
  const { user, host } = await startScan({ m365 });
  await waitFor(() => expect(scanState()).toBe("done"));
  await user.click(screen.getByRole("button", { name: /^Open ".*" in Outlook$/ }));
  expect(host.openedAppointments).toEqual(["evt-covered"]);
});

test("without displayAppointmentForm there is no Open button, and the pane says why", async () => {
  const m365 = new FakeMicrosoft365();
  m365.calendar = read([COVERED]);
  const host = hostFor("team-meeting", { graphClientId: CLIENT_ID });
  host.hostCapabilities = { banner: true, openAppointment: false, replyForm: false, mobile: true };
  const { user } = renderPane(host, testServices({ m365 }));
  await verdictRegion();
  await openScan(user);
  await waitFor(() => expect(scanState()).toBe("done"));
  expect(screen.queryByRole("button", { name: /in Outlook$/ })).toBeNull();
  expect(document.querySelector("[data-scan-open-unavailable]")).toHaveTextContent(
    "cannot open a meeting from the add-in",
  );
});

test("Decline and send on a row asks first, then declines that event and records it", async () => {
  const m365 = new FakeMicrosoft365();
  m365.calendar = read([COVERED]);
  const { user, services } = await startScan({ m365 });
  await waitFor(() => expect(scanState()).toBe("done"));
  const row = document.querySelector<HTMLElement>("[data-scan-event=evt-covered]")!;
  const decline = within(row).getByRole("button", { name: "Decline and send" });
  // Several rows have the button: each says which meeting it declines.
  expect(decline).toHaveAccessibleDescription(COVERED.snapshot.item.subject!);
  await user.click(decline);
  const dialog = await screen.findByRole("alertdialog", { name: "Decline this meeting?" });
  expect(dialog).toHaveTextContent("send this reply to Helen Ward (helen.ward@dcj-demo.example)");
  expect(m365.declines).toHaveLength(0);
  await user.click(within(dialog).getByRole("button", { name: "Decline and send now" }));
  await waitFor(() => expect(m365.declines).toHaveLength(1));
  expect(m365.declines[0]?.item).toEqual({ kind: "event", restId: "evt-covered" });
  expect(m365.declines[0]?.comment).toBe(within(dialog).getByTestId("decline-comment").textContent);
  await screen.findByText(/^Declined ".*". Your reply was sent to the organizer.$/);
  await waitFor(() =>
    expect(services.record.entries().find((entry) => entry.itemId === "evt-covered")?.action).toBe(
      "declined",
    ),
  );
});

test("says why it cannot scan where Microsoft 365 sign-in is not available", async () => {
  const host = hostFor("team-meeting", { graphClientId: CLIENT_ID });
  host.target = { item: undefined, naaSupported: false };
  const { user, services } = renderPane(host);
  await verdictRegion();
  await openScan(user);
  await waitFor(() => expect(scanState()).toBe("unavailable"));
  expect(document.querySelector("[data-scan-summary]")).toHaveTextContent(
    "Check my calendar is not available: This version of Outlook cannot sign in to Microsoft 365",
  );
  expect(services.m365.calendarRequests).toHaveLength(0);
});

test("in a shared mailbox it reads the owner's calendar", async () => {
  const host = hostFor("team-meeting", { graphClientId: CLIENT_ID });
  host.target = {
    item: undefined,
    naaSupported: true,
    mailboxOwner: "jordan.ellis@dcj-demo.example",
    caseworker: { emailAddress: "jordan.ellis@dcj-demo.example" },
  };
  const { user, services } = renderPane(host);
  await verdictRegion();
  await openScan(user);
  await waitFor(() => expect(scanState()).toBe("done"));
  expect(services.m365.calendarRequests[0]?.mailboxOwner).toBe("jordan.ellis@dcj-demo.example");
  expect(services.m365.calendarRequests[0]?.mailbox.emailAddress).toBe("jordan.ellis@dcj-demo.example");
});
