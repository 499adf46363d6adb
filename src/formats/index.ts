import { fileText } from "./bytes";
import { readEmail } from "./eml";
import { FormatError } from "./errors";
import { readCalendar } from "./ical";
import { readSnapshotJson } from "./json";
import type { FileReading, ReadOptions } from "./types";

export { FormatError, MAX_FILE_BYTES, type FormatProblem } from "./errors";
export type { FileReading, ReadOptions } from "./types";

export const INVITE_EXTENSIONS = [".json", ".ics", ".eml"] as const;
type Kind = "json" | "ics" | "eml";

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
    "not an invite file: expected snapshot JSON, an iCalendar (.ics) or an e-mail (.eml)",
    "unknown-kind",
  );
}

/**
 * Reads one invite file: snapshot JSON, iCalendar or a saved e-mail. Chosen by extension, or by
 * content when the extension says nothing. Browser-safe. Throws FormatError for unreadable files.
 */
export async function readInviteFile(
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<FileReading> {
  const text = fileText(bytes);
  const kind = kindByName(fileName) ?? kindByContent(text);
  switch (kind) {
    case "json":
      return { kind: "invite", snapshot: readSnapshotJson(text, options.me) };
    case "ics":
      return readCalendar(text, { container: "file", owner: options.me });
    case "eml":
      return readEmail(text, options.me);
  }
}
