import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { readCalendar, type CalendarRequest } from "../../src/graph/calendar";
import { createGraphClient } from "../../src/graph/graph-client";
import { readFullAttendees } from "../../src/graph/attendees";
import { withFullAttendees } from "../../src/taskpane/model/fullAttendees";
import { deferred } from "../support/fake-host";
import { GRAPH, grantingTokens, graphError, recordedWaits, testClient } from "./graph-fixtures";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ME = {
  displayName: "Chris Lee",
  emailAddress: "chris.lee@dcj.nsw.gov.au",
  recipientType: "user" as const,
};
const SPAN = { start: "2026-11-26T00:00:00+11:00", end: "2026-12-24T00:00:00+11:00", mailbox: ME };

/** An event as "List calendarView" shows one (times in UTC, seven decimals), cut down by our $select. */
function graphEvent(id: string, overrides: Record<string, unknown> = {}) {
  return {
    "@odata.etag": 'W/"ZlnW4RIAV06KYYwlrfNZvQAALfZeRQ=="',
    id,
    subject: `Meeting ${id}`,
    body: { contentType: "text", content: "Agenda: caseload catch-up." },
    start: { dateTime: "2026-12-01T23:00:00.0000000", timeZone: "UTC" },
    end: { dateTime: "2026-12-02T00:00:00.0000000", timeZone: "UTC" },
    isAllDay: false,
    location: { displayName: "Room 4.02", locationType: "default" },
    recurrence: null,
    type: "singleInstance",
    seriesMasterId: null,
    isCancelled: false,
    isOrganizer: false,
    responseStatus: { response: "none", time: "0001-01-01T00:00:00Z" },
    organizer: { emailAddress: { name: "Helen Ward", address: "helen.ward@dcj.nsw.gov.au" } },
    attendees: [
      {
        type: "required",
        status: { response: "none", time: "0001-01-01T00:00:00Z" },
        emailAddress: { name: "Chris Lee", address: "chris.lee@dcj.nsw.gov.au" },
      },
    ],
    ...overrides,
  };
}

function page(value: unknown[], nextLink?: string) {
  return {
    "@odata.context": `${GRAPH}/$metadata#users('chris.lee%40dcj.nsw.gov.au')/calendarView`,
    value,
    ...(nextLink ? { "@odata.nextLink": nextLink } : {}),
  };
}

describe("reading the coming weeks from calendarView", () => {
  it("asks for text bodies, only the engine's fields, in the span, and turns events into invites", async () => {
    let seen: Request | undefined;
    server.use(
      http.get(`${GRAPH}/me/calendarView`, ({ request }) => {
        seen = request.clone();
        return HttpResponse.json(page([graphEvent("AAMkE1")]));
      }),
    );
    const tokens = grantingTokens();
    const result = await readCalendar(testClient(tokens), SPAN);
    const query = new URL(seen!.url).searchParams;
    expect(seen!.headers.get("Prefer")).toBe('outlook.body-content-type="text"');
    expect(query.get("startDateTime")).toBe(SPAN.start);
    expect(query.get("endDateTime")).toBe(SPAN.end);
    expect(query.get("$select")?.split(",")).toEqual(
      expect.arrayContaining(["subject", "body", "attendees"]),
    );
    expect(tokens.asked).toEqual([["Calendars.Read"]]);
    expect(result.outcome).toBe("read");
    expect(result.meetings).toHaveLength(1);
    const { item } = result.meetings[0]!.snapshot;
    expect(result.meetings[0]!.eventId).toBe("AAMkE1");
    expect(item.subject).toBe("Meeting AAMkE1");
    expect(item.start).toBe("2026-12-01T23:00:00Z");
    expect(item.organizer?.emailAddress).toBe("helen.ward@dcj.nsw.gov.au");
    expect(item.body).toBe("Agenda: caseload catch-up.");
  });

  it("follows @odata.nextLink to the last page, telling the caller after each page", async () => {
    const next = `${GRAPH}/me/calendarView?startDateTime=x&endDateTime=y&$skip=1`;
    server.use(
      http.get(`${GRAPH}/me/calendarView`, ({ request }) =>
        new URL(request.url).searchParams.has("$skip")
          ? HttpResponse.json(page([graphEvent("AAMkE2")]))
          : HttpResponse.json(page([graphEvent("AAMkE1")], next)),
      ),
    );
    const pages: number[] = [];
    const result = await readCalendar(testClient(), {
      ...SPAN,
      onPage: (_m, progress) => pages.push(progress.pages),
    });
    expect(result.meetings.map((meeting) => meeting.eventId)).toEqual(["AAMkE1", "AAMkE2"]);
    expect(pages).toEqual([1, 2]);
  });

  it("leaves out the caseworker's own, cancelled and declined events", async () => {
    server.use(
      http.get(`${GRAPH}/me/calendarView`, () =>
        HttpResponse.json(
          page([
            graphEvent("own", { isOrganizer: true, responseStatus: { response: "organizer" } }),
            graphEvent("cancelled", { isCancelled: true }),
            graphEvent("declined", { responseStatus: { response: "declined" } }),
            graphEvent("invite"),
          ]),
        ),
      ),
    );
    const result = await readCalendar(testClient(), SPAN);
    expect(result.meetings.map((meeting) => meeting.eventId)).toEqual(["invite"]);
    expect(result.progress.events).toBe(4);
  });

  it("waits out a 429's Retry-After, then goes on", async () => {
    let calls = 0;
    server.use(
      http.get(`${GRAPH}/me/calendarView`, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json(graphError("TooManyRequests", "Too many requests"), {
              status: 429,
              headers: { "Retry-After": "3" },
            })
          : HttpResponse.json(page([graphEvent("AAMkE1")]));
      }),
    );
    const waits = recordedWaits();
    const told: number[] = [];
    const result = await readCalendar(testClient(grantingTokens(), waits), {
      ...SPAN,
      onWait: (s) => told.push(s),
    });
    expect(result.outcome).toBe("read");
    expect(waits.waits).toEqual([3000]);
    expect(told).toEqual([3]);
  });

  it("reads the owner's calendar in a shared mailbox, with the shared permission", async () => {
    server.use(
      http.get(`${GRAPH}/users/:owner/calendarView`, ({ params }) =>
        HttpResponse.json(page([graphEvent(`of-${String(params.owner)}`)])),
      ),
    );
    const tokens = grantingTokens();
    const result = await readCalendar(testClient(tokens), { ...SPAN, mailboxOwner: "intake@dcj.nsw.gov.au" });
    expect(result.meetings[0]!.eventId).toBe("of-intake@dcj.nsw.gov.au");
    expect(tokens.asked).toEqual([["Calendars.Read.Shared"]]);
  });

  it("does not send the token to a next link outside Microsoft Graph", async () => {
    const elsewhere: string[] = [];
    server.use(
      http.get(`${GRAPH}/me/calendarView`, () =>
        HttpResponse.json(page([graphEvent("AAMkE1")], "https://evil.example/steal")),
      ),
      http.get("https://evil.example/steal", ({ request }) => {
        elsewhere.push(request.url);
        return HttpResponse.json(page([]));
      }),
    );
    const result = await readCalendar(testClient(), SPAN);
    expect(elsewhere).toEqual([]);
    expect(result.outcome).toBe("failed");
    expect(result.meetings).toHaveLength(1);
    if (result.outcome === "failed") expect(result.error.message).toMatch(/did not follow it/);
  });

  it("stops when cancelled during a Retry-After wait, keeping what was read", async () => {
    const next = `${GRAPH}/me/calendarView?$skip=1`;
    server.use(
      http.get(`${GRAPH}/me/calendarView`, ({ request }) =>
        new URL(request.url).searchParams.has("$skip")
          ? HttpResponse.json(graphError("TooManyRequests", "busy"), {
              status: 429,
              headers: { "Retry-After": "30" },
            })
          : HttpResponse.json(page([graphEvent("AAMkE1")], next)),
      ),
    );
    const controller = new AbortController();
    const waiting = deferred<void>();
    const client = createGraphClient({
      fetch: (input, init) => fetch(input, init),
      getToken: grantingTokens().getToken,
      wait: (_ms, signal) =>
        new Promise<void>((resolve) => {
          waiting.resolve();
          signal?.addEventListener("abort", () => resolve());
        }),
    });
    const reading = readCalendar(client, { ...SPAN, signal: controller.signal } satisfies CalendarRequest);
    await waiting.promise;
    controller.abort();
    const result = await reading;
    expect(result.outcome).toBe("failed");
    if (result.outcome === "failed") expect(result.error.kind).toBe("cancelled");
    expect(result.meetings.map((meeting) => meeting.eventId)).toEqual(["AAMkE1"]);
  });

  it("says so, in words, when the user has not consented", async () => {
    server.use(
      http.get(`${GRAPH}/me/calendarView`, () =>
        HttpResponse.json(graphError("ErrorAccessDenied", "Access is denied."), { status: 403 }),
      ),
    );
    const result = await readCalendar(testClient(), SPAN);
    expect(result.outcome).toBe("failed");
    if (result.outcome === "failed") {
      expect(result.error.message).not.toMatch(/ErrorAccessDenied|403/);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });
});

describe("the full attendee list from the meeting request's event", () => {
  function expandedEvent(count: number) {
    return {
      "@odata.context": `${GRAPH}/$metadata#users('8fd6e83b')/messages(id,microsoft.graph.eventMessage/event(attendees,organizer))/$entity`,
      "@odata.type": "#microsoft.graph.eventMessageRequest",
      id: "AAMkMSG",
      event: {
        "@odata.etag": 'W/"V5Qf0i9DeEOoOqPo0mABLgAACJpBWg=="',
        id: "AAMkEVT",
        organizer: { emailAddress: { name: "Helen Ward", address: "helen.ward@dcj.nsw.gov.au" } },
        attendees: Array.from({ length: count }, (_, index) => ({
          type: index === count - 1 ? "optional" : "required",
          status: { response: "none", time: "0001-01-01T00:00:00Z" },
          emailAddress: { name: `Person ${index}`, address: `person${index}@dcj.nsw.gov.au` },
        })),
      },
    };
  }

  it("expands the event's people, never its body, and lists everyone", async () => {
    let query: URLSearchParams | undefined;
    server.use(
      http.get(`${GRAPH}/me/messages/:id`, ({ request }) => {
        query = new URL(request.url).searchParams;
        return HttpResponse.json(expandedEvent(35));
      }),
    );
    const result = await readFullAttendees(testClient(), { kind: "meeting-request", restId: "AAMkMSG" });
    expect(query?.get("$expand")).toBe("microsoft.graph.eventMessage/event($select=attendees,organizer)");
    expect(result.outcome).toBe("read");
    if (result.outcome !== "read") return;
    expect(result.attendees.requiredAttendees).toHaveLength(34);
    expect(result.attendees.optionalAttendees).toHaveLength(1);
    expect(result.attendees.organizer?.emailAddress).toBe("helen.ward@dcj.nsw.gov.au");
  });

  it("re-checks with everyone: the snapshot is no longer cut short", async () => {
    server.use(http.get(`${GRAPH}/me/messages/:id`, () => HttpResponse.json(expandedEvent(35))));
    const result = await readFullAttendees(testClient(), { kind: "meeting-request", restId: "AAMkMSG" });
    if (result.outcome !== "read") throw new Error("not read");
    const snapshot = {
      mailbox: ME,
      item: {
        itemType: "message" as const,
        itemClass: "IPM.Schedule.Meeting.Request",
        subject: "QA review panel",
        body: "",
        requiredAttendees: [ME],
        optionalAttendees: [],
        attendeesTruncated: true,
      },
    };
    const rechecked = withFullAttendees(snapshot, result.attendees);
    expect(rechecked.item.attendeesTruncated).toBeUndefined();
    expect(rechecked.item.requiredAttendees).toHaveLength(34);
  });
});
