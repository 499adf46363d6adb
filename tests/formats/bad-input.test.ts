import { FormatError, MAX_FILE_BYTES, readInviteFile } from "../../src/formats";
import { bytesOf, calendar, readText } from "./read-helpers";

async function problemWith(fileName: string, bytes: Uint8Array): Promise<FormatError> {
  try {
    await readInviteFile(fileName, bytes, {});
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error("expected a FormatError, but the file was read");
}

const problemWithText = (fileName: string, text: string) => problemWith(fileName, bytesOf(text));

const MINIMAL_SNAPSHOT = { mailbox: {}, item: { itemType: "message", subject: "QAMT review" } };

describe("files that are not invites", () => {
  it.each([
    ["an empty file", ""],
    ["a file of blank lines", "\n\n  \r\n"],
  ])("refuses %s", async (_what, text) => {
    for (const name of ["a.json", "a.ics", "a.eml"]) {
      const error = await problemWithText(name, text);
      expect(error.message).toBe("the file is empty");
    }
  });

  it("refuses binary junk", async () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256);
    expect((await problemWith("a.ics", junk)).message).toMatch(/binary, not text/);
  });

  it("names the line and column of invalid JSON", async () => {
    const error = await problemWithText("a.json", '{\n  "mailbox": {},\n  "item": { "subject": x }\n}');
    expect(error.message).toMatch(/^invalid JSON at line 3, column \d+: unexpected token/i);
    const trailingComma = await problemWithText("a.json", '{\n  "mailbox": {},\n}');
    expect(trailingComma.message).toMatch(/^invalid JSON at line 3, column 1/);
  });

  it("keeps the message to one line, quoting none of a long file and writing unprintable characters as codes", async () => {
    const email = await problemWithText(
      "a.json",
      "From: a@b\r\nContent-Type: text/calendar\r\n\r\nmore text",
    );
    expect(email.message).toBe("invalid JSON at line 1, column 1: unexpected token 'F'");
    const reversing = await problemWithText("a.json", '{"a": \u202e}');
    expect(reversing.message).toBe("invalid JSON at line 1, column 7: unexpected token 'U+202E'");
  });

  it("says when JSON ends too soon", async () => {
    expect((await problemWithText("a.json", '{\n"mailbox": {')).message).toMatch(
      /^invalid JSON at line 2, column 13: .*\(the file ends there: is it cut short\?\)$/,
    );
  });

  it.each([
    ["null", "null", "found null"],
    ["a list", "[]", "found a list"],
    ["a label file", '{"qamt-panel": ["directive-applies"]}', 'found an object with no "item"'],
  ])("refuses JSON that is %s, saying it is not a snapshot", async (_what, text, found) => {
    const error = await problemWithText("a.json", text);
    expect(error.problem).toBe("not-a-snapshot");
    expect(error.message).toContain(found);
  });

  it("names the field of a snapshot that does not fit the format", async () => {
    const error = await problemWithText(
      "a.json",
      JSON.stringify({ mailbox: {}, item: { itemType: "meeting" } }),
    );
    expect(error.problem).toBe("invalid-snapshot");
    expect(error.message).toMatch(/^not a valid invite snapshot: item\.itemType: /);
  });

  it("accepts nulls where a snapshot allows them", async () => {
    const reading = await readText(
      "a.json",
      JSON.stringify({
        mailbox: { displayName: null },
        item: { ...MINIMAL_SNAPSHOT.item, organizer: null, body: null },
      }),
    );
    expect(reading.kind).toBe("invite");
  });

  it("refuses a calendar with no event", async () => {
    const tasks = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "BEGIN:VTODO",
      "UID:t",
      "SUMMARY:Do QAMT",
      "END:VTODO",
      "END:VCALENDAR",
    ];
    expect((await problemWithText("a.ics", tasks.join("\r\n"))).message).toBe(
      "the calendar has no event (it holds VTODO)",
    );
  });

  it("refuses a calendar that is cut short", async () => {
    const whole = calendar(["SUMMARY:QAMT review", "DTSTART:20261210T030000Z"]);
    const error = await problemWithText("a.ics", whole.slice(0, whole.indexOf("END:VEVENT")));
    expect(error.message).toBe("the calendar is cut short: it never ends");
  });

  it("refuses a .ics file with no calendar in it", async () => {
    expect((await problemWithText("a.ics", "Meeting at 10am")).message).toMatch(/no calendar found/);
  });

  it("refuses files over 25 MB", async () => {
    const error = await problemWith("a.json", new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20));
    expect(error.message).toMatch(/over 25 MB are not read/);
  });

  it("reads a snapshot with a body of several megabytes", async () => {
    const body = "Monthly QAMT review. ".repeat(250_000);
    const reading = await readText(
      "a.json",
      JSON.stringify({ ...MINIMAL_SNAPSHOT, item: { ...MINIMAL_SNAPSHOT.item, body } }),
    );
    expect(reading.kind === "invite" && reading.snapshot.item.body?.length).toBe(body.length);
  });
});

describe("choosing the reader", () => {
  it("sniffs the content when the extension says nothing", async () => {
    const ics = calendar(["SUMMARY:QAMT review", "DTSTART:20261210T030000Z"]);
    expect((await readText("invite.txt", ics)).kind).toBe("invite");
    expect((await readText("snapshot", JSON.stringify(MINIMAL_SNAPSHOT))).kind).toBe("invite");
    expect((await readText("mail.msg", "Subject: hello\r\n\r\nNo calendar here")).kind).toBe("not-request");
  });

  it("refuses content it cannot place", async () => {
    expect((await problemWithText("notes.txt", "just some words")).problem).toBe("unknown-kind");
  });

  it("reads UTF-8 with a byte order mark", async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(JSON.stringify(MINIMAL_SNAPSHOT))]);
    expect((await readInviteFile("a.json", withBom, {})).kind).toBe("invite");
  });
});
