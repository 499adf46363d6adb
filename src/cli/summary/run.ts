import { writeFileSync } from "node:fs";
import { summarise } from "../../record/summary";
import type { SummaryCliOptions } from "../args";
import { cannotWrite } from "../cannot-write";
import { printable } from "../text-report";
import { htmlReport } from "./html-report";
import { readRecords, type RecordFile } from "./read-records";
import { textSummary } from "./text-summary";

/** Past this many problems in one file, the rest are counted in one line. */
const PROBLEMS_PER_FILE = 5;

function problemLines(file: RecordFile): string[] {
  const lines = file.problems
    .slice(0, PROBLEMS_PER_FILE)
    .map((problem) =>
      problem.rowNumber > 0
        ? `qa-meeting-check: ${file.path}, row ${problem.rowNumber}: ${problem.message}`
        : `qa-meeting-check: ${file.path}: ${problem.message}`,
    );
  const more = file.problems.length - PROBLEMS_PER_FILE;
  if (more > 0) lines.push(`qa-meeting-check: ${file.path}: ${more} more rows could not be read`);
  return lines.map(printable);
}

/**
 * `qa-meeting-check summary`: reads the records, merges them, writes the HTML report and prints
 * the totals. Returns 1 when any file or row could not be read (the rest is still in the report).
 */
export async function runSummary(
  options: SummaryCliOptions,
  io: { stdout(text: string): void; stderr(text: string): void },
  version: string,
): Promise<number> {
  const { files, rows } = await readRecords(options.inputs);
  for (const file of files) for (const line of problemLines(file)) io.stderr(`${line}\n`);
  const summary = summarise(rows, options);
  const html = htmlReport({ ...options, summary, files, version, generatedAt: new Date() });
  try {
    writeFileSync(options.out, html, "utf8");
  } catch (error) {
    throw cannotWrite("--out", options.out, error);
  }
  io.stdout(textSummary(summary, files.filter((file) => file.isRecord).length, options.out));
  return files.some((file) => file.problems.length > 0) ? 1 : 0;
}
