import type { CompiledPolicy } from "./compiled-policy";
import type { Signal } from "./policy";
import type { Person } from "./people";
import type { InviteItem } from "./snapshot";
import { findAll, type FoldedText, type Match, maskAll, quoteOf } from "./text";

export type EvidenceSource = "subject" | "body" | "recurrence" | "attendees";

export interface Evidence {
  source: EvidenceSource;
  /** The exact words matched, as the invite wrote them. */
  quote: string;
  label: string;
  meaning: string;
  /** What it adds to the QA-review score: positive for, negative against, 0 for a look-alike set aside. */
  weight: number;
  /** signal/context/mask: words; recurrence; role: an attendee's role strengthening; people: who will be there. */
  kind: Signal["kind"] | "recurrence" | "role" | "people";
  /** For a textual signal: how the headline names such a review. */
  reviewName?: string;
}

export type QaLevel = "qa-review" | "weak" | "none";

export interface QaAssessment {
  level: QaLevel;
  score: number;
  threshold: number;
  evidence: Evidence[];
}

/** Blanks a sign-off and what follows it, so a signature's job title is not read as a QA word. */
export function stripSignature(policy: CompiledPolicy, body: FoldedText): void {
  maskAll(body, findAll(body, policy.signature));
}

/** Blanks boilerplate: Teams and Zoom blocks, Outlook's preamble, Google's footer, "FW:" prefixes. */
export function stripBoilerplate(policy: CompiledPolicy, subject: FoldedText, body: FoldedText): void {
  const prefix = policy.subjectPrefix.exec(subject.folded);
  if (prefix) maskAll(subject, [{ start: 0, end: prefix[0].length }]);
  for (const pattern of policy.bodyBoilerplate) maskAll(body, findAll(body, pattern));
}

interface Field {
  source: "subject" | "body";
  text: FoldedText;
  /** Characters an earlier signal already matched. */
  taken: Uint8Array;
}

/** Keeps the matches that overlap nothing taken, and takes their characters. */
function takeFree(field: Field, matches: readonly Match[]): Match[] {
  const free = matches.filter((match) =>
    field.taken.subarray(match.start, match.end).every((byte) => byte === 0),
  );
  for (const match of free) field.taken.fill(1, match.start, match.end);
  return free;
}

/**
 * Scores the subject and body. Each signal counts once, quoted where first found (subject first).
 * Words a signal matched are taken, so "Quality Assurance Framework" cannot count again as "quality assurance".
 */
function textualEvidence(policy: CompiledPolicy, fields: readonly Field[]): Evidence[] {
  const evidence: Evidence[] = [];
  const found = new Set<string>();
  for (const { signal, pattern } of policy.signals) {
    let first: { field: Field; match: Match } | undefined;
    for (const field of fields) {
      const [match] = takeFree(field, findAll(field.text, pattern));
      if (match && !first) first = { field, match };
    }
    if (!first) continue;
    found.add(signal.id);
    if (signal.suppressedBy?.some((id) => found.has(id))) continue;
    evidence.push({
      source: first.field.source,
      quote: quoteOf(first.field.text, first.match),
      label: signal.label,
      meaning: signal.meaning,
      weight: signal.weight,
      kind: signal.kind,
      ...(signal.reviewName ? { reviewName: signal.reviewName } : {}),
    });
  }
  return evidence;
}

/** Recurrence and the roles present only strengthen a meeting the words already point to. */
function supportingEvidence(policy: CompiledPolicy, item: InviteItem, people: readonly Person[]): Evidence[] {
  const evidence: Evidence[] = [];
  const recurrence = item.recurrence
    ? policy.policy.detection.recurrence[item.recurrence.recurrenceType]
    : undefined;
  if (item.recurrence && recurrence) {
    evidence.push({
      source: "recurrence",
      quote: `repeats ${item.recurrence.recurrenceType}`,
      label: `${item.recurrence.recurrenceType} meeting`,
      meaning: recurrence.meaning,
      weight: recurrence.weight,
      kind: "recurrence",
    });
  }
  for (const [roleId, weight] of Object.entries(policy.policy.detection.roleWeights)) {
    const person = people.find((candidate) => candidate.role?.id === roleId);
    if (!person?.role) continue;
    evidence.push({
      source: "attendees",
      quote: `${person.name} (${person.role.label})`,
      label: person.role.label,
      meaning: weight.meaning,
      weight: weight.weight,
      kind: "role",
    });
  }
  return evidence;
}

export function assessQa(
  policy: CompiledPolicy,
  item: InviteItem,
  subject: FoldedText,
  body: FoldedText,
  people: readonly Person[],
): QaAssessment {
  const textual = textualEvidence(policy, [
    { source: "subject", text: subject, taken: new Uint8Array(subject.folded.length) },
    { source: "body", text: body, taken: new Uint8Array(body.folded.length) },
  ]);
  const textScore = textual.reduce((sum, entry) => sum + entry.weight, 0);
  const supporting = textScore > 0 ? supportingEvidence(policy, item, people) : [];
  const evidence = [...textual, ...supporting];
  const score = evidence.reduce((sum, entry) => sum + entry.weight, 0);
  const threshold = policy.policy.detection.qaThreshold;
  const level: QaLevel = score >= threshold ? "qa-review" : score > 0 ? "weak" : "none";
  return { level, score, threshold, evidence };
}
