import { checkSize, fileText, NOT_UTF8_NOTE } from "./bytes";
import { readEmail } from "./eml";
import { FormatError } from "./errors";
import { readCalendar } from "./ical";
import { readSnapshotJson } from "./json";
import { isCompoundFile, readOutlookItem } from "./msg";
import { withNote, type FileReading, type ReadOptions, type ReaderContext } from "./types";

export { checkSize } from "./bytes";
export { FormatError, MAX_FILE_BYTES, type FormatProblem } from "./errors";
export type { FileReading, ReadOptions } from "./types";

export const INVITE_EXTENSIONS = [".json", ".ics", ".eml", ".msg"] as const;
type Kind = "json" | "ics" | "eml";

/** A forward of a forward of a forward is still read; deeper than this is refused. */
const MAX_ATTACHED_DEPTH = 4;

/** Said for any failure that is not the file's fault, so no message shows the program's insides. */
const UNREADABLE = "the file could not be read as an invite";

function kindByName(fileName: string): Kind | undefined {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "json") return "json";
  if (extension === "ics" || extension === "ical" || extension === "ifb" || extension === "vcs") return "ics";
  if (extension === "eml") return "eml";
  return undefined;
}

/** Guesses from the content, for files with an unknown extension. */
function kindByContent(text: string): Kind {
  const start = text.trimStart();
  if (start.startsWith("{") || start.startsWith("[")) return "json";
  if (/^BEGIN:VCALENDAR/i.test(start)) return "ics";
  if (/^[A-Za-z][A-Za-z0-9-]*:/.test(start)) return "eml";
  throw new FormatError(
    "not an invite file: expected snapshot JSON, an iCalendar (.ics), an e-mail (.eml) or an Outlook item (.msg)",
    "unknown-kind",
  );
}

async function readText(fileName: string, bytes: Uint8Array, context: ReaderContext): Promise<FileReading> {
  const { text, notUtf8 } = fileText(bytes);
  const kind = kindByName(fileName) ?? kindByContent(text);
  const reading: FileReading =
    kind === "json"
      ? { kind: "invite", snapshot: readSnapshotJson(text, context.me) }
      : kind === "ics"
        ? await readCalendar(text, { container: "file", owner: context.me })
        : await readEmail(bytes, context);
  return notUtf8 && kind !== "eml" ? withNote(reading, NOT_UTF8_NOTE) : reading;
}

/** One file, whatever its kind: an Outlook item by its content, the others by name or content. */
async function readAny(fileName: string, bytes: Uint8Array, context: ReaderContext): Promise<FileReading> {
  if (context.depth > MAX_ATTACHED_DEPTH)
    throw new FormatError("the invite is attached too many levels deep to be read", "attached-too-deep");
  checkSize(bytes.length);
  return isCompoundFile(bytes) ? readOutlookItem(bytes, context) : readText(fileName, bytes, context);
}

function readAttached(fileName: string, bytes: Uint8Array, context: ReaderContext): Promise<FileReading> {
  return readAny(fileName, bytes, { ...context, depth: context.depth + 1 });
}

/**
 * Reads one invite file: snapshot JSON, iCalendar, a saved e-mail or an Outlook item. Chosen by
 * extension, or by content when the extension says nothing. Browser-safe. Throws FormatError, with
 * a message in plain words, for every file it cannot read.
 */
export async function readInviteFile(
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<FileReading> {
  try {
    return await readAny(fileName, bytes, { me: options.me, depth: 0, readAttached });
  } catch (error) {
    if (error instanceof FormatError) throw error;
    throw new FormatError(UNREADABLE, "unreadable");
  }
}
