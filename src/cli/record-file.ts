import { appendFileSync, closeSync, openSync, readSync, statSync, writeFileSync } from "node:fs";
import { csvHeaderRow, recordCsvRow } from "../record/csv";
import { entryFromAnalysis } from "../record/entry";
import { UsageError } from "./args";
import { cannotWrite } from "./cannot-write";
import type { Outcome } from "./process-file";
import type { RunSettings } from "./settings";

/** The byte order mark Export record starts with, so spreadsheets read the file as UTF-8. */
const BOM = "\uFEFF";

/** The record row for a judged invite, as the pane's record keeps it; "" for anything else. */
export function recordLine(outcome: Outcome, settings: RunSettings, checkedAt: Date = new Date()): string {
  if (outcome.kind !== "analysis") return "";
  const { snapshot, analysis } = outcome;
  return recordCsvRow(
    entryFromAnalysis({
      itemId: snapshot.item.itemId ?? outcome.file,
      snapshot,
      analysis,
      policy: settings.policy,
      checkedAt,
    }),
  );
}

/** The file's size; 0 when it does not exist yet. */
function sizeOf(path: string): number {
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw cannotWrite("--record", path, error);
  }
  if (info.isDirectory()) throw new UsageError(`--record ${path}: is a folder`);
  return info.size;
}

/** The first bytes of a file, and whether it ends with a line break. */
function peek(path: string, size: number): { start: string; endsWithNewline: boolean } {
  const descriptor = openSync(path, "r");
  try {
    const head = Buffer.alloc(Math.min(size, 64 * 1024));
    readSync(descriptor, head, 0, head.length, 0);
    const last = Buffer.alloc(1);
    readSync(descriptor, last, 0, 1, size - 1);
    return { start: head.toString("utf8"), endsWithNewline: last[0] === 0x0a };
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Opens the record file for --record: makes it with its header when it is missing or empty, and
 * refuses one whose first row is not the record's columns, so rows never land under other columns.
 * Returns a function that appends rows. Throws UsageError before any invite is read.
 */
export function openRecordFile(path: string): (rows: string) => void {
  const append = (rows: string) => {
    try {
      appendFileSync(path, rows, "utf8");
    } catch (error) {
      throw cannotWrite("--record", path, error);
    }
  };
  const size = sizeOf(path);
  if (size === 0) {
    try {
      writeFileSync(path, BOM + csvHeaderRow(), "utf8");
    } catch (error) {
      throw cannotWrite("--record", path, error);
    }
    return append;
  }
  const { start, endsWithNewline } = peek(path, size);
  const header = csvHeaderRow();
  if (!(start.startsWith(BOM) ? start.slice(BOM.length) : start).startsWith(header)) {
    throw new UsageError(
      `--record ${path}: its first row is not the record's columns (a record from another version, or not a record); name a new file`,
    );
  }
  if (!endsWithNewline) append("\r\n");
  return append;
}
