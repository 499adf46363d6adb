import type { MeetingRecord } from "../record/meeting-record";

/** The local record, loaded when the pane first needs it. Rejects only if its chunk cannot load. */
export type RecordLoader = () => Promise<MeetingRecord>;

/**
 * Loads src/record, and the zod that reads what it stored, in its own chunk once the first
 * verdict is shown, and makes the record once, in this device's storage.
 */
export function createRecordLoader(): RecordLoader {
  let record: Promise<MeetingRecord> | undefined;
  return () =>
    (record ??= Promise.all([
      import(/* webpackChunkName: "record" */ "../record/meeting-record"),
      import(/* webpackChunkName: "record" */ "../record/storage"),
    ]).then(([{ createMeetingRecord }, { createLocalStorage }]) =>
      createMeetingRecord(createLocalStorage()),
    ));
}
