import type { Outcome } from "./process-file";

const notesOf = (notes: string[]) => (notes.length > 0 ? { notes } : {});

function analysisObject(outcome: Extract<Outcome, { kind: "analysis" }>) {
  const { analysis, snapshot, reply } = outcome;
  return {
    file: outcome.file,
    verdict: analysis.verdict,
    subject: snapshot.item.subject,
    ...(outcome.when ? { when: outcome.when } : {}),
    headline: analysis.headline,
    advice: analysis.advice,
    checks: analysis.checks,
    evidence: analysis.evidence,
    people: analysis.people.map(({ key: _key, ...person }) => person),
    ...(reply ? { reply } : {}),
    ...notesOf(outcome.notes),
  };
}

/** One line of JSON per input. */
export function jsonLine(outcome: Outcome): string {
  switch (outcome.kind) {
    case "analysis":
      return JSON.stringify(analysisObject(outcome)) + "\n";
    case "not-request":
      return (
        JSON.stringify({ file: outcome.file, notRequest: outcome.reason, ...notesOf(outcome.notes) }) + "\n"
      );
    case "skipped":
      return JSON.stringify({ file: outcome.file, skipped: outcome.reason }) + "\n";
    case "error":
      return JSON.stringify({ file: outcome.file, error: outcome.problem }) + "\n";
  }
}
