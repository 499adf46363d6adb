import {
  formatIssued,
  VERDICT_TITLES,
  type Analysis,
  type Evidence,
  type Person,
  type Policy,
  type Verdict,
} from "../core";
import type { Paint } from "./colour";
import type { Outcome } from "./process-file";

const WHERE: Readonly<Record<Evidence["source"], string>> = {
  subject: "subject",
  body: "body",
  recurrence: "recurrence",
  attendees: "attendees",
};

const ATTENDANCE: Readonly<Record<Person["attendance"], string>> = {
  organizer: "organizer",
  required: "required",
  optional: "optional",
  "named-in-body": "named in the body",
};

/** Control characters in a file's text could move the cursor or recolour the terminal. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "?");
}

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line) => (line ? prefix + line : line))
    .join("\n");
}

export function standingLine(policy: Policy, paint: Paint): string {
  const { directive } = policy;
  const standing =
    directive.status === "in-force" ? paint.bold("in force") : paint.yellow(paint.bold("withdrawn"));
  return `${directive.issuer}: "${directive.title}" (${formatIssued(directive.issued)}) is ${standing}.\n${paint.dim(directive.statusNote)}\n`;
}

function paintVerdict(verdict: Verdict, paint: Paint): string {
  const name = VERDICT_TITLES[verdict];
  if (verdict === "directive-applies") return paint.red(paint.bold(name));
  if (verdict === "unclear") return paint.yellow(paint.bold(name));
  return paint.green(paint.bold(name));
}

function evidenceLine(entry: Evidence): string {
  const weight = entry.weight > 0 ? `+${entry.weight}` : entry.weight < 0 ? `${entry.weight}` : "";
  const score = weight ? ` (${weight})` : "";
  return `- ${WHERE[entry.source]}: "${entry.quote}": ${entry.label}, ${entry.meaning}${score}`;
}

function personLine(person: Person): string {
  const address = person.email ? ` <${person.email}>` : "";
  const list = person.isDistributionList ? ", distribution list" : "";
  const role = person.role
    ? `${person.role.label} (from ${person.role.source.replace("-", " ")}: "${person.role.quote}")`
    : "role unknown";
  const mine = person.isMyManagerCasework ? ", your Manager Casework" : "";
  return `- ${person.name}${address}: ${ATTENDANCE[person.attendance]}${list}, ${role}${mine}`;
}

function noteLines(notes: readonly string[], paint: Paint): string[] {
  return notes.map((note) => paint.dim(`Note: ${note}`));
}

function analysisReport(
  outcome: Extract<Outcome, { kind: "analysis" }>,
  showReply: boolean,
  paint: Paint,
): string {
  const analysis: Analysis = outcome.analysis;
  const lines = [
    paint.bold(`${outcome.file}`) + paint.dim(`  "${outcome.snapshot.item.subject}"`),
    ...(outcome.when ? [`When: ${outcome.when}`] : []),
    ...noteLines(outcome.notes, paint),
    `Verdict: ${paintVerdict(analysis.verdict, paint)}`,
    analysis.headline,
    `Advice: ${analysis.advice}`,
    ...analysis.checks.map((check) => `Check: ${check}`),
  ];
  if (analysis.evidence.length > 0)
    lines.push("Evidence:", ...analysis.evidence.map((entry) => `  ${evidenceLine(entry)}`));
  if (analysis.people.length > 0)
    lines.push("People:", ...analysis.people.map((person) => `  ${personLine(person)}`));
  if (showReply && outcome.reply) {
    lines.push(
      `Reply (${outcome.reply.templateId}):`,
      `  Subject: ${outcome.reply.subject}`,
      indent(outcome.reply.text, "  "),
    );
  }
  return printable(lines.join("\n")) + "\n\n";
}

export function textReport(outcome: Outcome, showReply: boolean, paint: Paint): string {
  switch (outcome.kind) {
    case "analysis":
      return analysisReport(outcome, showReply, paint);
    case "not-request":
      return printable(
        [
          paint.bold(outcome.file),
          ...noteLines(outcome.notes, paint),
          `Not a meeting request: ${outcome.reason}.`,
        ]
          .join("\n")
          .concat("\n\n"),
      );
    case "skipped":
      return printable(paint.dim(`${outcome.file}: skipped (${outcome.reason})`)) + "\n\n";
    case "error":
      return "";
  }
}

export function errorLine(outcome: Extract<Outcome, { kind: "error" }>): string {
  return printable(`qa-meeting-check: ${outcome.file}: ${outcome.problem}`) + "\n";
}
