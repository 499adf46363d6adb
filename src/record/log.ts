import type { RecordEntry, UserAction } from "./entry";

/** The log, oldest first. Every function here returns a new array and leaves its input alone. */
export type RecordLog = readonly RecordEntry[];

export const MAX_ENTRIES = 500;

/** Keeps the newest `max` entries. */
export function capLog(log: RecordLog, max: number = MAX_ENTRIES): RecordLog {
  return log.length > max ? log.slice(log.length - max) : log;
}

/**
 * Adds the entry, or replaces the one for the same item (a re-check), keeping what the user
 * already said they did. The entry moves to the newest end; the oldest are dropped past `max`.
 */
export function upsertEntry(log: RecordLog, entry: RecordEntry, max: number = MAX_ENTRIES): RecordLog {
  const previous = log.find((existing) => existing.itemId === entry.itemId);
  const merged = previous ? { ...entry, action: previous.action } : entry;
  return capLog([...log.filter((existing) => existing.itemId !== entry.itemId), merged], max);
}

/** Records what the user did about an item. Unknown items leave the log as it was. */
export function setAction(log: RecordLog, itemId: string, action: UserAction): RecordLog {
  if (!log.some((entry) => entry.itemId === itemId)) return log;
  return log.map((entry) => (entry.itemId === itemId ? { ...entry, action } : entry));
}
