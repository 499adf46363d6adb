import { isNegated, type Segmented } from "./clauses";
import type { CompiledPolicy } from "./compiled-policy";
import type { Signal } from "./policy";
import type { Person } from "./people";
import type { Field, PurposeReading } from "./purpose";
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
  /**
   * signal/mask: QA words and look-alikes; own-work: the caseworker's own work looked at; purpose:
   * other business the meeting is for; disclaimer: the invite says nobody's work is looked at;
   * recurrence; role: an attendee's role strengthening; people: who will be there.
   */
  kind: Signal["kind"] | "own-work" | "purpose" | "disclaimer" | "recurrence" | "role" | "people";
  /** For a textual signal: how the headline names such a review. */
  reviewName?: string;
}

export type QaLevel = "qa-review" | "weak" | "none";

export interface QaAssessment {
  level: QaLevel;
  score: number;
  threshold: number;
  evidence: Evidence[];
  /** Why the level is what it is, when the words alone would say otherwise. */
  conflict: string | undefined;
}

/** Blanks a sign-off and what follows it, so a signature's job title is not read as a QA word. */
export function stripSignature(policy: CompiledPolicy, body: FoldedText): void {
  maskAll(body, findAll(body, policy.signature));
}

/** Blanks boilerplate: Teams and Zoom blocks, Outlook's preamble, Google's footer, "FW:" prefixes. */
export function stripBoilerplate(policy: CompiledPolicy, subject: FoldedText, body: FoldedText): void {
  const prefix = policy.subjectPrefix.exec(subject.folded);
  if (prefix) maskAll(subject, [{ start: 0, end: prefix[0].length }]);
  for (const { pattern, requires, inSubject } of policy.bodyBoilerplate) {
    for (const field of inSubject ? [subject, body] : [body]) {
      if (requires && !requires.some((literal) => field.folded.includes(literal))) continue;
      maskAll(field, findAll(field, pattern));
    }
  }
}

export interface TextField {
  source: Field;
  segmented: Segmented;
}

/** A QA word found, where, and whether the invite says it is not so ("not a QAMT review as such"). */
export interface TopicHit {
  signal: Signal;
  source: Field;
  match: Match;
  negated: boolean;
}

interface Taken {
  field: TextField;
  /** Characters an earlier signal already matched. */
  taken: Uint8Array;
}

/** Keeps the matches that overlap nothing taken, and takes their characters. */
function takeFree(field: Taken, matches: readonly Match[]): Match[] {
  const free = matches.filter((match) =>
    field.taken.subarray(match.start, match.end).every((byte) => byte === 0),
  );
  for (const match of free) field.taken.fill(1, match.start, match.end);
  return free;
}

/**
 * Every QA word and look-alike, in policy order. Words a signal matched are taken, so "Quality
 * Assurance Framework" cannot count again as "quality assurance".
 */
export function topicHits(policy: CompiledPolicy, fields: readonly TextField[]): TopicHit[] {
  const taken = fields.map((field) => ({ field, taken: new Uint8Array(field.segmented.text.folded.length) }));
  const hits: TopicHit[] = [];
  for (const { signal, pattern } of policy.signals) {
    for (const entry of taken) {
      for (const match of takeFree(entry, findAll(entry.field.segmented.text, pattern))) {
        hits.push({
          signal,
          source: entry.field.source,
          match,
          negated: isNegated(entry.field.segmented, match),
        });
      }
    }
  }
  return hits;
}

/** The first index in spans (sorted by start) whose start is at least `position`. */
function firstAtOrAfter(spans: readonly Match[], position: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.start ?? 0) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Where the QA words that count, and the look-alikes set aside, lie in each field: asked of spans by binary search. */
export class HitIndex {
  private readonly topics = new Map<Field, Match[]>();
  private readonly masks = new Map<Field, Match[]>();

  constructor(hits: readonly TopicHit[]) {
    for (const hit of hits) {
      const counts = !hit.negated && hit.signal.kind === "signal" && hit.signal.weight >= 2;
      const list = hit.signal.kind === "mask" ? this.masks : counts ? this.topics : undefined;
      if (!list) continue;
      const spans = list.get(hit.source);
      if (spans) spans.push(hit.match);
      else list.set(hit.source, [hit.match]);
    }
    for (const spans of [...this.topics.values(), ...this.masks.values()])
      spans.sort((a, b) => a.start - b.start);
  }

  /** Whether a counting QA word (not a look-alike, not negated) lies inside [start, end). */
  topicWithin(source: Field, start: number, end: number): boolean {
    const spans = this.topics.get(source) ?? [];
    const next = spans[firstAtOrAfter(spans, start)];
    return next !== undefined && next.end <= end;
  }

  /** Whether a look-alike overlaps [start, end); look-alikes never overlap one another. */
  maskedWithin(source: Field, start: number, end: number): boolean {
    const spans = this.masks.get(source) ?? [];
    const before = spans[firstAtOrAfter(spans, end) - 1];
    return before !== undefined && before.end > start;
  }
}

function textOf(fields: readonly TextField[], source: Field): FoldedText | undefined {
  return fields.find((field) => field.source === source)?.segmented.text;
}

/** Each signal counts once, quoted where first found (subject first); negated ones are shown, not counted. */
function signalEvidence(hits: readonly TopicHit[], fields: readonly TextField[]): Evidence[] {
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  const found = new Set<string>();
  const ordered = [...hits].sort((a, b) => (a.source === b.source ? 0 : a.source === "subject" ? -1 : 1));
  for (const hit of ordered) if (!hit.negated) found.add(hit.signal.id);
  for (const hit of ordered) {
    const counted = !hit.negated;
    const key = `${hit.signal.id}|${counted}`;
    if (seen.has(key) || (hit.negated && found.has(hit.signal.id))) continue;
    seen.add(key);
    const { signal } = hit;
    if (signal.suppressedBy?.some((id) => found.has(id))) continue;
    const text = textOf(fields, hit.source);
    if (!text) continue;
    evidence.push({
      source: hit.source,
      quote: quoteOf(text, hit.match),
      label: signal.label,
      meaning: counted ? signal.meaning : `the invite says it is not this: ${signal.meaning}`,
      weight: counted ? signal.weight : 0,
      kind: counted ? signal.kind : "mask",
      ...(signal.reviewName && counted ? { reviewName: signal.reviewName } : {}),
    });
  }
  return evidence;
}

function purposeEvidence(policy: CompiledPolicy, reading: PurposeReading): Evidence[] {
  const ownWork = reading.ownWork.filter((work) => !work.negated);
  const strongest = ownWork.find((work) => work.strength === "strong") ?? ownWork[0];
  const { meaning } = policy.policy.reading.ownWork;
  const evidence: Evidence[] = [];
  if (strongest) {
    evidence.push({
      source: strongest.source,
      quote: strongest.quote,
      label: "your own work",
      meaning: strongest.strength === "strong" ? meaning.strong : meaning.weak,
      weight: strongest.strength === "strong" ? policy.policy.detection.qaThreshold : WEAK_OWN_WORK,
      kind: "own-work",
    });
  }
  for (const disclaimer of reading.disclaimers.filter((found) => !found.voided).slice(0, 2)) {
    evidence.push({
      source: disclaimer.source,
      quote: disclaimer.quote,
      label: "nobody's own work",
      meaning: policy.policy.reading.disclaimers.meaning,
      weight: -policy.policy.detection.qaThreshold,
      kind: "disclaimer",
    });
  }
  for (const found of reading.purposes) {
    evidence.push({
      source: found.source,
      quote: found.quote,
      label: found.purpose.label,
      meaning: found.purpose.meaning,
      weight: found.purpose.weight,
      kind: "purpose",
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

export interface QaInputs {
  item: InviteItem;
  fields: readonly TextField[];
  hits: readonly TopicHit[];
  reading: PurposeReading;
  people: readonly Person[];
  /** The body after boilerplate says next to nothing. */
  bodyIsBare: boolean;
  /** A forward of someone else's invite that names neither the owner nor their work. */
  forwardedToOthers: boolean;
}

/** A look at your own work against nothing named: a QA panel role or monthly repeat makes it a review. */
const WEAK_OWN_WORK = 2;

const sum = (evidence: readonly Evidence[]) => evidence.reduce((total, entry) => total + entry.weight, 0);

/**
 * How sure it is that the meeting reviews the caseworker's own work. An explicit purpose
 * outweighs a tool's name: a look at your own work makes it a review whatever it is called; the
 * invite saying nobody's work is looked at, or other business it is plainly for, makes it not
 * one; when both are said, it says so.
 */
export function assessQa(policy: CompiledPolicy, inputs: QaInputs): QaAssessment {
  const threshold = policy.policy.detection.qaThreshold;
  const inAside = (hit: TopicHit) =>
    inputs.reading.asides.some(
      (aside) => aside.source === hit.source && hit.match.start >= aside.start && hit.match.end <= aside.end,
    );
  const signals = signalEvidence(
    inputs.hits.filter((hit) => !inAside(hit)),
    inputs.fields,
  );
  const purposes = purposeEvidence(policy, inputs.reading);
  const ownWork = purposes.find((entry) => entry.kind === "own-work");
  const strongOwnWork = ownWork !== undefined && ownWork.weight >= threshold;
  const disclaimer = purposes.find((entry) => entry.kind === "disclaimer");
  const otherBusiness = inputs.reading.purposes.find((found) => found.purpose.kind === "other-business");
  const casework = purposes.filter(
    (entry) =>
      entry.kind === "purpose" &&
      inputs.reading.purposes.some(
        (found) => found.purpose.label === entry.label && found.purpose.kind === "casework",
      ),
  );
  const textual = [...signals, ...(ownWork ? [ownWork] : []), ...casework];
  const textScore = sum(textual);
  const supporting = textScore > 0 ? supportingEvidence(policy, inputs.item, inputs.people) : [];
  const evidence = [...signals, ...purposes, ...supporting];
  const score = sum([...textual, ...supporting]);
  const result = (level: QaLevel, conflict?: string): QaAssessment => ({
    level,
    score,
    threshold,
    evidence,
    conflict,
  });
  const namedReview = subjectNamesReview(policy, inputs.fields, signals);

  if (disclaimer) {
    if (!strongOwnWork) return result("none");
    if (otherBusiness) return result("none");
    return result("weak", `The invite says "${disclaimer.quote}", but also "${ownWork.quote}".`);
  }
  if (otherBusiness) {
    if (strongOwnWork) return result("qa-review");
    if (namedReview && otherBusiness.source === "body") {
      const bodyNamesTools = signals.some((entry) => entry.source === "body" && entry.weight >= threshold);
      if (bodyNamesTools) return result("qa-review");
      return result(
        "weak",
        `The subject names a review, but the body speaks of ${otherBusiness.purpose.label} ("${otherBusiness.quote}").`,
      );
    }
    return result("none");
  }
  const panelRole = inputs.people.some(
    (person) => person.role && person.role.id in policy.policy.detection.roleWeights,
  );
  if (strongOwnWork || score >= threshold) {
    const toolNameOnly = !ownWork && !namedReview && signals.every((entry) => entry.source === "subject");
    if (inputs.bodyIsBare && toolNameOnly && !panelRole) {
      return result("weak", "The subject names a tool but not a review, and the body says nothing more.");
    }
    if (inputs.forwardedToOthers && !ownWork) {
      return result(
        "weak",
        "This is a forward of an invite sent to others; it names neither you nor your work.",
      );
    }
    return result("qa-review");
  }
  if (score > 0) {
    const incidentalTool =
      casework.some((entry) => entry.weight < 0) && !ownWork && !namedReview && !panelRole;
    return result(incidentalTool ? "none" : "weak");
  }
  const purposeStated = inputs.reading.purposes.length > 0 || signals.some((entry) => entry.kind === "mask");
  const bareReviewSubject = policy.reading.bareReviewSubject.test(
    textOf(inputs.fields, "subject")?.folded ?? "",
  );
  if (inputs.bodyIsBare && !purposeStated && (panelRole || bareReviewSubject)) {
    return result(
      "weak",
      "The invite says almost nothing about what the meeting is for, and someone from a QA review panel is invited.",
    );
  }
  return result("none");
}

/** The subject names a review, not only a tool: a QA word with "review", "audit", "panel" beside it. */
function subjectNamesReview(
  policy: CompiledPolicy,
  fields: readonly TextField[],
  signals: readonly Evidence[],
): boolean {
  const subject = textOf(fields, "subject");
  if (!subject) return false;
  const strongInSubject = signals.some(
    (entry) => entry.source === "subject" && entry.weight >= policy.policy.detection.qaThreshold,
  );
  return strongInSubject && policy.reading.reviewWord.test(subject.folded);
}
