import type { FileReading } from "../formats";
import { FormatError } from "../formats/errors";
import { readSnapshotJson } from "../formats/json";
import type { DemoItem } from "./fake-office";

/** A file in the demo mailbox: its name and its content (text, or the bytes of a file the user opened). */
export interface SampleFile {
  fileName: string;
  content: string | Uint8Array;
}

/** The demo mailbox's owner (as in the samples), for invite files that do not say whose mailbox they came from. */
export const DEMO_USER = { displayName: "Priya Nair", emailAddress: "priya.nair@dcj-demo.example" };

/**
 * The project's sample invites, bundled at build time: the snapshots (samples/*.json), which
 * read at once, and the .ics and .eml files, whose parsers take longer on a cold page.
 */
export function bundledSamples(): { snapshots: SampleFile[]; mail: SampleFile[] } {
  const json = require.context("../../samples", false, /^\.\/(?!expected\.json$)[^/]+\.json$/);
  const raw = require.context("../../samples", false, /^\.\/[^/]+\.(?:ics|eml)$/);
  return {
    snapshots: json.keys().map((key) => ({ fileName: key.slice(2), content: JSON.stringify(json(key)) })),
    mail: raw.keys().map((key) => ({ fileName: key.slice(2), content: sourceText(raw(key)) })),
  };
}

/** An asset/source module is its text, or a module object whose default export is the text. */
function sourceText(module: unknown): string {
  if (typeof module === "string") return module;
  const fallback = (module as { default?: unknown } | null)?.default;
  return typeof fallback === "string" ? fallback : "";
}

/** An ordinary e-mail, so the demo also shows how the pane treats something that is not an invite. */
export const ORDINARY_MESSAGE: DemoItem = {
  id: "demo-ordinary-message",
  sample: "(demo) ordinary message",
  snapshot: {
    mailbox: DEMO_USER,
    item: {
      itemType: "message",
      itemClass: "IPM.Note",
      subject: "Team lunch on Friday",
      organizer: { displayName: "Tom Reilly", emailAddress: "tom.reilly@dcj-demo.example" },
      requiredAttendees: [DEMO_USER],
      start: "2026-12-04T09:12:00+11:00",
      body: "Hi all,\n\nLunch is at the Italian place on Crown Street at 12:30 on Friday.\n\nTom",
    },
  },
};

export type Reading =
  | { kind: "invite"; item: DemoItem; hasDirectory: boolean; notes: string[] }
  | { kind: "not-request"; reason: string; notes: string[] }
  | { kind: "error"; message: string };

let sequence = 0;

/**
 * The file as the add-in's own file support reads it. A bundled snapshot goes straight to the
 * snapshot reader (readInviteFile's own path for .json); anything else loads the iCalendar, e-mail
 * and Outlook item parsers on first use, so they do not slow the page's start.
 */
async function readInvite({ fileName, content }: SampleFile, bundledSnapshot: boolean): Promise<FileReading> {
  if (bundledSnapshot && typeof content === "string")
    return { kind: "invite", snapshot: readSnapshotJson(content, DEMO_USER.emailAddress) };
  const { readInviteFile } = await import("../formats");
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return readInviteFile(fileName, bytes, { me: DEMO_USER.emailAddress });
}

/** Reads one file; never throws. */
export async function readFile(file: SampleFile, { bundledSnapshot = false } = {}): Promise<Reading> {
  try {
    const reading = await readInvite(file, bundledSnapshot);
    const notes = reading.notes ?? [];
    if (reading.kind === "not-request") return { kind: "not-request", reason: reading.reason, notes };
    sequence += 1;
    const item: DemoItem = { id: `demo-item-${sequence}`, sample: file.fileName, snapshot: reading.snapshot };
    const hasDirectory = Object.keys(reading.snapshot.directory ?? {}).length > 0;
    return { kind: "invite", item, hasDirectory, notes };
  } catch (error) {
    const message = error instanceof FormatError ? error.message : "the file could not be read as an invite";
    return { kind: "error", message };
  }
}

export interface Mailbox {
  items: DemoItem[];
  /** Samples the demo could not read, with why: shown on the page rather than hidden. */
  problems: string[];
}

/** Reads the files that hold invites into mailbox items; not-request files are left out. */
export async function readFiles(
  files: readonly SampleFile[],
  options: { bundledSnapshot?: boolean } = {},
): Promise<Mailbox> {
  const items: DemoItem[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const reading = await readFile(file, options);
    if (reading.kind === "invite") items.push(reading.item);
    else if (reading.kind === "error") problems.push(`${file.fileName}: ${reading.message}`);
  }
  return { items, problems };
}

/** The mailbox's list: opened files first (newest first), then the samples by file name, then the ordinary message. */
export function mailboxOrder(opened: readonly DemoItem[], samples: readonly DemoItem[]): DemoItem[] {
  const sorted = [...samples].sort((first, second) => first.sample.localeCompare(second.sample));
  return [...opened, ...sorted, ORDINARY_MESSAGE];
}
