import { readFile, stat } from "node:fs/promises";
import { checkSize, FormatError } from "../../formats";
import { decodeText } from "../../formats/bytes";
import { readRecordCsv, type RowProblem } from "../../record/read-csv";
import type { SourcedRow } from "../../record/summary";
import { collectInputs } from "../inputs";

/** One file given to summary, as it was read. */
export interface RecordFile {
  path: string;
  /** Rows read from it. */
  rows: number;
  /** Whether it was a record at all; if not, `problems` says why. */
  isRecord: boolean;
  /** What could not be read; row 0 for the file as a whole (missing, not text). */
  problems: RowProblem[];
}

export interface ReadRecords {
  files: RecordFile[];
  rows: SourcedRow[];
}

function openProblem(error: unknown): string {
  if (error instanceof FormatError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder";
  return "the file could not be read";
}

const unreadableFile = (path: string, message: string): RecordFile => ({
  path,
  rows: 0,
  isRecord: false,
  problems: [{ rowNumber: 0, message }],
});

async function readOne(path: string): Promise<{ file: RecordFile; rows: SourcedRow[] }> {
  const unreadable = (message: string) => ({ file: unreadableFile(path, message), rows: [] });
  let text: string;
  try {
    checkSize((await stat(path)).size);
    text = decodeText(await readFile(path)).text;
  } catch (error) {
    return unreadable(openProblem(error));
  }
  const reading = readRecordCsv(text);
  const rows = reading.rows.map(({ row, rowNumber }) => ({ row, rowNumber, file: path }));
  return {
    file: {
      path,
      rows: rows.length,
      isRecord: !reading.notRecord,
      problems: reading.notRecord ? [reading.notRecord] : reading.problems,
    },
    rows,
  };
}

/** Reads every record file named, and every .csv file in the folders named. Never throws. */
export async function readRecords(inputs: readonly string[]): Promise<ReadRecords> {
  const { files, missing } = await collectInputs(inputs, [".csv"]);
  const read = await Promise.all(files.map((file) => readOne(file.path)));
  return {
    files: [
      ...missing.map(({ path, problem }) => unreadableFile(path, problem)),
      ...read.map(({ file }) => file),
    ],
    rows: read.flatMap(({ rows }) => rows),
  };
}
