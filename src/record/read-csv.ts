import { parse, type CsvError } from "csv-parse/sync";
import { VERDICTS, type Verdict } from "../core";
import { csvValue } from "../core/csv";
import {
  CSV_HEADER,
  FIRST_COLUMNS,
  REASON_SEPARATOR,
  ROLE_SEPARATOR,
  type CsvColumn,
  type RecordRow,
} from "./csv";
import * as z from "../core/zod-mini";
import { MAX_REASONS, recordEntrySchema, USER_ACTIONS, type UserAction } from "./entry";

/** A row read from a record file, with its number there: the header is row 1. */
export interface NumberedRow {
  rowNumber: number;
  row: RecordRow;
}

export interface RowProblem {
  rowNumber: number;
  /** In the reader's words, without the file or row: "the verdict "maybe" is not one the record has". */
  message: string;
}

export interface RecordReading {
  rows: NumberedRow[];
  /** One for each row that could not be read: that row is left out, the others are read. */
  problems: RowProblem[];
  /** Set when the file is not a record at all (empty, or its first row does not name the record's columns): nothing was read. */
  notRecord: RowProblem | undefined;
}

const rowSchema = z.omit(recordEntrySchema, { itemId: true });

function quotingProblem(error: CsvError): string {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted cell is never closed, so the file could not be read from this row on";
    case "CSV_INVALID_CLOSING_QUOTE":
      return "broken quoting: text follows the quote that closes a cell";
    case "INVALID_OPENING_QUOTE":
      return "broken quoting: a quote inside a cell that does not start with one";
    default:
      return "the row could not be read as CSV";
  }
}

const isDate = (value: string) => !Number.isNaN(Date.parse(value));
const list = (cell: string, separator: string) => (cell === "" ? [] : cell.split(separator));

/** The reasons, at most MAX_REASONS: a separator inside a quoted reason joins the rest into the last. */
function reasonsOf(cell: string): string[] {
  const parts = list(cell, REASON_SEPARATOR);
  return parts.length <= MAX_REASONS
    ? parts
    : [...parts.slice(0, MAX_REASONS - 1), parts.slice(MAX_REASONS - 1).join(REASON_SEPARATOR)];
}

/** The row, or what is wrong with it in a reader's words. */
function rowFrom(value: (column: CsvColumn) => string): RecordRow | string {
  const checked = value("Checked");
  const start = value("Meeting start");
  const others = value("Other people");
  const verdict = value("Verdict");
  const action = value("What I did");
  if (!isDate(checked))
    return `Checked should be a date and time such as 2026-11-26T04:50:00.000Z, not "${checked}"`;
  if (start !== "" && !isDate(start)) return `Meeting start should be a date and time, not "${start}"`;
  if (!/^\d+$/.test(others)) return `Other people should be a whole number, not "${others}"`;
  if (!(VERDICTS as readonly string[]).includes(verdict))
    return `the verdict "${verdict}" is not one the record has (${VERDICTS.join(", ")})`;
  if (!(USER_ACTIONS as readonly string[]).includes(action))
    return `What I did "${action}" is not one the record has (${USER_ACTIONS.join(", ")})`;
  const row = rowSchema.safeParse({
    checkedAt: checked,
    meetingStart: start,
    subject: value("Subject"),
    location: value("Location"),
    organizer: { name: value("Organizer"), email: value("Organizer email"), role: value("Organizer role") },
    otherPeople: Number(others),
    roles: list(value("Their roles"), ROLE_SEPARATOR),
    verdict: verdict as Verdict,
    reasons: reasonsOf(value("Main reasons")),
    action: action as UserAction,
    member: { name: value("Member"), email: value("Member email") },
    policy: { id: value("Policy"), version: value("Policy version") },
  });
  return row.success ? row.data : "the row does not fit the record";
}

/**
 * Reads a record CSV, as Export record and --record write it (or a spreadsheet saves it back),
 * by its columns' names. Never throws: a row that cannot be read is a problem naming its row, and
 * the other rows are still read.
 */
export function readRecordCsv(text: string): RecordReading {
  const problems: RowProblem[] = [];
  // Rows are numbered as a spreadsheet shows them: a row that could not be read still has its number.
  let skipped = 0;
  const rowNumbers: number[] = [];
  const records = parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (record: string[], { records: read }) => {
      rowNumbers.push(read + skipped);
      return record;
    },
    on_skip: (error: CsvError | undefined) => {
      if (!error) return undefined;
      skipped += 1;
      problems.push({ rowNumber: Number(error.records) + skipped, message: quotingProblem(error) });
      return undefined;
    },
  });
  const parsed = records.map((record, index) => ({ record, rowNumber: rowNumbers[index] ?? 0 }));

  const [head, ...body] = parsed;
  const headerProblem = problems.find((problem) => problem.rowNumber === 1);
  if (!head || head.rowNumber !== 1 || headerProblem) {
    const message = headerProblem
      ? `the first row could not be read (${headerProblem.message}), so this is not a record`
      : "the file is empty";
    return { rows: [], problems: [], notRecord: { rowNumber: 1, message } };
  }
  const header = head.record.map((cell) => cell.trim());
  const missing = FIRST_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    return {
      rows: [],
      problems: [],
      notRecord: {
        rowNumber: 1,
        message: `not a QA Meeting Check record: the first row should name its columns (${CSV_HEADER.join(", ")}); it lacks ${missing.join(", ")}`,
      },
    };
  }

  const rows: NumberedRow[] = [];
  for (const { record, rowNumber } of body) {
    if (record.length !== header.length) {
      problems.push({
        rowNumber,
        message: `${record.length} ${record.length === 1 ? "cell" : "cells"} where the first row names ${header.length} columns`,
      });
      continue;
    }
    const value = (column: CsvColumn) => {
      const index = header.indexOf(column);
      return index < 0 ? "" : csvValue(record[index] ?? "");
    };
    const row = rowFrom(value);
    if (typeof row === "string") problems.push({ rowNumber, message: row });
    else rows.push({ rowNumber, row });
  }
  problems.sort((a, b) => a.rowNumber - b.rowNumber);
  return { rows, problems, notRecord: undefined };
}
