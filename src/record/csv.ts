import { csvRow } from "../core/csv";
import type { RecordLog } from "./log";

export const CSV_HEADER = [
  "Checked",
  "Subject",
  "Organizer",
  "Organizer email",
  "Other people",
  "Their roles",
  "Verdict",
  "Main reasons",
  "What I did",
] as const;

/** The record as CSV: a header row, one row per entry, CRLF line ends (RFC 4180). */
export function toCsv(log: RecordLog): string {
  const rows = log.map((entry) =>
    csvRow([
      entry.checkedAt,
      entry.subject,
      entry.organizer.name,
      entry.organizer.email,
      String(entry.otherPeople),
      entry.roles.join("; "),
      entry.verdict,
      entry.reasons.join(" | "),
      entry.action,
    ]),
  );
  return csvRow(CSV_HEADER) + rows.join("");
}
