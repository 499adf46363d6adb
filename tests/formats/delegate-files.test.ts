import { analyze, builtInPolicy, parseSnapshot, renderReply } from "../../src/core";
import { FormatError, readInviteFile } from "../../src/formats";
import { htmlToText } from "../../src/formats/html";
import { bytesOf, calendar, itemOf, readText } from "./read-helpers";

/** The files a delegate is handed, in the shapes other software writes them. */

const MEMBER = "alex.nguyen@facs.example.gov.au";
const MANAGER = "priya.sharma@facs.example.gov.au";

const QAMT_LINES = [
  "SUMMARY:QAMT review",
  "ORGANIZER;CN=Tom Reilly:mailto:tom.reilly@dcj-demo.example",
  "ATTENDEE;CN=Priya Nair:mailto:priya.nair@dcj-demo.example",
  "ATTENDEE;CN=Karen Mitchell:mailto:karen.mitchell@dcj-demo.example",
  "DTSTART:20261210T030000Z",
];
const QAMT = calendar(QAMT_LINES, { method: "REQUEST" });

function mail(headers: string[], body: string[]): string {
  return [
    "From: Tom Reilly <tom.reilly@dcj-demo.example>",
    "To: Priya Nair <priya.nair@dcj-demo.example>",
    "MIME-Version: 1.0",
    ...headers,
    "",
    ...body,
  ].join("\r\n");
}

function multipart(type: string, parts: string[][], headers: string[] = ["Subject: QAMT review"]): string {
  return mail(
    [...headers, `Content-Type: ${type}; boundary="part"`],
    [...parts.flatMap((part) => ["--part", ...part]), "--part--", ""],
  );
}

const calendarPart = (text: string, method = "REQUEST") => [
  `Content-Type: text/calendar; charset="utf-8"; method=${method}`,
  "",
  text,
];

async function problemWith(name: string, text: string): Promise<FormatError> {
  try {
    await readText(name, text);
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error("expected the file to be refused");
}

describe("iCloud's organizer", () => {
  const icloud = calendar(
    [
      "SUMMARY:Catch-up",
      "ORGANIZER;CN=Priya Sharma;EMAIL=priya.sharma@facs.example.gov.au:mailto:2_HAZDGMZQGQ4DSMBRGA3TQMJSXKWZ4QJRQ@imip.me.com",
      "ATTENDEE;CN=Priya Sharma;CUTYPE=INDIVIDUAL;EMAIL=priya.sharma@facs.example.gov.au;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:2_HAZDGMZQGQ4DSMBRGA3TQMJSXKWZ4QJRQ@imip.me.com",
      `ATTENDEE;CN=Alex Nguyen;CUTYPE=INDIVIDUAL;EMAIL=${MEMBER}:mailto:${MEMBER}`,
      "DESCRIPTION:Our monthly QA review of your files.",
      "DTSTART:20261210T030000Z",
    ],
    { method: "REQUEST" },
  );

  it("takes each address from EMAIL=, so the organizer is one person", async () => {
    const reading = await readText("icloud.ics", icloud, { me: MEMBER });
    const item = itemOf(reading);
    expect(item.organizer?.emailAddress).toBe(MANAGER);
    expect(item.requiredAttendees.map((person) => person.emailAddress)).toEqual([MANAGER, MEMBER]);
    const snapshot = parseSnapshot(reading.kind === "invite" ? reading.snapshot : {});
    snapshot.settings.managerCasework = MANAGER;
    const analysis = analyze(snapshot, builtInPolicy());
    expect(analysis.people.filter((person) => person.email !== MEMBER)).toHaveLength(1);
    expect(analysis.verdict).toBe("one-to-one");
  });
});

describe("all-day events", () => {
  it("give the date alone in the reply", async () => {
    const allDay = calendar(
      [...QAMT_LINES.slice(0, 4), "DTSTART;VALUE=DATE:20261210", "DTEND;VALUE=DATE:20261211"],
      {
        method: "REQUEST",
      },
    );
    const reading = await readText("all-day.ics", allDay);
    expect(itemOf(reading).start).toBe("2026-12-10");
    const snapshot = parseSnapshot(reading.kind === "invite" ? reading.snapshot : {});
    const policy = builtInPolicy();
    const { text } = renderReply(snapshot, analyze(snapshot, policy), policy);
    expect(text).toContain('"QAMT review" on Thursday 10 December 2026.');
    expect(text).not.toMatch(/\d:\d\d [ap]m/);
  });
});

describe("not-requests, whatever they hold", () => {
  it("reports a reply holding only a VFREEBUSY as a reply", async () => {
    const freeBusy = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "METHOD:REPLY",
      "BEGIN:VFREEBUSY",
      "UID:fb-1",
      "ORGANIZER:mailto:tom.reilly@dcj-demo.example",
      "FREEBUSY:20261210T030000Z/20261210T040000Z",
      "END:VFREEBUSY",
      "END:VCALENDAR",
    ].join("\r\n");
    expect(await readText("busy.ics", freeBusy)).toEqual({
      kind: "not-request",
      reason: "a reply to a meeting",
    });
  });

  it("reports a counter-proposal by its MIME method even when its calendar is badly nested", async () => {
    const badlyNested = QAMT.replace("END:VEVENT\r\n", "BEGIN:VALARM\r\nEND:VEVENT\r\n").replace(
      "METHOD:REQUEST\r\n",
      "",
    );
    const email = multipart("multipart/alternative", [
      ["Content-Type: text/plain", "", "New time?"],
      calendarPart(badlyNested, "COUNTER"),
    ]);
    expect(await readText("counter.eml", email)).toEqual({
      kind: "not-request",
      reason: "a counter-proposal for a meeting",
    });
  });

  it("reports a cancellation by the METHOD line of a calendar too damaged to read", async () => {
    const damaged = QAMT.replace("METHOD:REQUEST", "METHOD:CANCEL").replace("END:VEVENT\r\n", "");
    expect(await readText("cancel.ics", damaged)).toEqual({
      kind: "not-request",
      reason: "a meeting cancellation",
    });
  });

  it("reports a shared calendar with no event in it as not a request", async () => {
    const shared = ["BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:PUBLISH", "X-WR-CALNAME:Work", "END:VCALENDAR"];
    expect((await readText("shared.ics", shared.join("\r\n"))).kind).toBe("not-request");
  });
});

describe("lenient reading", () => {
  it("reads past stray lines after END:VCALENDAR", async () => {
    const withSignature = `${QAMT}\r\n-- \r\nTom Reilly | Team Leader\r\nX-STRAY:line\r\n`;
    expect(itemOf(await readText("stray.ics", withSignature)).subject).toBe("QAMT review");
  });

  it("reads old Exchange's CR-only line endings", async () => {
    const crOnly = QAMT.replace(/\r\n/g, "\r");
    const item = itemOf(await readText("exchange.ics", crOnly));
    expect(item.subject).toBe("QAMT review");
    expect(item.requiredAttendees).toHaveLength(2);
  });

  it("falls back to Latin-1 for text that declares no charset, and says so", async () => {
    const text = calendar([...QAMT_LINES, "DESCRIPTION:Révision des dossiers – café à 10h"]);
    const latin1 = Uint8Array.from(
      [...text].map((character) => (character === "–" ? 0x96 : character.charCodeAt(0))),
    );
    const reading = await readInviteFile("latin1.ics", latin1, {});
    expect(itemOf(reading).body).toBe("Révision des dossiers – café à 10h");
    expect(reading.notes).toEqual([expect.stringMatching(/not UTF-8; it was read as Latin-1/)]);
    expect((await readText("utf8.ics", text)).notes).toBeUndefined();
  });

  it("strips single quotes around display names", async () => {
    const quoted = calendar(["SUMMARY:QAMT", "ORGANIZER;CN='Tom Reilly':mailto:tom.reilly@dcj-demo.example"]);
    expect(itemOf(await readText("quoted.ics", quoted)).organizer?.displayName).toBe("Tom Reilly");
  });

  it("never shows the program's insides in an error, however the file is broken", async () => {
    const lines = QAMT.split("\r\n");
    const broken = [
      ...lines.map((_line, index) => lines.slice(0, index).join("\r\n")),
      ...lines.map((_line, index) =>
        [...lines.slice(0, index), "END:VEVENT", ...lines.slice(index)].join("\r\n"),
      ),
      ...lines.map((_line, index) =>
        [...lines.slice(0, index), "DTSTART:2026121", ...lines.slice(index)].join("\r\n"),
      ),
      QAMT.replace("BEGIN:VEVENT", "BEGIN:VEVENT\r\nBEGIN:VEVENT"),
    ];
    for (const text of broken) {
      for (const name of ["a.ics", "a.eml"]) {
        const file = name === "a.eml" ? multipart("multipart/mixed", [calendarPart(text)]) : text;
        try {
          await readText(name, file);
        } catch (error) {
          expect(error).toBeInstanceOf(FormatError);
          expect((error as Error).message).not.toMatch(/undefined|null|reading '|TypeError|\bof\b.*\(|\)$/);
        }
      }
    }
  });

  it("refuses a damaged calendar in plain words", async () => {
    const damaged = QAMT.replace("END:VEVENT\r\n", "").replace("METHOD:REQUEST\r\n", "");
    expect((await problemWith("a.ics", damaged)).message).toMatch(/^the calendar is (cut short|damaged)/);
  });
});

describe("invites that came attached", () => {
  const attachedInvite = [
    "Content-Type: message/rfc822",
    'Content-Disposition: attachment; filename="QAMT review.eml"',
    "",
    mail(["Subject: QAMT review", 'Content-Type: text/calendar; charset="utf-8"; method=REQUEST'], [QAMT]),
  ];

  it("reads the invite a member forwarded as an attachment, and says it came attached", async () => {
    const forward = multipart(
      "multipart/mixed",
      [["Content-Type: text/plain", "", "Can you check this one?"], attachedInvite],
      ["Subject: FW: QAMT review"],
    );
    const reading = await readText("forward.eml", forward);
    expect(itemOf(reading).subject).toBe("QAMT review");
    expect(reading.notes).toEqual([expect.stringMatching(/came attached/)]);
  });

  it("reads the invite a mail system bounced back", async () => {
    const bounce = mail(
      [
        "Subject: Undeliverable: QAMT review",
        'Content-Type: multipart/report; report-type=delivery-status; boundary="part"',
      ],
      [
        "--part",
        "Content-Type: text/plain",
        "",
        "Delivery has failed to these recipients.",
        "--part",
        "Content-Type: message/delivery-status",
        "",
        "Action: failed",
        "--part",
        ...attachedInvite.slice(0, 1),
        "",
        ...attachedInvite.slice(3),
        "--part--",
        "",
      ],
    );
    const reading = await readText("bounce.eml", bounce);
    expect(itemOf(reading).subject).toBe("QAMT review");
    expect(reading.notes).toHaveLength(1);
  });

  it("reports an attached cancellation as a cancellation", async () => {
    const cancellation = mail(
      ["Subject: Cancelled: QAMT review", 'Content-Type: text/calendar; charset="utf-8"; method=CANCEL'],
      [QAMT.replace("METHOD:REQUEST", "METHOD:CANCEL")],
    );
    const forward = multipart("multipart/mixed", [["Content-Type: message/rfc822", "", cancellation]]);
    const reading = await readText("forward.eml", forward);
    expect(reading).toMatchObject({ kind: "not-request", reason: "a meeting cancellation" });
  });
});

describe("HTML-only e-mail", () => {
  it("reads the HTML part as the body when the calendar has no DESCRIPTION", async () => {
    const email = multipart("multipart/alternative", [
      [
        "Content-Type: text/html; charset=utf-8",
        "",
        "<p>Bring your files for the <b>QAMT</b> review&nbsp;&ndash; Karen (QACI) attends.</p>",
      ],
      calendarPart(QAMT),
    ]);
    expect(itemOf(await readText("html-only.eml", email)).body).toBe(
      "Bring your files for the QAMT review – Karen (QACI) attends.",
    );
  });
});

describe("HTML as text", () => {
  it("decodes every entity, named or numbered", () => {
    expect(htmlToText("<p>caf&eacute; &hearts; &frac12; &#x1F600; &#8212; &Omega; &amp;amp;</p>")).toBe(
      "café ♥ ½ 😀 — Ω &amp;",
    );
  });

  it("keeps the words of lists and tables, and drops scripts, styles, links' addresses and images", () => {
    const html = [
      "<html><head><title>Invite</title><style>p { color: red }</style></head><body>",
      "<h2>Agenda</h2><ul><li>Files</li><li>SARAs</li></ul>",
      "<table><tr><td>Karen Mitchell</td><td>QACI</td></tr></table>",
      '<script>alert("x")</script><a href="https://example.org/join">Join</a><img src="x.png" alt="logo">',
      "</body></html>",
    ].join("");
    const text = htmlToText(html);
    expect(text).toMatch(/^Agenda\n\n- Files\n- SARAs\n\nKaren Mitchell +QACI\n\nJoin$/);
  });

  it("is the same text whatever comes before it: hostile markup stays words", () => {
    expect(htmlToText("<scr<script>ipt>alert(1)</script> QAMT <!-- <b>hidden</b> -->")).not.toContain(
      "hidden",
    );
    expect(bytesOf(htmlToText("<p>" + "a".repeat(200_000) + "</p>")).length).toBe(200_000);
  });
});
