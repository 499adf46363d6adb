import { csvRow } from "../core/csv";
import type { RecordEntry } from "./entry";
import type { RecordLog } from "./log";

/** A row of the record's CSV: an entry without the mailbox's own id for the item, which stays on the device. */
export type RecordRow = Omit<RecordEntry, "itemId">;

/** How lists are joined within one cell. */
export const ROLE_SEPARATOR = "; ";
export const REASON_SEPARATOR = " | ";

/**
 * The record's columns, in order, and each one's cell: the one definition that the pane's Export
 * record, the command line's --record and its summary (./read-csv.ts) share. Files are read by the
 * columns' names, so a record exported before the meeting's time, location, member and policy were
 * kept still reads (FIRST_COLUMNS).
 */
const COLUMNS = [
  ["Checked", (row) => row.checkedAt],
  ["Meeting start", (row) => row.meetingStart],
  ["Subject", (row) => row.subject],
  ["Location", (row) => row.location],
  ["Organizer", (row) => row.organizer.name],
  ["Organizer email", (row) => row.organizer.email],
  ["Organizer role", (row) => row.organizer.role],
  ["Other people", (row) => String(row.otherPeople)],
  ["Their roles", (row) => row.roles.join(ROLE_SEPARATOR)],
  ["Verdict", (row) => row.verdict],
  ["Main reasons", (row) => row.reasons.join(REASON_SEPARATOR)],
  ["What I did", (row) => row.action],
  ["Member", (row) => row.member.name],
  ["Member email", (row) => row.member.email],
  ["Policy", (row) => row.policy.id],
  ["Policy version", (row) => row.policy.version],
] as const satisfies readonly (readonly [string, (row: RecordRow) => string])[];

export type CsvColumn = (typeof COLUMNS)[number][0];

export const CSV_HEADER: readonly CsvColumn[] = COLUMNS.map(([header]) => header);

/** The columns every record has had since the first version; the others may be missing from older files. */
export const FIRST_COLUMNS: readonly CsvColumn[] = [
  "Checked",
  "Subject",
  "Organizer",
  "Organizer email",
  "Other people",
  "Their roles",
  "Verdict",
  "Main reasons",
  "What I did",
];

/** The header row, with its CRLF line end. */
export function csvHeaderRow(): string {
  return csvRow(CSV_HEADER);
}

/** One row of the record, with its CRLF line end: cells quoted and formula-neutralised by csvRow. */
export function recordCsvRow(row: RecordRow): string {
  return csvRow(COLUMNS.map(([, cell]) => cell(row)));
}

/** The record as CSV: a header row, one row per entry, CRLF line ends (RFC 4180). */
export function toCsv(log: RecordLog): string {
  return csvHeaderRow() + log.map(recordCsvRow).join("");
}
