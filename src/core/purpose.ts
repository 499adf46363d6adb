import { clauseAt, isNegated, sentenceAt, type Segmented } from "./clauses";
import type { CompiledPolicy } from "./compiled-policy";
import type { Purpose } from "./policy";
import { escapeRegex, findAll, type Match, quoteOf } from "./text";

/**
 * What the meeting is for, read the way a careful delegate reads it: whose work is looked at,
 * what the invite says will not be looked at, and what other business the meeting is about.
 */

export type Field = "subject" | "body";

export interface SegmentedField {
  source: Field;
  segmented: Segmented;
}

/** "your overdue case plans", "each caseworker's files": the caseworker's own work. */
export interface OwnWork {
  source: Field;
  quote: string;
  /** strong: with a measure, tool or audit; weak: only looked at or gone through. */
  strength: "strong" | "weak";
  negated: boolean;
  sentence: number;
  start: number;
}

/** "no individual results will be shown", "dummy data only": nobody's own work is looked at. */
export interface Disclaimer {
  source: Field;
  quote: string;
  /** Undone by what follows: "not about individual results, but bring your overdue list". */
  voided: boolean;
}

export interface PurposeFound {
  source: Field;
  quote: string;
  purpose: Purpose;
}

export interface PurposeReading {
  ownWork: OwnWork[];
  disclaimers: Disclaimer[];
  purposes: PurposeFound[];
  /** Agenda items given to other business ("changes to the CP Audit Tool from July"): the QA words in them are that business. */
  asides: { source: Field; start: number; end: number }[];
}

/** Who the invite is about, for anchors a policy cannot spell: "Jess's files". */
export interface Reader {
  /** The mailbox owner's first name, if known. */
  firstName: string | undefined;
  /** The owner wrote the invite, so "my files" are theirs. */
  ownerIsAuthor: boolean;
  /** Whether a QA word (a tool, QA, an audit) that counts lies in this span of a field. */
  topicWithin: (source: Field, start: number, end: number) => boolean;
  /** Whether a look-alike ("Performance and Development Plan", "QAF") covers part of this span. */
  maskedWithin: (source: Field, start: number, end: number) => boolean;
}

function ownerAnchor(reader: Reader): RegExp | undefined {
  if (!reader.firstName || reader.firstName.length < 2) return undefined;
  return new RegExp(`\\b${escapeRegex(reader.firstName.toLowerCase())}(?:\\s+[\\p{L}'-]+)?'s\\b`, "gu");
}

/** "files held by you", "matters allocated to Jess Kirby": work named before whose it is. */
function postNominalPattern(policy: CompiledPolicy, reader: Reader): RegExp {
  const owner =
    reader.firstName && reader.firstName.length >= 2 ? `|${escapeRegex(reader.firstName.toLowerCase())}` : "";
  return new RegExp(`${policy.reading.ownWork.postNominal}(?:you${owner})\\b`, "gu");
}

function anchorMatches(policy: CompiledPolicy, field: SegmentedField, reader: Reader): Match[] {
  const { ownWork } = policy.reading;
  const { segmented } = field;
  const text = segmented.closely;
  const matches = [...findAll(text, ownWork.anchor)];
  if (reader.ownerIsAuthor) matches.push(...findAll(text, ownWork.authorAnchor));
  const byName = ownerAnchor(reader);
  if (byName) matches.push(...findAll(text, byName));
  for (const collective of findAll(text, ownWork.collectiveAnchor)) {
    const sentence = sentenceAt(segmented, collective.start);
    if (sentence && ownWork.group.test(text.folded.slice(sentence.start, sentence.end)))
      matches.push(collective);
  }
  return matches;
}

/**
 * What makes a mention of someone's work a QA look, read in its clause: a measure there ("your
 * overdue case plans"), or a review verb there with a QA word in the sentence ("go through your
 * files against the QAMT"). A review verb alone is weak; "finding your allocations" is nothing.
 */
function strengthIn(
  policy: CompiledPolicy,
  field: SegmentedField,
  reader: OwnWorkReader,
  clause: { start: number; end: number },
  sentence: { start: number; end: number },
): OwnWork["strength"] | undefined {
  const { ownWork } = policy.reading;
  const clauseText = field.segmented.closely.folded.slice(clause.start, clause.end);
  const measured = ownWork.measure.test(clauseText);
  // A subject is terse: "QAMT - your files" names a review of them without a verb, unless it names other business.
  const terseReview =
    field.source === "subject" &&
    !reader.subjectIsOtherBusiness &&
    reader.topicWithin("subject", 0, field.segmented.closely.folded.length);
  if (!measured && !terseReview && !ownWork.reviewVerb.test(clauseText)) return undefined;
  // A sentence about other business ("the QAF interviews for the children on your caseload") is about that.
  if (reader.otherBusinessWithin(field.source, clause.start, clause.end)) return "weak";
  return measured || reader.topicWithin(field.source, sentence.start, sentence.end) ? "strong" : "weak";
}

/** What reading own work needs to know beyond the invite: where other business is named. */
interface OwnWorkReader extends Reader {
  subjectIsOtherBusiness: boolean;
  /** Whether a purpose of other business (the QAF, a union meeting) is named inside this span. */
  otherBusinessWithin: (source: Field, start: number, end: number) => boolean;
}

function ownWorkIn(policy: CompiledPolicy, field: SegmentedField, reader: OwnWorkReader): OwnWork[] {
  const { ownWork } = policy.reading;
  const { segmented, source } = field;
  const text = segmented.closely;
  const found: OwnWork[] = [];
  const add = (match: Match) => {
    if (reader.maskedWithin(source, match.start, match.end)) return;
    const sentence = sentenceAt(segmented, match.start);
    const clause = clauseAt(segmented, match.start);
    if (!sentence || !clause) return;
    const strength = strengthIn(policy, field, reader, clause, sentence);
    if (!strength) return;
    found.push({
      source,
      quote: quoteOf(text, match),
      strength,
      negated: clause.negatedFrom !== undefined,
      sentence: clause.sentence,
      start: match.start,
    });
  };
  for (const anchor of anchorMatches(policy, field, reader)) {
    ownWork.objectAfterAnchor.lastIndex = anchor.end;
    const object = ownWork.objectAfterAnchor.exec(text.folded);
    if (object && object.index === anchor.end)
      add({ start: anchor.start, end: anchor.end + object[0].length });
  }
  for (const phrase of findAll(text, ownWork.phrase)) add(phrase);
  for (const heldBy of findAll(text, postNominalPattern(policy, reader))) add(heldBy);
  for (const review of findAll(text, ownWork.reviewWithYou)) {
    const sentence = sentenceAt(segmented, review.start);
    const clause = clauseAt(segmented, review.start);
    if (!sentence || !clause) continue;
    const strength = strengthIn(policy, field, reader, clause, sentence);
    found.push({
      source,
      quote: quoteOf(text, review),
      strength: strength === "strong" ? "strong" : "weak",
      negated: clause.negatedFrom !== undefined,
      sentence: clause.sentence,
      start: review.start,
    });
  }
  return found;
}

function disclaimersIn(
  policy: CompiledPolicy,
  field: SegmentedField,
  ownWork: readonly OwnWork[],
): Disclaimer[] {
  const { disclaimers, contrast } = policy.reading;
  const { segmented, source } = field;
  const text = segmented.closely;
  const found: Disclaimer[] = [];
  const voidedAfter = (sentence: number, position: number) => {
    const span = segmented.sentences[sentence];
    if (!span) return false;
    contrast.lastIndex = 0;
    const turn = contrast.exec(text.folded.slice(position, span.end));
    if (!turn) return false;
    const turnAt = position + turn.index;
    return ownWork.some(
      (work) =>
        work.source === source &&
        !work.negated &&
        work.strength === "strong" &&
        work.sentence === sentence &&
        work.start > turnAt,
    );
  };
  for (const clause of segmented.clauses) {
    if (clause.negatedFrom === undefined) continue;
    const clauseText = text.folded.slice(clause.start, clause.end);
    if (disclaimers.exception.test(clauseText)) continue;
    const plain = disclaimers.plainlyWithheld.test(clauseText);
    // What is denied is a showing: "3 of your young people without a plan" denies the plan, not a look.
    const denied = text.folded.slice(clause.negatedFrom, clause.end);
    if (!plain && !(disclaimers.exposure.test(denied) && disclaimers.withheld.test(clauseText))) continue;
    found.push({
      source,
      quote: quoteOf(text, { start: clause.negatedFrom, end: clause.end }).replace(/^[\s,;:–-]+/, ""),
      voided: voidedAfter(clause.sentence, clause.end - 1),
    });
  }
  for (const match of findAll(text, disclaimers.notOwnData)) {
    if (isNegated(segmented, match)) continue;
    const sentence = clauseAt(segmented, match.start)?.sentence ?? 0;
    found.push({ source, quote: quoteOf(text, match), voided: voidedAfter(sentence, match.end) });
  }
  return found;
}

/** A purpose named in an agenda's list of items is one item, not what the meeting is for. */
function inAgendaItem(policy: CompiledPolicy, field: SegmentedField, match: Match): boolean {
  const folded = field.segmented.closely.folded;
  const lineStart = folded.lastIndexOf("\n", match.start - 1) + 1;
  policy.reading.agendaLine.lastIndex = lineStart;
  return policy.reading.agendaLine.test(folded);
}

/** The agenda items whose business is other than a review, as line spans. */
function asideItems(
  policy: CompiledPolicy,
  field: SegmentedField,
  otherBusiness: readonly Match[],
): PurposeReading["asides"] {
  const folded = field.segmented.closely.folded;
  return otherBusiness
    .filter((match) => inAgendaItem(policy, field, match))
    .map((match) => {
      const lineEnd = folded.indexOf("\n", match.end);
      return {
        source: field.source,
        start: folded.lastIndexOf("\n", match.start - 1) + 1,
        end: lineEnd < 0 ? folded.length : lineEnd,
      };
    });
}

function purposesIn(policy: CompiledPolicy, field: SegmentedField): PurposeFound[] {
  const found: PurposeFound[] = [];
  for (const { purpose, pattern } of policy.purposes) {
    const match = findAll(field.segmented.closely, pattern).find(
      (candidate) => !isNegated(field.segmented, candidate) && !inAgendaItem(policy, field, candidate),
    );
    if (match) found.push({ source: field.source, quote: quoteOf(field.segmented.closely, match), purpose });
  }
  return found;
}

/** Where other business is named in a field, where no negation covers it. */
function otherBusinessSpans(policy: CompiledPolicy, field: SegmentedField): Match[] {
  return policy.purposes
    .filter(({ purpose }) => purpose.kind === "other-business")
    .flatMap(({ pattern }) => findAll(field.segmented.closely, pattern))
    .filter((match) => !isNegated(field.segmented, match));
}

export function readPurpose(
  policy: CompiledPolicy,
  fields: readonly SegmentedField[],
  reader: Reader,
): PurposeReading {
  const purposes: PurposeFound[] = [];
  for (const field of fields) {
    for (const found of purposesIn(policy, field)) {
      if (!purposes.some((known) => known.purpose.id === found.purpose.id)) purposes.push(found);
    }
  }
  const subjectIsOtherBusiness = purposes.some(
    (found) => found.source === "subject" && found.purpose.kind === "other-business",
  );
  const otherBusiness = new Map(fields.map((field) => [field.source, otherBusinessSpans(policy, field)]));
  const otherBusinessWithin = (source: Field, start: number, end: number) =>
    (otherBusiness.get(source) ?? []).some((span) => span.start >= start && span.end <= end);
  const ownWork = fields.flatMap((field) =>
    ownWorkIn(policy, field, { ...reader, subjectIsOtherBusiness, otherBusinessWithin }),
  );
  const disclaimers = fields.flatMap((field) => disclaimersIn(policy, field, ownWork));
  const asides = fields.flatMap((field) => asideItems(policy, field, otherBusiness.get(field.source) ?? []));
  return { ownWork, disclaimers, purposes, asides };
}
