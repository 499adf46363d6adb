import { csvRow } from "../core/csv";
import type { RecordEntry } from "./entry";
import type { RecordLog } from "./log";

/** A row of the record's CSV: an entry without the mailbox's own id for the item, which stays on the device. */
export type RecordRow = Omit<RecordEntry, "itemId">;

/**
 * The record's columns, in order: the one definition that the pane's Export record, the command
 * line's --record and its summary share. Files are read by the columns' names, so a record exported
 * before the meeting's time, location, member and policy were kept still reads (FIRST_COLUMNS).
 */
export const CSV_HEADER = [
  "Checked",
  "Meeting start",
  "Subject",
  "Location",
  "Organizer",
  "Organizer email",
  "Organizer role",
  "Other people",
  "Their roles",
  "Verdict",
  "Main reasons",
  "What I did",
  "Member",
  "Member email",
  "Policy",
  "Policy version",
] as const;

export type CsvColumn = (typeof CSV_HEADER)[number];
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

/** How lists are joined within one cell. */
export const ROLE_SEPARATOR = "; ";
export const REASON_SEPARATOR = " | ";

/** A row's cells by column. Reading (./read-csv.ts) takes the same names back. */
export function cellsOf(row: RecordRow): Record<CsvColumn, string> {
  return {
    Checked: row.checkedAt,
    Subject: row.subject,
    Organizer: row.organizer.name,
    "Organizer email": row.organizer.email,
    "Other people": String(row.otherPeople),
    "Their roles": row.roles.join(ROLE_SEPARATOR),
    Verdict: row.verdict,
    "Main reasons": row.reasons.join(REASON_SEPARATOR),
    "What I did": row.action,
    "Meeting start": row.meetingStart,
    Location: row.location,
    "Organizer role": row.organizer.role,
    Member: row.member.name,
    "Member email": row.member.email,
    Policy: row.policy.id,
    "Policy version": row.policy.version,
  };
}

/** The header row, with its CRLF line end. */
export function csvHeaderRow(): string {
  return csvRow(CSV_HEADER);
}

/** One row of the record, with its CRLF line end: cells quoted and formula-neutralised by csvRow. */
export function recordCsvRow(row: RecordRow): string {
  const cells = cellsOf(row);
  return csvRow(CSV_HEADER.map((column) => cells[column]));
}

/** The record as CSV: a header row, one row per entry, CRLF line ends (RFC 4180). */
export function toCsv(log: RecordLog): string {
  return csvHeaderRow() + log.map(recordCsvRow).join("");
}
