import type { InviteSnapshotInput } from "../core";

/**
 * What a file turned out to hold: an invite to judge, or calendar mail that invites no one. Notes
 * say, in plain sentences, anything about how it was read that the user should know.
 */
export type FileReading =
  | { kind: "invite"; snapshot: InviteSnapshotInput; notes?: string[] }
  | { kind: "not-request"; reason: string; notes?: string[] };

export interface ReadOptions {
  /** The mailbox owner's address, for files that do not say whose mailbox they came from. */
  me?: string | undefined;
}

/** What a reader knows of where its file came from, and how to read a file attached to it. */
export interface ReaderContext {
  me: string | undefined;
  /** Whose mailbox it probably is when the file cannot tell: the sender of the e-mail it came attached to. */
  ownerHint?: string | undefined;
  /** How many files deep this one is attached (0 for the file itself). */
  depth: number;
  readAttached(fileName: string, bytes: Uint8Array, context: ReaderContext): Promise<FileReading>;
}

export type Recipient = NonNullable<InviteSnapshotInput["item"]["organizer"]>;

/** Why an e-mail that holds no invite is not a request. */
export const NO_CALENDAR = "an e-mail with no calendar";

/** Said of an invite read from a message attached to the file's own. */
export const ATTACHED_NOTE = "The invite came attached to the e-mail, and was read from there.";

/** The reading with one more note. */
export function withNote(reading: FileReading, note: string): FileReading {
  return { ...reading, notes: [...(reading.notes ?? []), note] };
}
