/** Why a file could not be read, for callers that treat some kinds differently. */
export type FormatProblem =
  | "too-big"
  | "empty"
  | "binary"
  | "unknown-kind"
  | "invalid-json"
  | "not-a-snapshot"
  | "invalid-snapshot"
  | "no-calendar"
  | "no-event"
  | "damaged-calendar"
  | "not-an-email"
  | "damaged-outlook-file"
  | "attached-too-deep"
  | "unreadable"
  | "truncated-email";

/** Control and invisible characters, which a file's own text could carry into a message. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/gu;

/** The message on one line, with each unprintable character written as its code, "U+0007". */
function printable(message: string): string {
  return message.replace(
    UNPRINTABLE,
    (character) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
}

/** A file that cannot be read as an invite. The message names the problem in plain words, on one line. */
export class FormatError extends Error {
  override readonly name = "FormatError";
  constructor(
    message: string,
    readonly problem: FormatProblem,
  ) {
    super(printable(message));
  }
}

/** Files past this size are refused before they are read; real invites are a few hundred kilobytes. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
