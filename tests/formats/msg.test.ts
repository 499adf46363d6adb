import { formatWhen } from "../../src/core";
import { readInviteFile, type FileReading } from "../../src/formats";
import { BERLIN_INVITE, outlookForward } from "../fixtures/invites";
import { msgFile, type MsgAttachment, type MsgSpec, type MsgZone } from "../support/msg-file";
import { bytesOf, itemOf, verdictOf } from "./read-helpers";

const SYDNEY: MsgZone = {
  keyName: "AUS Eastern Standard Time",
  bias: -600,
  daylightBias: -60,
  standardDate: [4, 0, 1, 3],
  daylightDate: [10, 0, 1, 2],
};

const PANEL_REQUEST: MsgSpec = {
  messageClass: "IPM.Schedule.Meeting.Request",
  subject: "QAMT review - Penrith CSC",
  body: "Monthly QAMT review of the team's files. Karen Mitchell (QACI) will attend.",
  sender: { name: "'Tom Reilly'", email: "tom.reilly@dcj-demo.example" },
  receivedBy: "priya.nair@dcj-demo.example",
  start: new Date("2026-12-10T03:00:00Z"),
  end: new Date("2026-12-10T04:00:00Z"),
  location: "Penrith CSC, Room 2",
  zone: SYDNEY,
  recipients: [
    { name: "Priya Nair", email: "priya.nair@dcj-demo.example" },
    { name: "Karen Mitchell", email: "karen.mitchell@dcj-demo.example", exchange: true },
    { name: "Leah Nguyen", email: "leah.nguyen@dcj-demo.example", type: "cc" },
    { name: "Penrith Room 2", email: "room2.penrith@dcj-demo.example", type: "bcc" },
    { name: "Penrith Caseworkers", email: "penrith.caseworkers@dcj-demo.example", distributionList: true },
  ],
};

const read = (spec: MsgSpec, name = "invite.msg") => readInviteFile(name, msgFile(spec), {});

function notesOf(reading: FileReading): string[] {
  return reading.notes ?? [];
}

describe("Outlook meeting requests (.msg)", () => {
  it("maps the organizer, attendees, resources and lists as the .ics reader does", async () => {
    const item = itemOf(await read(PANEL_REQUEST));
    expect(item.itemType).toBe("message");
    expect(item.itemClass).toBe("IPM.Schedule.Meeting.Request");
    expect(item.subject).toBe("QAMT review - Penrith CSC");
    expect(item.organizer).toEqual({
      displayName: "Tom Reilly",
      emailAddress: "tom.reilly@dcj-demo.example",
    });
    expect(item.requiredAttendees).toEqual([
      { displayName: "Priya Nair", emailAddress: "priya.nair@dcj-demo.example", recipientType: "user" },
      {
        displayName: "Karen Mitchell",
        emailAddress: "karen.mitchell@dcj-demo.example",
        recipientType: "user",
      },
      {
        displayName: "Penrith Caseworkers",
        emailAddress: "penrith.caseworkers@dcj-demo.example",
        recipientType: "distributionList",
      },
    ]);
    expect(item.optionalAttendees.map((person) => person.emailAddress)).toEqual([
      "leah.nguyen@dcj-demo.example",
    ]);
    expect(item.resources).toEqual([
      {
        displayName: "Penrith Room 2",
        emailAddress: "room2.penrith@dcj-demo.example",
        recipientType: "other",
      },
    ]);
    expect(item.location).toBe("Penrith CSC, Room 2");
    expect(item.body).toContain("Karen Mitchell (QACI) will attend");
  });

  it("gives the time in the item's own Outlook time zone, and judges the request", async () => {
    const reading = await read(PANEL_REQUEST);
    expect(itemOf(reading).start).toBe("2026-12-10T14:00:00+11:00");
    expect(itemOf(reading).end).toBe("2026-12-10T15:00:00+11:00");
    const winter = itemOf(await read({ ...PANEL_REQUEST, start: new Date("2026-06-10T04:00:00Z") }));
    expect(winter.start).toBe("2026-06-10T14:00:00+10:00");
    expect(verdictOf(reading)).toBe("directive-applies");
  });

  it("takes the mailbox owner from the item, and --me over it", async () => {
    expect((await read(PANEL_REQUEST)).kind === "invite").toBe(true);
    const reading = await read(PANEL_REQUEST);
    expect(reading.kind === "invite" && reading.snapshot.mailbox.emailAddress).toBe(
      "priya.nair@dcj-demo.example",
    );
    const mine = await readInviteFile("a.msg", msgFile(PANEL_REQUEST), {
      me: "leah.nguyen@dcj-demo.example",
    });
    expect(mine.kind === "invite" && mine.snapshot.mailbox.emailAddress).toBe("leah.nguyen@dcj-demo.example");
  });

  it("names the person a delegate sent the request for as the organizer", async () => {
    const sentByDelegate = {
      ...PANEL_REQUEST,
      sender: { name: "Admin Officer", email: "admin.officer@dcj-demo.example" },
      representing: { name: "Tom Reilly", email: "tom.reilly@dcj-demo.example" },
    };
    expect(itemOf(await read(sentByDelegate)).organizer?.emailAddress).toBe("tom.reilly@dcj-demo.example");
  });

  it("falls back to the HTML body when there is no plain one", async () => {
    const html = {
      ...PANEL_REQUEST,
      body: undefined,
      html: "<p>Bring your files for the <b>QAMT</b> review &ndash; Karen (QACI) attends.</p>",
    };
    expect(itemOf(await read(html)).body).toBe(
      "Bring your files for the QAMT review – Karen (QACI) attends.",
    );
  });
});

describe("Outlook calendar items (.msg)", () => {
  const appointment: MsgSpec = {
    ...PANEL_REQUEST,
    messageClass: "IPM.Appointment",
    sender: undefined,
    receivedBy: undefined,
    recurrenceType: 3,
    recipients: [
      { name: "Tom Reilly", email: "tom.reilly@dcj-demo.example", organizer: true, exchange: true },
      { name: "Priya Nair", email: "priya.nair@dcj-demo.example" },
      { name: "Karen Mitchell", email: "karen.mitchell@dcj-demo.example" },
    ],
  };

  it("reads the organizer from the recipient Outlook flags as organizer, and the recurrence", async () => {
    const item = itemOf(await read(appointment));
    expect(item.itemType).toBe("appointment");
    expect(item.organizer).toEqual({
      displayName: "Tom Reilly",
      emailAddress: "tom.reilly@dcj-demo.example",
      recipientType: "user",
    });
    expect(item.requiredAttendees.map((person) => person.displayName)).toEqual([
      "Priya Nair",
      "Karen Mitchell",
    ]);
    expect(item.recurrence).toEqual({ recurrenceType: "monthly" });
  });

  it("gives an all-day item its date alone, in its own zone", async () => {
    const allDay = {
      ...appointment,
      allDay: true,
      start: new Date("2026-12-09T13:00:00Z"),
      end: new Date("2026-12-10T13:00:00Z"),
    };
    const item = itemOf(await read(allDay));
    expect(item.start).toBe("2026-12-10");
    expect(formatWhen(item.start, "America/Los_Angeles")).toBe("Thursday 10 December 2026");
    const noZone = itemOf(await read({ ...allDay, zone: undefined }));
    expect(noZone.start).toBe("2026-12-10");
  });

  it("leaves out an organizer Outlook calls Unknown, for an item never sent", async () => {
    const unsent: MsgSpec = {
      messageClass: "IPM.Appointment",
      subject: "Supervision",
      start: new Date("2026-12-10T03:00:00Z"),
      sender: { name: "Unknown" },
    };
    const item = itemOf(await read(unsent));
    expect(item.organizer).toBeUndefined();
    expect(item.requiredAttendees).toEqual([]);
  });
});

describe("Outlook items that are not requests", () => {
  it.each([
    ["a plain e-mail", "IPM.Note", "an e-mail with no calendar"],
    ["a contact", "IPM.Contact", "an Outlook contact"],
    ["a note", "IPM.StickyNote", "an Outlook note"],
    ["a task", "IPM.Task", "an Outlook task"],
    ["a cancellation", "IPM.Schedule.Meeting.Canceled", "a meeting cancellation"],
    ["an acceptance", "IPM.Schedule.Meeting.Resp.Pos", "a reply to a meeting"],
  ])("reports %s as not a request", async (_what, messageClass, reason) => {
    expect(await read({ messageClass, subject: "QAMT review", body: "QAMT review" })).toEqual({
      kind: "not-request",
      reason,
    });
  });

  it("refuses a damaged .msg with a plain message", async () => {
    const whole = msgFile(PANEL_REQUEST);
    await expect(readInviteFile("a.msg", whole.slice(0, 1200), {})).rejects.toThrow(
      /^the Outlook file is damaged and could not be read$/,
    );
  });

  it("reads a text e-mail saved with a .msg name as the e-mail it is", async () => {
    expect(
      (await readInviteFile("mail.msg", bytesOf("Subject: hello\r\n\r\nNo calendar here"), {})).kind,
    ).toBe("not-request");
  });
});

describe("Outlook e-mails that carry an invite", () => {
  const forward = (attachments: MsgAttachment[]) => outlookForward(attachments);

  it("reads a meeting request attached as an Outlook item, and says it came attached", async () => {
    const reading = await read(forward([{ message: PANEL_REQUEST }]));
    expect(itemOf(reading).subject).toBe("QAMT review - Penrith CSC");
    expect(notesOf(reading)).toEqual([expect.stringMatching(/came attached/)]);
    expect(verdictOf(reading)).toBe("directive-applies");
  });

  it("reads an attached .eml or .ics invite", async () => {
    const ics = BERLIN_INVITE;
    const eml = [
      "From: Tom Reilly <tom.reilly@dcj-demo.example>",
      "To: Priya Nair <priya.nair@dcj-demo.example>",
      "Subject: QAMT review",
      'Content-Type: text/calendar; charset="utf-8"; method=REQUEST',
      "",
      ics,
    ].join("\r\n");
    for (const [fileName, text] of [
      ["invite.eml", eml],
      ["invite.ics", ics],
    ] as const) {
      const reading = await read(forward([{ fileName, data: bytesOf(text) }]));
      expect(itemOf(reading).subject).toBe("QAMT review");
      expect(notesOf(reading)).toHaveLength(1);
    }
  });

  it("takes the mailbox owner from the member who forwarded it when the invite cannot tell", async () => {
    const toTwo = {
      ...PANEL_REQUEST,
      receivedBy: undefined,
      recipients: [
        { name: "Priya Nair", email: "priya.nair@dcj-demo.example" },
        { name: "Karen Mitchell", email: "karen.mitchell@dcj-demo.example" },
      ],
    };
    const reading = await read(forward([{ message: toTwo }]));
    expect(reading.kind === "invite" && reading.snapshot.mailbox.emailAddress).toBe(
      "priya.nair@dcj-demo.example",
    );
  });

  it("reports an e-mail whose attachments hold no invite as an e-mail with no calendar", async () => {
    const reading = await read(forward([{ fileName: "notes.txt", data: bytesOf("QAMT notes") }]));
    expect(reading).toEqual({ kind: "not-request", reason: "an e-mail with no calendar" });
  });
});
