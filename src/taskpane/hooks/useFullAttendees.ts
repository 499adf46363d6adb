import { useCallback, useState } from "react";
import type { FullAttendees } from "../../graph/attendees";
import { describeError, type ItemState } from "../../host";
import type { Microsoft365Access } from "../microsoft365";

type Invite = Extract<ItemState, { kind: "invite" }>;

/** Reading everyone invited from Microsoft 365, for one item. */
export type FullAttendeesState =
  | { status: "idle" }
  | { status: "reading" }
  | { status: "read"; attendees: FullAttendees }
  | { status: "failed"; message: string };

/**
 * When Outlook gave only the first recipients, the full list from the meeting's event in Graph, on
 * the user's request. The answer belongs to the item it was asked for: another item starts afresh,
 * and an answer for an item no longer open is dropped.
 */
export function useFullAttendees(invite: Invite | undefined, m365: Microsoft365Access) {
  const [answer, setAnswer] = useState<{ itemId: string; state: FullAttendeesState } | undefined>(undefined);
  const itemId = invite?.itemId;
  const state: FullAttendeesState = answer && answer.itemId === itemId ? answer.state : { status: "idle" };
  const target = m365.target;
  const truncated = invite?.snapshot.item.attendeesTruncated === true;

  const read = useCallback(async () => {
    if (itemId === undefined || !target?.item) return;
    const item = target.item;
    setAnswer({ itemId, state: { status: "reading" } });
    let next: FullAttendeesState;
    try {
      const services = await m365.services();
      const result = await services.fullAttendees(item, target.mailboxOwner);
      next =
        result.outcome === "read"
          ? { status: "read", attendees: result.attendees }
          : { status: "failed", message: result.error.message };
    } catch (error) {
      next = {
        status: "failed",
        message: `The Microsoft 365 part of QA Meeting Check could not load (${describeError(error)}). Check your connection.`,
      };
    }
    // Only the answer for the item asked about; a later request for it replaces an earlier one.
    setAnswer((previous) => (previous?.itemId === itemId ? { itemId, state: next } : previous));
  }, [itemId, target, m365]);

  /** Why the full list cannot be read here, when Outlook cut it short; undefined when it can. */
  const unavailable = !truncated
    ? undefined
    : !m365.availability.available
      ? m365.availability.reason
      : target && !target.item
        ? "Outlook cannot give Microsoft 365 this item."
        : undefined;

  return { truncated, state, unavailable, ready: truncated && target?.item !== undefined, read };
}

export type FullAttendeesAccess = ReturnType<typeof useFullAttendees>;
