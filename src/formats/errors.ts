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

/** A file that cannot be read as an invite. The message names the problem in plain words. */
export class FormatError extends Error {
  override readonly name = "FormatError";
  constructor(
    message: string,
    readonly problem: FormatProblem,
  ) {
    super(message);
  }
}

/** Files past this size are refused before they are read; real invites are a few hundred kilobytes. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
