import { VERDICTS } from "../core";
import { ACTUALS, type CaseResult, type CorpusScore } from "./score";

const percent = (part: number, whole: number) =>
  whole === 0 ? "-" : `${((100 * part) / whole).toFixed(1)}%`;

function table(rows: readonly string[][]): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows
    .map((row) => row.map((cell, column) => cell.padStart(widths[column] ?? 0)).join("  "))
    .join("\n");
}

function confusionTable(score: CorpusScore): string {
  const used = ACTUALS.filter((actual) => VERDICTS.some((verdict) => score.confusion[verdict][actual] > 0));
  const columns = [...new Set([...VERDICTS, ...used])];
  const header = ["expected \\ engine", ...columns];
  const rows = VERDICTS.map((verdict) => [
    verdict,
    ...columns.map((actual) => String(score.confusion[verdict][actual])),
  ]);
  return table([header, ...rows]);
}

function missLines(result: CaseResult): string {
  const flags = [result.missedPanel ? "MISSED PANEL" : "", result.falseAlarm ? "FALSE ALARM" : ""]
    .filter(Boolean)
    .join(", ");
  const lines = [
    `- ${result.id}: expected ${result.expect.join(" or ")}, engine said ${result.actual}${flags ? ` [${flags}]` : ""}`,
    ...(result.note ? [`    note: ${result.note}`] : []),
    `    engine: ${result.headline}`,
    ...result.evidence.map((line) => `      ${line}`),
  ];
  return lines.join("\n");
}

export function textReport(score: CorpusScore, withMisses = true): string {
  const misses = withMisses ? score.results.filter((result) => !result.right) : [];
  return [
    `## ${score.corpus}`,
    `right ${score.right}/${score.total} (${percent(score.right, score.total)}), missed panels ${score.missedPanels}, false alarms ${score.falseAlarms}`,
    "",
    confusionTable(score),
    ...(misses.length > 0 ? ["", "wrong:", ...misses.map(missLines)] : []),
    "",
  ].join("\n");
}

export function totalLine(scores: readonly CorpusScore[]): string {
  const sum = (pick: (score: CorpusScore) => number) =>
    scores.reduce((total, score) => total + pick(score), 0);
  const right = sum((score) => score.right);
  const total = sum((score) => score.total);
  return `all: right ${right}/${total} (${percent(right, total)}), missed panels ${sum((score) => score.missedPanels)}, false alarms ${sum((score) => score.falseAlarms)}\n`;
}

/** JSON lines: one per case, then one summary per corpus. */
export function jsonLines(score: CorpusScore): string {
  const cases = score.results.map((result) =>
    JSON.stringify({ type: "case", corpus: score.corpus, ...result }),
  );
  const { results: _results, ...summary } = score;
  return [...cases, JSON.stringify({ type: "corpus", ...summary })].join("\n") + "\n";
}
