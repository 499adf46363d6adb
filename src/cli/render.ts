import type { CliOptions } from "./args";
import type { Paint } from "./colour";
import { csvLine } from "./csv-report";
import { jsonLine } from "./json-report";
import type { Outcome } from "./process-file";
import { errorLine, textReport } from "./text-report";

/** One input's report, ready to write: what goes to stdout and stderr, and whether it failed. */
export interface Rendered {
  stdout: string;
  stderr: string;
  failed: boolean;
  /** With --record: the invite's row for the record file ("" when it was not judged). */
  record?: string;
}

export function render(outcome: Outcome, options: CliOptions, paint: Paint): Rendered {
  const failed = outcome.kind === "error";
  if (options.format === "json") return { stdout: jsonLine(outcome), stderr: "", failed };
  const stderr = outcome.kind === "error" ? errorLine(outcome) : "";
  const stdout = options.format === "csv" ? csvLine(outcome) : textReport(outcome, options.showReply, paint);
  return { stdout, stderr, failed };
}
