import type { MeetingRecord } from "../record/meeting-record";
import type { RecordStorage } from "../record/storage";

/** The local record, loaded when the pane first needs it. Rejects only if its chunk cannot load. */
export type RecordLoader = () => Promise<MeetingRecord>;

/**
 * Loads src/record, and the zod that reads what it stored, in its own chunk once the first
 * verdict is shown, and makes the record once, on this storage.
 */
export function createRecordLoader(storage: () => RecordStorage): RecordLoader {
  let record: Promise<MeetingRecord> | undefined;
  return () =>
    (record ??= import(/* webpackChunkName: "record" */ "../record/meeting-record").then(
      ({ createMeetingRecord }) => createMeetingRecord(storage()),
    ));
}
