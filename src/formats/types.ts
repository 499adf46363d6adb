import type { InviteSnapshotInput } from "../core";

/** What a file turned out to hold: an invite to judge, or calendar mail that invites no one. */
export type FileReading =
  { kind: "invite"; snapshot: InviteSnapshotInput } | { kind: "not-request"; reason: string };

export interface ReadOptions {
  /** The mailbox owner's address, for files that do not say whose mailbox they came from. */
  me?: string | undefined;
}

export type Recipient = NonNullable<InviteSnapshotInput["item"]["organizer"]>;
