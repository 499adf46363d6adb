import { FormatError } from "../../src/formats";
import { calendar, inviteFrom, readText } from "./read-helpers";

interface MailOptions {
  headers?: string[];
  text?: string;
  calendarText?: string;
  partHeaders?: string[];
}

function email(options: MailOptions): string {
  const parts = [
    ...(options.text === undefined
      ? []
      : [["Content-Type: text/plain; charset=utf-8", "", options.text].join("\r\n")]),
    ...(options.calendarText === undefined
      ? []
      : [
          [
            ...(options.partHeaders ?? ['Content-Type: text/calendar; charset="utf-8"; method=REQUEST']),
            "",
            options.calendarText,
          ].join("\r\n"),
        ]),
  ];
  return [
    "From: Tom Reilly <tom.reilly@dcj-demo.example>",
    ...(options.headers ?? ["To: Priya Nair <priya.nair@dcj-demo.example>"]),
    "Subject: QAMT review",
    "MIME-Version: 1.0",
    'Content-Type: multipart/alternative; boundary="b1"',
    "",
    ...parts.flatMap((part) => ["--b1", part]),
    "--b1--",
    "",
  ].join("\r\n");
}

const QAMT_EVENT = calendar(
  [
    "SUMMARY:QAMT review",
    "ORGANIZER;CN=Tom Reilly:mailto:tom.reilly@dcj-demo.example",
    "ATTENDEE;CN=Priya Nair:mailto:priya.nair@dcj-demo.example",
    "ATTENDEE;CN=Karen Mitchell:mailto:karen.mitchell@dcj-demo.example",
    "DTSTART:20261210T030000Z",
  ],
  { method: "REQUEST" },
);

describe("e-mails with a calendar", () => {
  it("reads the text/calendar part, with the single To: recipient as the mailbox owner", async () => {
    const snapshot = await inviteFrom("invite.eml", email({ text: "Hi", calendarText: QAMT_EVENT }));
    expect(snapshot.item.subject).toBe("QAMT review");
    expect(snapshot.item.organizer?.emailAddress).toBe("tom.reilly@dcj-demo.example");
    expect(snapshot.mailbox).toMatchObject({
      displayName: "Priya Nair",
      emailAddress: "priya.nair@dcj-demo.example",
    });
  });

  it("prefers Delivered-To, then X-Original-To, and --me over both", async () => {
    const twoRecipients = "To: priya.nair@dcj-demo.example, leah.nguyen@dcj-demo.example";
    const delivered = email({
      headers: ["Delivered-To: leah.nguyen@dcj-demo.example", twoRecipients],
      calendarText: QAMT_EVENT,
    });
    expect((await inviteFrom("a.eml", delivered)).mailbox.emailAddress).toBe("leah.nguyen@dcj-demo.example");
    const original = email({
      headers: ["X-Original-To: leah.nguyen@dcj-demo.example", twoRecipients],
      calendarText: QAMT_EVENT,
    });
    expect((await inviteFrom("a.eml", original)).mailbox.emailAddress).toBe("leah.nguyen@dcj-demo.example");
    const ambiguous = email({ headers: [twoRecipients], calendarText: QAMT_EVENT });
    expect((await inviteFrom("a.eml", ambiguous)).mailbox.emailAddress).toBeUndefined();
    expect(
      (await inviteFrom("a.eml", delivered, { me: "priya.nair@dcj-demo.example" })).mailbox.emailAddress,
    ).toBe("priya.nair@dcj-demo.example");
  });

  it("uses the e-mail's text as the body when the calendar has no DESCRIPTION", async () => {
    const snapshot = await inviteFrom(
      "a.eml",
      email({ text: "Karen from QACI will dial in.", calendarText: QAMT_EVENT }),
    );
    expect(snapshot.item.body).toBe("Karen from QACI will dial in.");
  });

  it("keeps the calendar's DESCRIPTION over the e-mail text", async () => {
    const withDescription = QAMT_EVENT.replace("SUMMARY:", "DESCRIPTION:From the calendar\r\nSUMMARY:");
    const snapshot = await inviteFrom(
      "a.eml",
      email({ text: "From the e-mail", calendarText: withDescription }),
    );
    expect(snapshot.item.body).toBe("From the calendar");
  });

  it("reads a .ics attachment with a generic content type", async () => {
    const snapshot = await inviteFrom(
      "a.eml",
      email({
        text: "See attached",
        calendarText: QAMT_EVENT,
        partHeaders: [
          "Content-Type: application/octet-stream",
          'Content-Disposition: attachment; filename="invite.ics"',
        ],
      }),
    );
    expect(snapshot.item.subject).toBe("QAMT review");
  });

  it("takes the METHOD from the MIME part when the calendar has none", async () => {
    const noMethod = QAMT_EVENT.replace("METHOD:REQUEST\r\n", "");
    const reading = await readText(
      "a.eml",
      email({
        calendarText: noMethod,
        partHeaders: ['Content-Type: text/calendar; charset="utf-8"; method=CANCEL'],
      }),
    );
    expect(reading).toEqual({ kind: "not-request", reason: "a meeting cancellation" });
  });

  it("reports a published event with no one invited as not a request", async () => {
    const published = calendar(["SUMMARY:Office party", "DTSTART:20261210T030000Z"], { method: "PUBLISH" });
    expect((await readText("a.eml", email({ text: "Come along", calendarText: published }))).kind).toBe(
      "not-request",
    );
  });

  it("reports an e-mail with no calendar as not a request", async () => {
    expect(await readText("a.eml", email({ text: "Just a note about QAMT." }))).toEqual({
      kind: "not-request",
      reason: "an e-mail with no calendar",
    });
  });
});

describe("damaged e-mails", () => {
  it("refuses an e-mail cut off inside its calendar part", async () => {
    const whole = email({ text: "Hi", calendarText: QAMT_EVENT });
    const cut = whole.slice(0, whole.indexOf("DTSTART"));
    await expect(readText("a.eml", cut)).rejects.toThrow(/calendar is cut short/);
  });

  it("refuses an e-mail cut off before its calendar part arrives", async () => {
    const whole = email({ text: "Hi", calendarText: QAMT_EVENT });
    const cut = whole.slice(0, whole.indexOf("BEGIN:VCALENDAR") - 4);
    await expect(readText("a.eml", cut)).rejects.toThrow(FormatError);
    await expect(readText("a.eml", cut)).rejects.toThrow(/cut short/);
  });
});
