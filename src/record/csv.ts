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

/** Spreadsheets run cells that start with these as formulas (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a cell that a spreadsheet would read as a formula with an apostrophe, so it stays text. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF, and double its quotes. */
export function quoteField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function textCell(value: string): string {
  return quoteField(neutraliseFormula(value));
}

/** The record as CSV: a header row, one row per entry, CRLF line ends (RFC 4180). */
export function toCsv(log: RecordLog): string {
  const rows = log.map((entry) =>
    [
      textCell(entry.checkedAt),
      textCell(entry.subject),
      textCell(entry.organizer.name),
      textCell(entry.organizer.email),
      String(entry.otherPeople),
      textCell(entry.roles.join("; ")),
      textCell(entry.verdict),
      textCell(entry.reasons.join(" | ")),
      textCell(entry.action),
    ].join(","),
  );
  return [CSV_HEADER.join(","), ...rows].join("\r\n") + "\r\n";
}
