export { CSV_HEADER, toCsv } from "./csv";
export { entryFromAnalysis, mainReasons, MAX_REASONS, recordEntrySchema, USER_ACTIONS } from "./entry";
export type { CheckedInvite, RecordEntry, UserAction } from "./entry";
export { capLog, MAX_ENTRIES, setAction, upsertEntry } from "./log";
export type { RecordLog } from "./log";
export { createMeetingRecord, parseStoredLog, serialiseLog } from "./meeting-record";
export type { MeetingRecord } from "./meeting-record";
export { createLocalStorage, createMemoryStorage, RECORD_STORAGE_KEY, STORAGE_MESSAGES } from "./storage";
export type { LoadResult, RecordStorage, SaveResult, StorageProblem } from "./storage";
