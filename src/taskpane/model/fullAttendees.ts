import type { InviteSnapshotInput } from "../../core";
import type { FullAttendees } from "../../graph/attendees";

/**
 * The invite with everyone Graph lists in place of the recipients Outlook gave, no longer cut
 * short: checked again, the verdict is about the whole list. The organizer Outlook gave stays when
 * Graph names none.
 */
export function withFullAttendees(
  snapshot: InviteSnapshotInput,
  attendees: FullAttendees,
): InviteSnapshotInput {
  const { attendeesTruncated: _cutShort, ...item } = snapshot.item;
  return {
    ...snapshot,
    item: {
      ...item,
      organizer: attendees.organizer ?? item.organizer,
      requiredAttendees: attendees.requiredAttendees,
      optionalAttendees: attendees.optionalAttendees,
      resources: attendees.resources,
    },
  };
}

export function everyoneCount(attendees: FullAttendees): number {
  return attendees.requiredAttendees.length + attendees.optionalAttendees.length;
}
