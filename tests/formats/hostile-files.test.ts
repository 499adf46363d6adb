import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, builtInPolicy, parseSnapshot } from "../../src/core";
import { FormatError, readInviteFile } from "../../src/formats";
import { BERLIN_INVITE, outlookForward, QAMT_REQUEST_MSG } from "../fixtures/invites";
import { msgFile } from "../support/msg-file";
import { bytesOf, REPO_ROOT, SAMPLES } from "./read-helpers";

/**
 * Invite files are hostile input: anyone can send one, and a delegate opens what members forward.
 * Whatever the bytes, the readers give a snapshot the engine can judge, a not-request, or one
 * FormatError line in plain words: never another exception, never the program's insides.
 * Property tests (fast-check) over arbitrary bytes, truncations and mutations of the project's own
 * files. Run counts are kept small enough for the suite; a failure prints its seed to replay.
 */

const policy = builtInPolicy();

/** Words that only the program's insides would put in a message. */
const INTERNALS =
  /\bat \S+ \(|node_modules|\.[cm]?[jt]s\b|\b(?:Type|Reference|Range|Syntax)Error\b|\bundefined\b|\bnull\b|\[object |\bNaN\b|stack|zod|ical\.js|postal-mime|msgreader/i;

type Outcome = "invite" | "not-request" | "refused";

/** Reads the file as the pane and the command line do, and says what came of it; fails on anything else. */
async function outcomeOf(fileName: string, bytes: Uint8Array): Promise<Outcome> {
  let reading;
  try {
    reading = await readInviteFile(fileName, bytes, { me: "priya.nair@dcj-demo.example" });
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    const { message } = error as FormatError;
    expect(message.trim()).not.toBe("");
    expect(message).not.toMatch(/[\r\n]/);
    expect(message).not.toMatch(INTERNALS);
    return "refused";
  }
  if (reading.kind === "not-request") {
    expect(reading.reason.trim()).not.toBe("");
    return "not-request";
  }
  const snapshot = parseSnapshot(reading.snapshot);
  expect(analyze(snapshot, policy).verdict).toMatch(/./);
  return "invite";
}

const textFiles = (folder: string, extension: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith(extension))
    .map((name) => ({ name, text: readFileSync(join(folder, name), "utf8") }));

const ICS = [
  ...textFiles(SAMPLES, ".ics"),
  ...textFiles(join(REPO_ROOT, "tests/fixtures/not-requests"), ".ics"),
  { name: "berlin.ics", text: BERLIN_INVITE },
];
const EML = textFiles(SAMPLES, ".eml");
const MSG = [
  { name: "request.msg", bytes: msgFile(QAMT_REQUEST_MSG) },
  { name: "forward.msg", bytes: msgFile(outlookForward([{ message: QAMT_REQUEST_MSG }])) },
];

const fileName = fc.constantFrom("a.ics", "a.eml", "a.msg", "a.json", "a.txt", "no-extension");

/** One change of the kinds real files arrive with, applied to a file's lines. */
const lineMutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("break-folding" as const), at: fc.nat(), column: fc.nat({ max: 80 }) }),
  fc.record({ kind: fc.constant("unfold" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    line: fc.string({ unit: "binary", maxLength: 60 }),
  }),
  fc.record({
    kind: fc.constant("charset" as const),
    charset: fc.constantFrom("koi8-r", "windows-1252", "utf-16", "iso-2022-jp", "x-unknown", ""),
  }),
);
type LineMutation = typeof lineMutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(lines: string[], mutation: LineMutation): string[] {
  const next = [...lines];
  const at = "at" in mutation ? mutation.at % Math.max(1, next.length) : 0;
  const line = next[at] ?? "";
  switch (mutation.kind) {
    case "delete":
      next.splice(at, 1);
      break;
    case "duplicate": // a property given twice
      next.splice(at, 0, line);
      break;
    case "break-folding": // a line folded where it must not be, or its continuation without its space
      next.splice(at, 1, line.slice(0, mutation.column), line.slice(mutation.column));
      break;
    case "unfold":
      next.splice(at, 1, line.replace(/^[ \t]/, ""));
      break;
    case "insert":
      next.splice(at, 0, mutation.line);
      break;
    case "charset":
      return next.map((each) => each.replace(/charset="?[\w-]+"?/gi, `charset=${mutation.charset}`));
  }
  return next;
}

/** The text as bytes in one of the encodings files are wrongly saved in. */
const encoding = fc.constantFrom("utf8", "latin1", "utf16le", "utf8-bom");
function encode(text: string, how: "utf8" | "latin1" | "utf16le" | "utf8-bom"): Uint8Array {
  if (how === "utf8-bom") return bytesOf(`\uFEFF${text}`);
  return how === "utf8" ? bytesOf(text) : Uint8Array.from(Buffer.from(text, how));
}

describe("hostile files never get past the readers", () => {
  it("arbitrary bytes, under any name", async () => {
    await fc.assert(
      fc.asyncProperty(fileName, fc.uint8Array({ maxLength: 3000 }), async (name, bytes) => {
        await outcomeOf(name, bytes);
      }),
      { numRuns: 300 },
    );
  });

  it("arbitrary text that starts like an invite file", async () => {
    const start = fc.constantFrom(
      "BEGIN:VCALENDAR\r\n",
      "From: a@b\r\nContent-Type: text/calendar\r\n\r\n",
      "{",
    );
    await fc.assert(
      fc.asyncProperty(
        fileName,
        start,
        fc.string({ unit: "binary", maxLength: 1500 }),
        async (name, head, rest) => {
          await outcomeOf(name, bytesOf(head + rest));
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ["an .ics", ICS],
    ["an .eml", EML],
  ])("%s of the project's own, cut short anywhere", async (_kind, files) => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...files),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (file, fraction) => {
          const bytes = bytesOf(file.text);
          await outcomeOf(file.name, bytes.slice(0, Math.floor(bytes.length * fraction)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each([
    ["an .ics", ICS],
    ["an .eml", EML],
  ])(
    "%s of the project's own, with lines deleted, properties duplicated, folding broken, charsets wrong",
    async (_kind, files) => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...files),
          fc.array(lineMutation, { minLength: 1, maxLength: 6 }),
          encoding,
          fc.constantFrom("\r\n", "\n"),
          async (file, mutations, how, newline) => {
            const lines = mutations.reduce(mutate, file.text.split(/\r?\n/));
            await outcomeOf(file.name, encode(lines.join(newline), how));
          },
        ),
        { numRuns: 300 },
      );
    },
  );

  it("an Outlook .msg, cut short or with bytes overwritten anywhere", async () => {
    const damage = fc.record({
      cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      overwrites: fc.array(
        fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }),
        {
          maxLength: 8,
        },
      ),
    });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...MSG), damage, async (file, { cut, overwrites }) => {
        const bytes = Uint8Array.from(file.bytes);
        for (const { at, byte } of overwrites) bytes[Math.floor(at * (bytes.length - 1))] = byte;
        await outcomeOf(
          file.name,
          cut === undefined ? bytes : bytes.slice(0, Math.floor(bytes.length * cut)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("an Outlook .msg whose every field is hostile text", async () => {
    const text = fc.string({ unit: "binary", maxLength: 200 });
    await fc.assert(
      fc.asyncProperty(text, text, text, text, async (subject, body, name, email) => {
        const bytes = msgFile({
          ...QAMT_REQUEST_MSG,
          subject,
          body,
          sender: { name, email },
          recipients: [{ name: email, email: name }],
        });
        expect(await outcomeOf("hostile.msg", bytes)).not.toBe("refused");
      }),
      { numRuns: 100 },
    );
  });

  it("does not pass by construction: the project's own files, unharmed, are invites", async () => {
    for (const file of [...ICS, ...EML]) {
      expect([file.name, await outcomeOf(file.name, bytesOf(file.text))]).toEqual([
        file.name,
        file.name.includes("cancelled") ? "not-request" : "invite",
      ]);
    }
    for (const file of MSG) expect(await outcomeOf(file.name, file.bytes)).toBe("invite");
  });
});
