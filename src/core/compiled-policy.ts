import type { ClauseRules } from "./clauses";
import type { Purpose, RoleDefinition, Signal } from "./policy";
import type { CheckPolicy } from "./policy-texts";
import { GatedRegExp } from "./required-words";
import { escapeRegex } from "./text";

/** A policy's patterns compiled once: one regex per entry, alternatives joined. */
export interface CompiledPolicy {
  readonly policy: CheckPolicy;
  readonly signals: readonly { signal: Signal; pattern: RegExp }[];
  readonly purposes: readonly { purpose: Purpose; pattern: RegExp }[];
  readonly roles: readonly CompiledRole[];
  /** Any role's title or abbreviation, in any case: a quick test before looking for which. */
  readonly anyRoleWord: RegExp;
  readonly clauseRules: ClauseRules;
  readonly reading: CompiledReading;
  readonly attendanceRules: CompiledAttendance;
  readonly nonPeople: CompiledNonPeople;
  readonly bodyBoilerplate: readonly {
    pattern: RegExp;
    requires: readonly string[] | undefined;
    inSubject: boolean;
  }[];
  readonly subjectPrefix: RegExp;
  readonly signature: RegExp;
}

export interface CompiledRole {
  readonly role: RoleDefinition;
  /** Full titles: safe to look for anywhere, including the body. */
  readonly title: RegExp;
  /** The same titles, global, for finding every mention in a phrase. */
  readonly titles: RegExp;
  /** Abbreviations alone, global: a mention only where written in capitals. */
  readonly abbreviationsGlobal: RegExp;
  /** Titles and abbreviations: for display names and job titles only. */
  readonly titleOrAbbreviation: RegExp;
  readonly email: RegExp | undefined;
}

export interface CompiledReading {
  readonly contrast: RegExp;
  readonly agendaLine: RegExp;
  readonly reviewWord: RegExp;
  readonly bareReviewSubject: RegExp;
  readonly detailsToFollow: RegExp;
  readonly ownWork: {
    readonly anchor: RegExp;
    readonly collectiveAnchor: RegExp;
    readonly group: RegExp;
    readonly authorAnchor: RegExp;
    /** Sticky at an anchor's end: a few words, then an object. */
    readonly objectAfterAnchor: RegExp;
    readonly phrase: RegExp;
    readonly measure: RegExp;
    readonly reviewVerb: RegExp;
    /** "go through the Harris file with you". */
    readonly reviewWithYou: RegExp;
    /** "files held by": followed by whose, which each invite supplies. */
    readonly postNominal: string;
  };
  readonly disclaimers: {
    readonly exposure: RegExp;
    /** Someone's work: a holder and an object, "no" and an object, or a bare object. */
    readonly withheld: RegExp;
    /** Someone's work said plainly enough to need no verb: "no individual results". */
    readonly plainlyWithheld: RegExp;
    /** "anyone's files but your own": an exception that makes it only yours. */
    readonly exception: RegExp;
    readonly notOwnData: RegExp;
  };
}

export interface CompiledAttendance {
  readonly phraseBreak: RegExp;
  /** Texting shorthand and what it stands for: "b" for "be". */
  readonly shorthand: { readonly pattern: RegExp; readonly words: ReadonlyMap<string, string> };
  readonly negation: RegExp;
  readonly counterfactual: RegExp;
  readonly phrases: readonly {
    pattern: RegExp;
    attends: boolean;
    elliptical: boolean;
    supportsOwner: boolean;
  }[];
  readonly booking: RegExp;
  readonly mailboxBooking: RegExp;
  readonly unconfirmed: RegExp;
  readonly actingManager: RegExp;
  readonly oneAtATime: RegExp;
  readonly ownerByRole: RegExp;
  readonly claimedManager: RegExp;
  readonly handoverManager: RegExp;
  readonly notPeople: ReadonlySet<string>;
  readonly forwardedStart: RegExp;
  readonly forwardedAttendeeLine: RegExp;
  readonly forwardInvitesReader: RegExp;
}

export interface CompiledNonPeople {
  readonly resourceName: RegExp;
  readonly resourceEmail: RegExp;
  readonly bookingMailboxName: RegExp;
  readonly sharedMailboxName: RegExp;
  readonly groupName: RegExp;
}

const NEVER = "(?!)";

export function anyOf(sources: readonly string[], flags = "gu"): RegExp {
  const alternatives = sources.map((source) => `(?:${source})`).join("|");
  return new GatedRegExp(alternatives.length > 0 ? alternatives : NEVER, flags);
}

const join = (sources: readonly string[]) =>
  sources.length > 0 ? sources.map((s) => `(?:${s})`).join("|") : NEVER;

/** One or more people in a sentence whose people are placeholders, with what may qualify them. */
const ONE = "\u27e8\\d+\u27e9(?:\\s*\\(\\s*\u27e8\\d+\u27e9\\s*\\))?";
const WHO = `((?:${ONE})(?:\\s*(?:,|and|&|\\+|or)\\s*${ONE})*)(?:\\s+(?:from|of|at|in)\\s+[^\u27e8,.;]{1,40}?)?`;

function compileReading(policy: CheckPolicy): CompiledReading {
  const { reading } = policy;
  const objects = join(reading.ownWork.objects);
  const between = `(?!(?:${join(reading.ownWork.notBetween)})\\b)[\\p{L}\\p{N}'&/-]+`;
  const gap = `(?:,?\\s+${between}){0,${reading.ownWork.maxWordsBetween}}?`;
  const holders = join(reading.disclaimers.holders);
  return {
    contrast: anyOf(reading.contrast),
    agendaLine: new GatedRegExp(reading.agendaLine, "yu"),
    reviewWord: anyOf(reading.reviewWords, "u"),
    bareReviewSubject: new GatedRegExp(reading.bareReviewSubject, "u"),
    detailsToFollow: anyOf(reading.detailsToFollow, "u"),
    ownWork: {
      anchor: anyOf(reading.ownWork.anchors),
      collectiveAnchor: anyOf(reading.ownWork.collectiveAnchors),
      group: anyOf(reading.ownWork.groups, "u"),
      authorAnchor: anyOf(reading.ownWork.authorAnchors),
      objectAfterAnchor: new GatedRegExp(`${gap}(?:\\s+|\\s*-\\s*)(?:${objects})\\b`, "yu"),
      phrase: anyOf(reading.ownWork.phrases),
      measure: anyOf(reading.ownWork.measures, "u"),
      reviewVerb: anyOf(reading.ownWork.reviewVerbs, "u"),
      postNominal: `\\b(?:${join(reading.ownWork.postNominal.objects)})\\b[^.!?\\n]{0,30}?\\b(?:${join(reading.ownWork.postNominal.linkers)})\\s+`,
      reviewWithYou: new GatedRegExp(
        `(?:${join(reading.ownWork.reviewVerbs)})\\b[^.!?\\n]{0,50}?\\b(?:${objects})\\b[^.!?\\n]{0,30}?\\bwith\\s+you\\b`,
        "gu",
      ),
    },
    disclaimers: {
      exposure: anyOf(reading.disclaimers.exposure, "u"),
      withheld: new GatedRegExp(
        `(?:${holders})${gap}\\s+(?:${objects})\\b|\\bno\\s+(?:[\\p{L}'-]+\\s+){0,2}?(?:${objects})\\b|${join(reading.disclaimers.bareObjects)}`,
        "u",
      ),
      plainlyWithheld: new GatedRegExp(
        `(?:${join(reading.disclaimers.plainHolders)})${gap}\\s+(?:${objects})\\b`,
        "u",
      ),
      notOwnData: anyOf(reading.disclaimers.notOwnData),
      exception: anyOf(reading.disclaimers.exceptions, "u"),
    },
  };
}

function compileShorthand(shorthand: Readonly<Record<string, string>>): CompiledAttendance["shorthand"] {
  const words = new Map(Object.entries(shorthand).map(([short, long]) => [short.toLowerCase(), long]));
  const alternatives = [...words.keys()].map(escapeRegex).join("|");
  // A letter before ")" or "." is a list marker or an initial, not shorthand.
  const pattern = alternatives
    ? new GatedRegExp(`(?<![\\p{L}\\p{N}'])(?:${alternatives})(?![\\p{L}\\p{N}').])`, "giu")
    : /$^/gu;
  return { pattern, words };
}

function compileAttendance(policy: CheckPolicy): CompiledAttendance {
  const { attendance } = policy;
  const aux = `(?:${attendance.auxiliaries})*`;
  return {
    phraseBreak: new GatedRegExp(attendance.phraseBreak, "giu"),
    shorthand: compileShorthand(attendance.shorthand),
    negation: new GatedRegExp(attendance.negation, "iu"),
    counterfactual: new GatedRegExp(attendance.counterfactual, "iu"),
    phrases: attendance.phrases.map((phrase) => ({
      pattern: new GatedRegExp(phrase.pattern.replaceAll("{who}", WHO).replaceAll("{aux}", aux), "gu"),
      attends: phrase.attends,
      elliptical: phrase.elliptical ?? false,
      supportsOwner: phrase.supportsOwner ?? false,
    })),
    booking: anyOf(attendance.booking),
    mailboxBooking: anyOf(attendance.mailboxBooking),
    unconfirmed: anyOf(attendance.unconfirmed),
    actingManager: anyOf(attendance.actingManager),
    oneAtATime: anyOf(attendance.oneAtATime),
    ownerByRole: anyOf(attendance.ownerByRole, "giu"),
    claimedManager: anyOf(attendance.claimedManager),
    handoverManager: anyOf(attendance.handoverManager),
    notPeople: new Set(attendance.notPeople.map((word) => word.toLowerCase())),
    forwardedStart: new GatedRegExp(attendance.forwarded.start, "giu"),
    forwardedAttendeeLine: new GatedRegExp(attendance.forwarded.attendeeLine, "gimu"),
    forwardInvitesReader: anyOf(attendance.forwarded.invitesReader, "iu"),
  };
}

const compiledCache = new WeakMap<CheckPolicy, CompiledPolicy>();

export function compilePolicy(policy: CheckPolicy): CompiledPolicy {
  const cached = compiledCache.get(policy);
  if (cached) return cached;
  const { nonPeople } = policy;
  const compiled: CompiledPolicy = {
    policy,
    signals: policy.detection.signals.map((signal) => ({ signal, pattern: anyOf(signal.patterns) })),
    purposes: policy.detection.purposes.map((purpose) => ({ purpose, pattern: anyOf(purpose.patterns) })),
    roles: policy.roles.map((role) => ({
      role,
      title: anyOf(role.patterns, "u"),
      titles: anyOf(role.patterns),
      abbreviationsGlobal: anyOf(role.abbreviations),
      titleOrAbbreviation: anyOf([...role.patterns, ...role.abbreviations], "u"),
      email: role.emailPatterns ? anyOf(role.emailPatterns, "u") : undefined,
    })),
    anyRoleWord: anyOf(
      policy.roles.flatMap((role) => [...role.patterns, ...role.abbreviations]),
      "u",
    ),
    clauseRules: {
      sentenceEnd: new GatedRegExp(policy.reading.sentenceEnd, "gu"),
      clauseBreak: new GatedRegExp(policy.reading.clauseBreak, "gu"),
      negation: anyOf(policy.reading.negation),
    },
    reading: compileReading(policy),
    attendanceRules: compileAttendance(policy),
    nonPeople: {
      resourceName: anyOf(nonPeople.resourceNames, "iu"),
      resourceEmail: anyOf(nonPeople.resourceEmails, "iu"),
      bookingMailboxName: anyOf(nonPeople.bookingMailboxNames, "iu"),
      sharedMailboxName: anyOf(nonPeople.sharedMailboxNames, "iu"),
      groupName: anyOf(nonPeople.groupNames, "iu"),
    },
    bodyBoilerplate: policy.boilerplate.body.map(({ pattern, requires, inSubject }) => ({
      pattern: new GatedRegExp(pattern, "gu"),
      requires,
      inSubject: inSubject ?? false,
    })),
    subjectPrefix: new GatedRegExp(policy.boilerplate.subjectPrefix, "u"),
    signature: new GatedRegExp(policy.boilerplate.signature, "gu"),
  };
  compiledCache.set(policy, compiled);
  return compiled;
}
