import { analyze, parseSnapshot, VERDICTS, type Analysis, type Policy, type Verdict } from "../core";
import type { Corpus, LabelledCase } from "./corpus";

/** What the engine made of one labelled case. */
export type Actual = Verdict | "not-request" | "unreadable";
export const ACTUALS: readonly Actual[] = [...VERDICTS, "not-request", "unreadable"];

export interface CaseResult {
  id: string;
  expect: Verdict[];
  actual: Actual;
  right: boolean;
  /** The expected verdict is only directive-applies, and the engine said one-to-one or not-qa-review. */
  missedPanel: boolean;
  /** The engine said directive-applies, and that is not among the expected verdicts. */
  falseAlarm: boolean;
  note: string | undefined;
  /** The engine's headline and evidence, or why the file gave none. */
  headline: string;
  evidence: string[];
}

export interface CorpusScore {
  corpus: string;
  total: number;
  right: number;
  missedPanels: number;
  falseAlarms: number;
  /** confusion[expected][actual]: cases by their first expected verdict and the engine's. */
  confusion: Record<Verdict, Record<Actual, number>>;
  results: CaseResult[];
}

function evidenceLines(analysis: Analysis): string[] {
  return analysis.evidence.map((entry) => {
    const weight = entry.weight === 0 ? "" : ` (${entry.weight > 0 ? "+" : ""}${entry.weight})`;
    return `${entry.source}: "${entry.quote}": ${entry.label}${weight}`;
  });
}

async function judge(labelled: LabelledCase, policy: Policy): Promise<CaseResult> {
  const reading = await labelled.read();
  let actual: Actual;
  let headline: string;
  let evidence: string[] = [];
  if (reading.kind === "invite") {
    try {
      const analysis = analyze(parseSnapshot(reading.snapshot), policy);
      actual = analysis.verdict;
      headline = analysis.headline;
      evidence = [...evidenceLines(analysis), ...analysis.checks.map((check) => `check: ${check}`)];
    } catch (error) {
      actual = "unreadable";
      headline = (error as Error).message;
    }
  } else if (reading.kind === "not-request") {
    actual = "not-request";
    headline = reading.reason;
  } else {
    actual = "unreadable";
    headline = reading.problem;
  }
  const onlyPanel = labelled.expect.length === 1 && labelled.expect[0] === "directive-applies";
  return {
    id: labelled.id,
    expect: labelled.expect,
    actual,
    right: (labelled.expect as Actual[]).includes(actual),
    missedPanel: onlyPanel && (actual === "one-to-one" || actual === "not-qa-review"),
    falseAlarm: actual === "directive-applies" && !labelled.expect.includes("directive-applies"),
    note: labelled.note,
    headline,
    evidence,
  };
}

function emptyConfusion(): CorpusScore["confusion"] {
  const row = () => Object.fromEntries(ACTUALS.map((actual) => [actual, 0])) as Record<Actual, number>;
  return Object.fromEntries(VERDICTS.map((verdict) => [verdict, row()])) as CorpusScore["confusion"];
}

export async function scoreCorpus(corpus: Corpus, policy: Policy): Promise<CorpusScore> {
  const results: CaseResult[] = [];
  for (const labelled of corpus.cases) results.push(await judge(labelled, policy));
  const confusion = emptyConfusion();
  for (const result of results) {
    const expected = result.right ? (result.actual as Verdict) : (result.expect[0] ?? "unclear");
    confusion[expected][result.actual] += 1;
  }
  return {
    corpus: corpus.name,
    total: results.length,
    right: results.filter((result) => result.right).length,
    missedPanels: results.filter((result) => result.missedPanel).length,
    falseAlarms: results.filter((result) => result.falseAlarm).length,
    confusion,
    results,
  };
}
