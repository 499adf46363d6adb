import { calendar, inviteFrom, readText, SYDNEY_VTIMEZONE } from "./read-helpers";

const ORGANIZER = "ORGANIZER;CN=Dana Kowalski:mailto:dana.kowalski@dcj-demo.example";
const DEFAULT_TIMES = ["DTSTART:20261210T030000Z", "DTEND:20261210T040000Z"];

function event(...lines: string[]): string[] {
  return ["SUMMARY:QAMT panel", ORGANIZER, ...DEFAULT_TIMES, ...lines];
}

describe("METHOD", () => {
  it.each(["REQUEST", "PUBLISH", undefined])("reads METHOD %s as an invite", async (method) => {
    const reading = await readText("a.ics", calendar(event(), method ? { method } : {}));
    expect(reading.kind).toBe("invite");
  });

  it.each([
    ["CANCEL", "a meeting cancellation"],
    ["REPLY", "a reply to a meeting"],
    ["COUNTER", "a counter-proposal for a meeting"],
    ["DECLINECOUNTER", "a declined counter-proposal"],
    ["REFRESH", "a request for a meeting's latest details"],
  ])("reports METHOD %s as not a request (%s)", async (method, reason) => {
    expect(await readText("a.ics", calendar(event(), { method }))).toEqual({ kind: "not-request", reason });
  });
});

describe("people", () => {
  it("takes the organizer's CN as the display name and strips mailto:, in any case", async () => {
    const snapshot = await inviteFrom(
      "a.ics",
      calendar([
        "SUMMARY:x",
        'ORGANIZER;CN="Ward, Helen":MAILTO:helen.ward@dcj-demo.example',
        ...DEFAULT_TIMES,
      ]),
    );
    expect(snapshot.item.organizer).toEqual({
      displayName: "Ward, Helen",
      emailAddress: "helen.ward@dcj-demo.example",
      recipientType: undefined,
    });
  });

  it("sorts attendees by ROLE and CUTYPE", async () => {
    const snapshot = await inviteFrom(
      "a.ics",
      calendar(
        event(
          "ATTENDEE;CN=Req;ROLE=REQ-PARTICIPANT:mailto:req@dcj-demo.example",
          "ATTENDEE;CN=Chair;ROLE=CHAIR:mailto:chair@dcj-demo.example",
          "ATTENDEE;CN=No Role:mailto:norole@dcj-demo.example",
          "ATTENDEE;CN=Opt;ROLE=OPT-PARTICIPANT:mailto:opt@dcj-demo.example",
          "ATTENDEE;CN=Room 1;CUTYPE=ROOM:mailto:room1@dcj-demo.example",
          "ATTENDEE;CN=Projector;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT:mailto:projector@dcj-demo.example",
          "ATTENDEE;CN=FYI;ROLE=NON-PARTICIPANT:mailto:fyi@dcj-demo.example",
          "ATTENDEE;CN=Casework Team;CUTYPE=GROUP:mailto:team@dcj-demo.example",
        ),
      ),
    );
    const names = (list: readonly { displayName?: string | undefined }[]) =>
      list.map((person) => person.displayName);
    expect(names(snapshot.item.requiredAttendees)).toEqual(["Req", "Chair", "No Role", "Casework Team"]);
    expect(names(snapshot.item.optionalAttendees)).toEqual(["Opt"]);
    expect(names(snapshot.item.resources)).toEqual(["Room 1", "Projector", "FYI"]);
    expect(snapshot.item.resources.every((person) => person.recipientType === "other")).toBe(true);
    expect(snapshot.item.requiredAttendees.map((person) => person.recipientType)).toEqual([
      "user",
      "user",
      "user",
      "distributionList",
    ]);
  });

  it("leaves the mailbox empty unless told whose it is, then names the owner from the attendee list", async () => {
    const text = calendar(event("ATTENDEE;CN=Priya Nair:mailto:priya.nair@dcj-demo.example"));
    expect((await inviteFrom("a.ics", text)).mailbox).toEqual({
      displayName: undefined,
      emailAddress: undefined,
      recipientType: undefined,
    });
    expect((await inviteFrom("a.ics", text, { me: "Priya.Nair@dcj-demo.example" })).mailbox).toEqual({
      displayName: "Priya Nair",
      emailAddress: "Priya.Nair@dcj-demo.example",
      recipientType: undefined,
    });
  });
});

describe("text fields", () => {
  it("maps SUMMARY, LOCATION, UID and DESCRIPTION, unescaping iCalendar text", async () => {
    const snapshot = await inviteFrom(
      "a.ics",
      calendar([
        ...event(
          "LOCATION:Penrith CSC\\, Room 2",
          "DESCRIPTION:Line one\\nKaren from QACI will dial in\\; thanks",
        ),
      ]),
    );
    expect(snapshot.item).toMatchObject({
      itemType: "message",
      itemClass: "IPM.Schedule.Meeting.Request",
      itemId: "test-1@dcj-demo.example",
      subject: "QAMT panel",
      location: "Penrith CSC, Room 2",
      body: "Line one\nKaren from QACI will dial in; thanks",
    });
  });

  it("joins folded lines", async () => {
    const snapshot = await inviteFrom(
      "a.ics",
      calendar(event("DESCRIPTION:Monthly QAMT re", " view with QACI")),
    );
    expect(snapshot.item.body).toBe("Monthly QAMT review with QACI");
  });

  it("uses X-ALT-DESC as plain text when there is no DESCRIPTION, never keeping tags or scripts", async () => {
    const snapshot = await inviteFrom(
      "a.ics",
      calendar(
        event(
          "X-ALT-DESC;FMTTYPE=text/html:<html><head><style>p{color:red}</style></head><body><p>QAMT <b>review</b>\\, monthly.</p><script>alert(1)</script><img src=x onerror=alert(1)><p>Tom &amp; Karen</p></body></html>",
        ),
      ),
    );
    expect(snapshot.item.body).toBe("QAMT review, monthly.\n\nTom & Karen");
  });

  it("turns an HTML DESCRIPTION into plain text", async () => {
    const snapshot = await inviteFrom(
      "a.ics",
      calendar(event("DESCRIPTION:<p>File <i>review</i></p><br>with QACI")),
    );
    expect(snapshot.item.body).toBe("File review\n\nwith QACI");
  });

  it("keeps a plain description with <https://...> links as it is", async () => {
    const snapshot = await inviteFrom(
      "a.ics",
      calendar(event("DESCRIPTION:Join<https://teams.example.test/x>\\nNext line")),
    );
    expect(snapshot.item.body).toBe("Join<https://teams.example.test/x>\nNext line");
  });
});

describe("recurrence", () => {
  it.each([
    ["DAILY", "daily"],
    ["WEEKLY", "weekly"],
    ["MONTHLY", "monthly"],
    ["YEARLY", "yearly"],
  ])("maps RRULE FREQ=%s to %s", async (frequency, recurrenceType) => {
    const snapshot = await inviteFrom("a.ics", calendar(event(`RRULE:FREQ=${frequency};INTERVAL=1`)));
    expect(snapshot.item.recurrence).toEqual({ recurrenceType });
  });

  it("has no recurrence without an RRULE, or for an hourly one", async () => {
    expect((await inviteFrom("a.ics", calendar(event()))).item.recurrence).toBeUndefined();
    expect((await inviteFrom("a.ics", calendar(event("RRULE:FREQ=HOURLY")))).item.recurrence).toBeUndefined();
  });

  it("reads the series, not an exception that comes first", async () => {
    const text = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "BEGIN:VEVENT",
      "UID:s",
      "RECURRENCE-ID:20261210T030000Z",
      "SUMMARY:Moved occurrence",
      "DTSTART:20261211T030000Z",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:s",
      "SUMMARY:The series",
      "DTSTART:20261210T030000Z",
      "RRULE:FREQ=MONTHLY",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
    expect((await inviteFrom("a.ics", text)).item.subject).toBe("The series");
  });
});

describe("times", () => {
  const sydney = (start: string, end: string) =>
    calendar(["SUMMARY:x", `DTSTART;TZID=Australia/Sydney:${start}`, `DTEND;TZID=Australia/Sydney:${end}`], {
      before: SYDNEY_VTIMEZONE,
    });

  it("resolves a TZID through the VTIMEZONE, with daylight saving", async () => {
    const summer = await inviteFrom("a.ics", sydney("20261210T140000", "20261210T150000"));
    expect(summer.item).toMatchObject({
      start: "2026-12-10T14:00:00+11:00",
      end: "2026-12-10T15:00:00+11:00",
      timeZone: "Australia/Sydney",
    });
    const winter = await inviteFrom("a.ics", sydney("20260610T140000", "20260610T150000"));
    expect(winter.item.start).toBe("2026-06-10T14:00:00+10:00");
  });

  it("uses an Outlook Windows zone name's VTIMEZONE for the offset, but not as the time zone", async () => {
    const zone = SYDNEY_VTIMEZONE.map((line) =>
      line.replace("TZID:Australia/Sydney", "TZID:AUS Eastern Standard Time"),
    );
    const snapshot = await inviteFrom(
      "a.ics",
      calendar(["SUMMARY:x", "DTSTART;TZID=AUS Eastern Standard Time:20261210T140000"], { before: zone }),
    );
    expect(snapshot.item.start).toBe("2026-12-10T14:00:00+11:00");
    expect(snapshot.item.timeZone).toBeUndefined();
  });

  it("works out an IANA zone's offset when the calendar has no VTIMEZONE", async () => {
    const snapshot = await inviteFrom(
      "a.ics",
      calendar(["SUMMARY:x", "DTSTART;TZID=Australia/Perth:20261210T090000"]),
    );
    expect(snapshot.item.start).toBe("2026-12-10T09:00:00+08:00");
    expect(snapshot.item.timeZone).toBe("Australia/Perth");
  });

  it("writes UTC times with Z, floating times bare, and all-day dates as dates", async () => {
    expect((await inviteFrom("a.ics", calendar(["DTSTART:20261210T030000Z"]))).item.start).toBe(
      "2026-12-10T03:00:00Z",
    );
    expect((await inviteFrom("a.ics", calendar(["DTSTART:20261210T140000"]))).item.start).toBe(
      "2026-12-10T14:00:00",
    );
    expect((await inviteFrom("a.ics", calendar(["DTSTART;VALUE=DATE:20261210"]))).item.start).toBe(
      "2026-12-10",
    );
  });

  it("works out the end from DURATION when there is no DTEND", async () => {
    const snapshot = await inviteFrom("a.ics", calendar(["DTSTART:20261210T030000Z", "DURATION:PT1H30M"]));
    expect(snapshot.item.end).toBe("2026-12-10T04:30:00Z");
  });

  it("leaves out a time that is not a real date instead of refusing the invite", async () => {
    const snapshot = await inviteFrom(
      "a.ics",
      calendar(["SUMMARY:QAMT review", "DTSTART:20261210T030000Z", "DTEND:202612101T040000Z"]),
    );
    expect(snapshot.item.subject).toBe("QAMT review");
    expect(snapshot.item.end).toBeUndefined();
  });
});

it("decodes a calendar saved still quoted-printable encoded", async () => {
  const text = calendar([
    "SUMMARY:Besprechung",
    'ORGANIZER;CN=3D"Test A":MAILTO:a@example.test',
    "LOCATION:Osnabr=C3=BCck",
    "DTSTART:20261210T030000Z",
  ]);
  const snapshot = await inviteFrom("a.ics", text);
  expect(snapshot.item.organizer?.displayName).toBe("Test A");
  expect(snapshot.item.location).toBe("Osnabrück");
});
