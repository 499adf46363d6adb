import { useState } from "react";
import type { FullAttendees } from "../../graph/attendees";
import type { ItemState } from "../../host";
import type { Microsoft365Access } from "../microsoft365";

type Invite = Extract<ItemState, { kind: "invite" }>;

/** Reading everyone invited from Microsoft 365, for one item. */
export type FullAttendeesState =
  | { status: "idle" }
  | { status: "reading" }
  | { status: "read"; attendees: FullAttendees }
  | { status: "failed"; message: string };

export interface FullAttendeesAnswer {
  itemId: string;
  state: FullAttendeesState;
}

const IDLE: FullAttendeesState = { status: "idle" };

/**
 * When Outlook gave only the first recipients, the full list from the meeting's event in Graph, on
 * the user's request: the answer for the item open now (another item starts afresh). The reading
 * itself is in the lazy FullAttendeesNote, which reports through `settle`.
 */
export function useFullAttendees(invite: Invite | undefined, m365: Microsoft365Access) {
  const [answer, setAnswer] = useState<FullAttendeesAnswer | undefined>(undefined);
  const itemId = invite?.itemId;
  return {
    truncated: invite?.snapshot.item.attendeesTruncated === true,
    itemId,
    state: answer && answer.itemId === itemId ? answer.state : IDLE,
    m365,
    /** Records an answer; one for an item no longer open is dropped when read back. */
    settle: setAnswer,
  };
}

export type FullAttendeesAccess = ReturnType<typeof useFullAttendees>;
