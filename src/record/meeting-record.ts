import * as z from "../core/zod-mini";
import { toCsv } from "./csv";
import { recordEntrySchema, type RecordEntry, type UserAction } from "./entry";
import { capLog, MAX_ENTRIES, type RecordLog, setAction, upsertEntry } from "./log";
import { type RecordStorage, type SaveResult, STORAGE_MESSAGES, type StorageProblem } from "./storage";

const storedSchema = z.object({
  version: z.literal(1),
  entries: z.array(z.unknown()),
  /** What could not be read, kept as it was found: entries that do not fit, or a whole unreadable record. */
  setAside: z.optional(z.array(z.unknown())),
});

export interface StoredLog {
  log: RecordLog;
  /** Unreadable entries or records, kept so that a save never loses them. */
  setAside: readonly unknown[];
  /** What this reading found it could not read and put aside: the whole record, or some entries. */
  unread?: "record" | { entries: number };
}

/**
 * Parses what storage holds. Entries that don't fit the schema, and a value that cannot be read at
 * all, are set aside, never dropped; unknown fields of good entries are stripped.
 */
export function parseStoredLog(text: string | null, max: number = MAX_ENTRIES): StoredLog {
  if (text === null) return { log: [], setAside: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { log: [], setAside: [text], unread: "record" };
  }
  const stored = storedSchema.safeParse(json);
  if (!stored.success) return { log: [], setAside: [text], unread: "record" };
  const log: RecordEntry[] = [];
  const unreadable: unknown[] = [];
  for (const entry of stored.data.entries) {
    const parsed = recordEntrySchema.safeParse(entry);
    if (parsed.success) log.push(parsed.data);
    else unreadable.push(entry);
  }
  return {
    log: capLog(log, max),
    setAside: [...(stored.data.setAside ?? []), ...unreadable],
    ...(unreadable.length > 0 ? { unread: { entries: unreadable.length } } : {}),
  };
}

export function serialiseLog(log: RecordLog, setAside: readonly unknown[] = []): string {
  return JSON.stringify({ version: 1, entries: log, ...(setAside.length > 0 ? { setAside } : {}) });
}

/** What the user is told when some of the saved record could not be read. */
function unreadProblem({ unread }: StoredLog): StorageProblem | undefined {
  if (unread === undefined) return undefined;
  if (unread === "record") return { kind: "unreadable", message: STORAGE_MESSAGES.unreadable };
  const count = `${unread.entries} ${unread.entries === 1 ? "entry" : "entries"}`;
  return {
    kind: "unreadable",
    message: `${count} of your saved record could not be read. ${STORAGE_MESSAGES.entriesSetAside}`,
  };
}

export interface MeetingRecord {
  entries(): RecordLog;
  /** A problem reading the saved record at start, if any. */
  readonly loadProblem: StorageProblem | undefined;
  /**
   * Adds or updates the entry for its item. The in-memory record changes even when saving fails.
   * Every change is made to the record as saved now, so one written meanwhile by a pane in
   * another window is kept, not overwritten.
   */
  add(entry: RecordEntry): SaveResult;
  setAction(itemId: string, action: UserAction): SaveResult;
  /** Empties the record, what was set aside included. */
  clear(): SaveResult;
  toCsv(): string;
  /** Calls the listener when another window changes the saved record. Returns an unsubscribe. */
  onChange(listener: () => void): () => void;
}

type Change = (log: RecordLog) => RecordLog;

export function createMeetingRecord(storage: RecordStorage, options: { max?: number } = {}): MeetingRecord {
  const max = options.max ?? MAX_ENTRIES;
  const loaded = storage.load();
  /** The record as last read from storage: another window may have written it. */
  let saved = parseStoredLog(loaded.ok ? loaded.text : null, max);
  /** Changes storage has not taken (it is full or off), kept in memory and made again on every save. */
  let unsaved: Change[] = [];
  let log: RecordLog = saved.log;
  const loadProblem = loaded.ok ? unreadProblem(saved) : loaded.problem;

  function reread(): void {
    const now = storage.load();
    if (now.ok) saved = parseStoredLog(now.text, max);
    log = unsaved.reduce((current, change) => change(current), saved.log);
  }

  /** Makes the change to the record as saved now, so what another window saved meanwhile stays. */
  function commit(change: Change): SaveResult {
    unsaved = [...unsaved, change];
    reread();
    const result = storage.save(serialiseLog(log, saved.setAside));
    if (result.ok) {
      saved = { log, setAside: saved.setAside };
      unsaved = [];
    }
    return result;
  }

  return {
    entries: () => log,
    loadProblem,
    add: (entry) => {
      const valid = recordEntrySchema.parse(entry);
      return commit((current) => upsertEntry(current, valid, max));
    },
    setAction: (itemId, action) => commit((current) => setAction(current, itemId, action)),
    clear: () => {
      saved = { log: [], setAside: [] };
      log = [];
      const result = storage.save(serialiseLog(log));
      unsaved = result.ok ? [] : [() => []];
      return result;
    },
    toCsv: () => toCsv(log),
    onChange: (listener) =>
      storage.onChange(() => {
        reread();
        listener();
      }),
  };
}
