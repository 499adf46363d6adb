import type { Person } from "../core";
import { csvRow } from "../core/csv";
import type { Outcome } from "./process-file";

export const CSV_HEADER = ["file", "verdict", "subject", "organizer", "other_people", "roles", "reasons"];

function personName(person: Person): string {
  return person.email ? `${person.name} <${person.email}>` : person.name;
}

function analysisRow(outcome: Extract<Outcome, { kind: "analysis" }>): string {
  const { analysis, snapshot } = outcome;
  const others = analysis.people.filter((person) => person.attendance !== "organizer");
  const roles = analysis.people.map((person) => `${person.name}: ${person.role?.label ?? "unknown"}`);
  const reasons = analysis.evidence
    .filter((entry) => entry.kind !== "role" && entry.weight !== 0)
    .map((entry) => `${entry.label} ("${entry.quote}")`);
  return csvRow([
    outcome.file,
    analysis.verdict,
    snapshot.item.subject,
    analysis.organizer ? personName(analysis.organizer) : "",
    others.map(personName).join("; "),
    roles.join("; "),
    reasons.join("; "),
  ]);
}

export function csvHeader(): string {
  return csvRow(CSV_HEADER);
}

/** One row per input; inputs that could not be judged say why in "reasons". */
export function csvLine(outcome: Outcome): string {
  switch (outcome.kind) {
    case "analysis":
      return analysisRow(outcome);
    case "not-request":
      return csvRow([outcome.file, "not-a-request", "", "", "", "", outcome.reason]);
    case "skipped":
      return csvRow([outcome.file, "skipped", "", "", "", "", outcome.reason]);
    case "error":
      return csvRow([outcome.file, "error", "", "", "", "", outcome.problem]);
  }
}
