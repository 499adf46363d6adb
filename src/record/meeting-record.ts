import * as z from "../core/zod-mini";
import { toCsv } from "./csv";
import { recordEntrySchema, type RecordEntry, type UserAction } from "./entry";
import { capLog, MAX_ENTRIES, type RecordLog, setAction, upsertEntry } from "./log";
import { type RecordStorage, type SaveResult, STORAGE_MESSAGES, type StorageProblem } from "./storage";

const storedSchema = z.object({ version: z.literal(1), entries: z.array(z.unknown()) });

/** Parses what storage holds. Entries that don't fit the schema are dropped; unknown fields are stripped. */
export function parseStoredLog(
  text: string | null,
  max: number = MAX_ENTRIES,
): { log: RecordLog; readable: boolean } {
  if (text === null) return { log: [], readable: true };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { log: [], readable: false };
  }
  const stored = storedSchema.safeParse(json);
  if (!stored.success) return { log: [], readable: false };
  const entries = stored.data.entries.flatMap((entry) => {
    const parsed = recordEntrySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  return { log: capLog(entries, max), readable: true };
}

export function serialiseLog(log: RecordLog): string {
  return JSON.stringify({ version: 1, entries: log });
}

export interface MeetingRecord {
  entries(): RecordLog;
  /** A problem reading the saved record at start, if any. */
  readonly loadProblem: StorageProblem | undefined;
  /** Adds or updates the entry for its item. The in-memory record changes even when saving fails. */
  add(entry: RecordEntry): SaveResult;
  setAction(itemId: string, action: UserAction): SaveResult;
  clear(): SaveResult;
  toCsv(): string;
}

export function createMeetingRecord(storage: RecordStorage, options: { max?: number } = {}): MeetingRecord {
  const max = options.max ?? MAX_ENTRIES;
  const loaded = storage.load();
  const parsed = loaded.ok ? parseStoredLog(loaded.text, max) : { log: [], readable: true };
  let log: RecordLog = parsed.log;
  const loadProblem: StorageProblem | undefined = !loaded.ok
    ? loaded.problem
    : parsed.readable
      ? undefined
      : { kind: "unreadable", message: STORAGE_MESSAGES.unreadable };

  function commit(next: RecordLog): SaveResult {
    log = next;
    return storage.save(serialiseLog(log));
  }

  return {
    entries: () => log,
    loadProblem,
    add: (entry) => commit(upsertEntry(log, recordEntrySchema.parse(entry), max)),
    setAction: (itemId, action) => commit(setAction(log, itemId, action)),
    clear: () => commit([]),
    toCsv: () => toCsv(log),
  };
}
