import type { Segmented } from "./clauses";
import type { CompiledAttendance, CompiledPolicy, CompiledRole } from "./compiled-policy";
import { escapeRegex, type FoldedText, plainPunctuation, quoteOf, READ_CLOSELY, visibleSlice } from "./text";

/**
 * Who the body says will or will not be there: "Karen from QACI will dial in for the second
 * half", "I've asked Bec (MCS) to sit in", "Hamish is an apology", "Panel: Ray (A/MC), Yvette
 * (QACI)". People and roles are found first, then each is replaced by a placeholder, so that
 * the policy's phrases only have to describe what is said about them.
 */

/** Someone the body talks about. */
export type Who =
  | { kind: "author" }
  | { kind: "owner-manager"; quote: string }
  | { kind: "person"; name: string; role: CompiledRole | undefined }
  | { kind: "role"; role: CompiledRole };

export interface AttendanceStatement {
  who: Who;
  attends: boolean;
  /** The sentence it was read from, as the invite wrote it. */
  quote: string;
  /** They come on the owner's side: "Sione as your support person". */
  supportsOwner?: true;
}

export interface AttendanceReading {
  statements: AttendanceStatement[];
  /** The sender says they booked the meeting for someone else. */
  booking: string | undefined;
  /** The body says the meeting "has been scheduled": a shared mailbox that sends it only books it. */
  mailboxBooking: string | undefined;
  /** The body says who attends is still to be confirmed. */
  unconfirmed: string | undefined;
  /** The sender says they are acting as, or are now, the owner's Manager Casework. */
  actingManager: string | undefined;
  /** Each invitee has a time of their own: "individual times to follow", "20-minute slots per caseworker". */
  oneAtATime: string | undefined;
  /** The sender calls themselves the owner's Manager Casework, giving no reason. */
  claimedManager: string | undefined;
  /** The sender has taken the owner over, or acts in the role: "welcome to Team 4", "while I'm acting in the role". */
  handoverManager: string | undefined;
}

/** Names the reader can look for: the people listed on the invite, and the owner. */
export interface KnownName {
  first: string;
  full: string;
  owner: boolean;
}

interface Mention {
  who: Who | "owner" | "group" | "pronoun";
  /** Only a capitalised word: at the start of a phrase it may be no name at all ("Keen to join"). */
  guessed?: boolean;
}

const PLACEHOLDER = (index: number) => `\u27e8${index}\u27e9`;
const PLACEHOLDER_PATTERN = /\u27e8(\d+)\u27e9/gu;

interface KnownPattern {
  name: string;
  owner: boolean;
  pattern: RegExp;
}

/** Patterns for the listed people's names: the full name, or the first name alone. */
function knownPatterns(known: readonly KnownName[]): KnownPattern[] {
  return known
    .filter((name) => name.first.length >= 2)
    .map((name) => ({
      name: name.full,
      owner: name.owner,
      pattern: new RegExp(
        `\\b${escapeRegex(name.full)}\\b|\\b${escapeRegex(name.first)}\\b(?!\\s+\\p{Lu})`,
        "gu",
      ),
    }));
}

interface Found {
  start: number;
  end: number;
  mention: Mention;
}

function overlaps(found: readonly Found[], start: number, end: number): boolean {
  return found.some((other) => start < other.end && end > other.start);
}

/** A name as people write one: "Karen", "Fitzgerald-Ng", "McAllister", up to two words. */
const NAME_SOURCE =
  "\\p{Lu}(?=[\\p{L}'-]*\\p{Ll})[\\p{L}'-]+(?:\\s+\\p{Lu}(?=[\\p{L}'-]*\\p{Ll})[\\p{L}'-]+)?";
const NAME = new RegExp(NAME_SOURCE, "gu");
/** A capitalised word before a colon labels what follows ("Removed: Grace Liu", "Note: ..."). */
const LABEL_AFTER = /^\s*:(?!\d)/u;
/** "Bec (MCS)", "Jo Hartley (Manager Casework)". */
const NAME_WITH_ROLE = new RegExp(`(${NAME_SOURCE})\\s*\\(([^()]{1,40})\\)`, "gu");
/** "the MCS (Darren)", "Manager Client Services (Darren)". */
const ROLE_WITH_NAME = new RegExp(
  `\\b((?:[A-Z]\\/)?[A-Z]{2,6}|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,3})\\s*\\((${NAME_SOURCE})\\)`,
  "gu",
);
/** "Kerri from the NNSW QACI team", "Tanvir from QACI", "Bianca in QACI", "Jan from HR". */
const NAME_FROM_TEAM = new RegExp(
  `(${NAME_SOURCE})\\s+(?:from|in|at|of)\\s+(?:the\\s+)?((?:(?:\\p{Lu}[\\p{L}&/-]*|&)\\s*){1,4})(?:\\s*team\\b)?`,
  "gu",
);
/** "bec from qa": typed in lower case, a name before "from" and a team the policy knows. */
const LOWER_NAME_FROM_TEAM = /\b(\p{Ll}{3,})\s+from\s+(?:the\s+)?([\p{L}&]{2,8})\b/gu;
/** Words around a role that belong to the mention: "someone from the", "officer", "team". */
const BEFORE_ROLE =
  /(?:\b(?:someone|somebody|a\s+member|a\s+rep(?:resentative)?|an?\s+officer|one)\s+(?:from|of)\s+)?(?:\b(?:the|a|an|our|your|their)\s+)?$/iu;
/** "your QA review", "the QACI report": the role's name used for a thing, not a person. */
const ROLE_AS_TOPIC =
  /^\s+(?:reviews?|reveiws?|meetings?|panels?|process(?:es)?|framework|items?|reports?|results|data|audits?|figures|stats|extracts?|dashboards?|flags?)\b/iu;
const AFTER_ROLE = /^(?:\s+(?:officer|rep|representative|worker|team|member|lead))*/iu;
const AUTHOR = /\bI\b|\bi(?='(?:ll|m|ve|d)\b)|\b[Mm]e\b/gu;
/** A team mailbox speaks for its team: "a member of our team will present the figures". */
const AUTHOR_TEAM = /\b(?:a\s+member|someone|somebody|one)\s+(?:of|from)\s+(?:our|my)\s+team\b/giu;
/** "Attending will be:" is a verb at the start of a sentence, not a person. */
const VERB_FORM = /^\p{L}+ing$/u;
/** "It's", "Leanne's": a contraction or possessive is not part of the name. */
const CONTRACTION = /'(?:s|ll|re|ve|d|m)$/u;
const OWNER = /\b[Yy]ou\b/gu;
const GROUP = /\b(?:[Ww]e|[Uu]s)\b/gu;
/** He, she, they, and "her" where it stands for a person ("asked her to"), not for "her apologies". */
const PRONOUN =
  /\b(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]im|[Tt]hem)\b|\b[Hh]er\b(?=\s+(?:to|on|in|as|off|along)\b|\s*[,.;]|\s*$)/gu;
/** A determiner before a mention belongs to it: "looped in [the] MCS (Omar)". */
const DETERMINER_BEFORE = /\b(?:the|a|an|our)\s+$/iu;
const OWNER_MANAGER =
  /\byour\s+(?:own\s+)?(?:manager\s+casework|casework\s+manager|manager|mcw?|supervisor)\b/giu;

/** The role named by words such as "QACI", "the Manager Client Services", "MCS" (written in capitals). */
function roleIn(policy: CompiledPolicy, words: string): CompiledRole | undefined {
  const folded = words.toLowerCase();
  const byTitle = policy.roles.find((role) => role.title.test(folded));
  if (byTitle) return byTitle;
  if (words !== words.toUpperCase()) return undefined;
  return policy.roles.find((role) => role.titleOrAbbreviation.test(folded));
}

/** Each role's titles anywhere, and its abbreviations where written in capitals ("MCS", not "mcs"). */
function roleMentions(policy: CompiledPolicy, clause: string): Found[] {
  const lower = clause.toLowerCase();
  const found: Found[] = [];
  if (!policy.anyRoleWord.test(lower)) return found;
  for (const role of policy.roles) {
    const spans = [
      ...[...lower.matchAll(role.titles)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
      })),
      ...[...lower.matchAll(role.abbreviationsGlobal)]
        .map((match) => ({ start: match.index, end: match.index + match[0].length }))
        .filter((span) => {
          const written = clause.slice(span.start, span.end);
          return written === written.toUpperCase();
        }),
    ];
    for (const span of spans) {
      if (ROLE_AS_TOPIC.test(clause.slice(span.end))) continue;
      const before = BEFORE_ROLE.exec(clause.slice(0, span.start));
      const after = AFTER_ROLE.exec(clause.slice(span.end));
      found.push({
        start: span.start - (before?.[0].length ?? 0),
        end: span.end + (after?.[0].length ?? 0),
        mention: { who: { kind: "role", role } },
      });
    }
  }
  return found;
}

/** Finds every person, role and pronoun in a phrase, most specific first, so that no two overlap. */
function findMentions(policy: CompiledPolicy, clause: string, known: readonly KnownPattern[]): Found[] {
  const notPeople = policy.attendanceRules.notPeople;
  const found: Found[] = [];
  const add = (start: number, end: number, mention: Mention) => {
    let last = end;
    while (last > start && /\s/u.test(clause.charAt(last - 1))) last -= 1;
    const determiner = DETERMINER_BEFORE.exec(clause.slice(Math.max(0, start - 6), start));
    const first = determiner ? start - determiner[0].length : start;
    if (last > start && !overlaps(found, first, last)) found.push({ start: first, end: last, mention });
  };
  const isPerson = (name: string) =>
    !notPeople.has((name.split(/\s+/)[0] ?? "").replace(CONTRACTION, "").toLowerCase());
  const person = (name: string, roleWords: string | undefined): Mention => ({
    who: { kind: "person", name: name.trim(), role: roleWords ? roleIn(policy, roleWords) : undefined },
  });
  const each = (pattern: RegExp, take: (match: RegExpMatchArray, start: number) => void) => {
    for (const match of clause.matchAll(pattern)) take(match, match.index ?? 0);
  };

  each(OWNER_MANAGER, (match, start) =>
    add(start, start + match[0].length, { who: { kind: "owner-manager", quote: match[0] } }),
  );
  each(AUTHOR_TEAM, (match, start) => add(start, start + match[0].length, { who: { kind: "author" } }));
  each(policy.attendanceRules.ownerByRole, (match, start) =>
    add(start, start + match[0].length, { who: "owner" }),
  );
  each(NAME_WITH_ROLE, ([whole, name = "", role = ""], start) => {
    if (isPerson(name) && roleIn(policy, role)) add(start, start + whole.length, person(name, role));
  });
  each(ROLE_WITH_NAME, ([whole, role = "", name = ""], start) => {
    if (isPerson(name) && roleIn(policy, role)) add(start, start + whole.length, person(name, role));
  });
  each(NAME_FROM_TEAM, ([whole, name = "", team = ""], start) => {
    if (isPerson(name)) add(start, start + whole.length, person(name, team));
  });
  each(LOWER_NAME_FROM_TEAM, ([whole, name = "", team = ""], start) => {
    const role = policy.roles.find((candidate) => candidate.titleOrAbbreviation.test(team.toLowerCase()));
    if (role && isPerson(name) && !VERB_FORM.test(name)) {
      const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
      add(start, start + whole.length, { who: { kind: "person", name: capitalised, role } });
    }
  });
  for (const role of roleMentions(policy, clause)) add(role.start, role.end, role.mention);
  for (const { name, owner, pattern } of known) {
    each(pattern, (match, start) =>
      add(start, start + match[0].length, owner ? { who: "owner" } : person(name, undefined)),
    );
  }
  each(AUTHOR, (match, start) => add(start, start + match[0].length, { who: { kind: "author" } }));
  each(OWNER, (match, start) => add(start, start + match[0].length, { who: "owner" }));
  each(GROUP, (match, start) => add(start, start + match[0].length, { who: "group" }));
  each(PRONOUN, (match, start) => add(start, start + match[0].length, { who: "pronoun" }));
  each(NAME, (match, start) => {
    const isLabel = LABEL_AFTER.test(clause.slice(start + match[0].length));
    if (isPerson(match[0]) && !isLabel && !VERB_FORM.test(match[0]) && !roleIn(policy, match[0]))
      add(start, start + match[0].length, { ...person(match[0], undefined), guessed: true });
  });
  return found.sort((a, b) => a.start - b.start);
}

/** The clause with each mention replaced by its placeholder, lower-cased for the policy's phrases. */
function shapeOf(clause: string, found: readonly Found[]): string {
  let shape = "";
  let cursor = 0;
  found.forEach((entry, index) => {
    shape += clause.slice(cursor, entry.start).toLowerCase() + PLACEHOLDER(index);
    cursor = entry.end;
  });
  return shape + clause.slice(cursor).toLowerCase();
}

function placeholdersIn(text: string): number[] {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].map((match) => Number(match[1]));
}

interface SentenceContext {
  quote: string;
  /** The last person mentioned before, for "she" and "he". */
  lastPerson: Who | undefined;
}

function whoOf(mention: Mention | undefined, context: SentenceContext): Who | undefined {
  if (!mention) return undefined;
  if (mention.who === "pronoun") return context.lastPerson;
  if (mention.who === "owner" || mention.who === "group") return undefined;
  return mention.who;
}

/**
 * A capitalised word that opens a phrase and is followed by "to" is an adjective or a verb
 * ("Keen to join", "Happy to attend"), not someone joining.
 */
function mayBePerson(entry: Found, phraseText: string): boolean {
  if (!entry.mention.guessed) return true;
  const opensPhrase = /^[\s,.;:!?"'()-]*$/u.test(phraseText.slice(0, entry.start));
  return !(opensPhrase && /^\s+to\b/iu.test(phraseText.slice(entry.end)));
}

const AS_ROLE = /\bas\s+(?:the\s+|an?\s+|our\s+|your\s+)?\u27e8(\d+)\u27e9/u;

/** "Colin will join ... to sign it off as MCS": the role after "as" is the phrase's first person's. */
function giveRoleNamedAfterAs(shape: string, found: readonly Found[]): void {
  const asRole = AS_ROLE.exec(shape);
  const roleMention = asRole ? found[Number(asRole[1])]?.mention.who : undefined;
  if (typeof roleMention !== "object" || roleMention.kind !== "role") return;
  const subject = found.find(
    (entry) => typeof entry.mention.who === "object" && entry.mention.who.kind === "person",
  );
  const person = subject?.mention.who;
  if (typeof person === "object" && person.kind === "person" && !person.role) person.role = roleMention.role;
}

/** The words before a position back to the last comma: how far "rather than" reaches. */
function clauseBefore(text: string, position: number): string {
  const before = text.slice(0, position);
  return before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1);
}

/** Reads one sentence's phrases for what they say about who attends. */
function statementsInSentence(
  policy: CompiledPolicy,
  phrases: readonly string[],
  known: readonly KnownPattern[],
  context: SentenceContext,
): AttendanceStatement[] {
  const rules = policy.attendanceRules;
  const statements: AttendanceStatement[] = [];
  let sentenceSubject: Who | undefined;
  const say = (who: Who | undefined, attends: boolean, supportsOwner = false) => {
    if (who)
      statements.push({ who, attends, quote: context.quote, ...(supportsOwner ? { supportsOwner } : {}) });
  };
  for (const phraseText of phrases) {
    const found = findMentions(policy, phraseText, known);
    const shape = shapeOf(phraseText, found);
    const heard = new Set<number>();
    for (const rule of rules.phrases) {
      if (found.length === 0 && !rule.elliptical) continue;
      for (const match of shape.matchAll(rule.pattern)) {
        const slots = placeholdersIn(match.slice(1).filter(Boolean).join(" "));
        const negated = rules.negation.test(match[0]);
        if (slots.length === 0 && rule.elliptical) say(sentenceSubject, rule.attends !== negated);
        for (const slot of slots) {
          const entry = found[slot];
          if (!entry || heard.has(slot) || !mayBePerson(entry, phraseText)) continue;
          heard.add(slot);
          const counterfactual = rules.counterfactual.test(clauseBefore(phraseText, entry.start));
          const attends = rule.attends !== (negated || counterfactual);
          say(whoOf(entry.mention, context), attends, attends && rule.supportsOwner);
        }
      }
    }
    giveRoleNamedAfterAs(shape, found);
    for (const entry of found) {
      const who = whoOf(entry.mention, context);
      if (who?.kind === "person" || who?.kind === "role") context.lastPerson = who;
      if (who && sentenceSubject === undefined) sentenceSubject = who;
    }
  }
  return statements;
}

function firstMatch(pattern: RegExp, text: FoldedText): string | undefined {
  pattern.lastIndex = 0;
  const match = pattern.exec(text.folded.slice(0, READ_CLOSELY));
  return match ? quoteOf(text, { start: match.index, end: match.index + match[0].length }) : undefined;
}

function splitPhrases(text: string, breaks: RegExp): string[] {
  const cuts = [0];
  breaks.lastIndex = 0;
  for (let found = breaks.exec(text); found !== null; found = breaks.exec(text)) {
    if (found[0].length === 0) breaks.lastIndex += 1;
    else cuts.push(found.index);
  }
  cuts.push(text.length);
  const phrases: string[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    phrases.push(text.slice(cuts[index], cuts[index + 1]));
  }
  return phrases;
}

/** Texting shorthand written out, so "mcw n qaci will b there" reads as it is meant. */
function spelledOut(text: string, shorthand: CompiledAttendance["shorthand"]): string {
  shorthand.pattern.lastIndex = 0;
  return text.replace(shorthand.pattern, (word) => shorthand.words.get(word.toLowerCase()) ?? word);
}

/** Real invites name a handful of attendees; past this many sentences a long body is not read for people. */
export const MAX_ATTENDANCE_SENTENCES = 100;
/** A sentence is read for people this far: no one writes who attends in a thousand characters. */
const MAX_SENTENCE_CHARACTERS = 1000;

export function readAttendance(
  policy: CompiledPolicy,
  body: Segmented,
  knownNames: readonly KnownName[],
): AttendanceReading {
  const rules = policy.attendanceRules;
  const known = knownPatterns(knownNames);
  const statements: AttendanceStatement[] = [];
  const context: SentenceContext = { quote: "", lastPerson: undefined };
  for (const sentence of body.sentences.slice(0, MAX_ATTENDANCE_SENTENCES)) {
    const sentenceText = plainPunctuation(visibleSlice(body.text, sentence.start, sentence.end))
      .replace(/\s+/g, " ")
      .slice(0, MAX_SENTENCE_CHARACTERS);
    context.quote = sentenceText.replace(/^[\s.!?]+/, "").trim();
    const phrases = splitPhrases(spelledOut(sentenceText, rules.shorthand), rules.phraseBreak);
    statements.push(...statementsInSentence(policy, phrases, known, context));
  }

  return {
    statements,
    booking: firstMatch(rules.booking, body.text),
    mailboxBooking: firstMatch(rules.mailboxBooking, body.text),
    unconfirmed: firstMatch(rules.unconfirmed, body.text),
    actingManager: firstMatch(rules.actingManager, body.text),
    oneAtATime: firstMatch(rules.oneAtATime, body.text),
    claimedManager: firstMatch(rules.claimedManager, body.text),
    handoverManager: firstMatch(rules.handoverManager, body.text),
  };
}

/** Someone on the original invite a forward carries: "To: Leanne Fraser; Bec Lowe". */
export interface ForwardedAttendee {
  displayName: string;
  emailAddress: string | undefined;
  quote: string;
}

const ADDRESSED = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/u;
const BARE_ADDRESS = /^[^\s@]+@[^\s@]+$/u;

function forwardedNames(line: string): { displayName: string; emailAddress: string | undefined }[] {
  const parts = line.includes(";") ? line.split(";") : line.split(/,(?![^<]*>)/u);
  return parts
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const addressed = ADDRESSED.exec(part);
      if (addressed) return { displayName: (addressed[1] ?? "").trim(), emailAddress: addressed[2] };
      if (BARE_ADDRESS.test(part)) return { displayName: "", emailAddress: part };
      return { displayName: part.replace(/\[mailto:[^\]]*\]/giu, "").trim(), emailAddress: undefined };
    });
}

/** The people a forwarded invite was first sent to, read from the original's header lines. */
export interface Forwarded {
  attendees: ForwardedAttendee[];
  /** The original invite's text, as the forward carries it. */
  original: string;
  /** The forwarder asks the reader to come, in the note above the original. */
  invitesReader: boolean;
}

/** The invite a forward carries, read from the text as written: its header lines keep their addresses. */
export function readForwarded(policy: CompiledPolicy, body: Segmented): Forwarded | undefined {
  const rules = policy.attendanceRules;
  const text = plainPunctuation(body.text.original.slice(0, READ_CLOSELY));
  rules.forwardedStart.lastIndex = 0;
  const start = rules.forwardedStart.exec(text);
  if (!start) return undefined;
  const original = text.slice(start.index);
  const header = original.slice(0, 3000);
  const attendees: ForwardedAttendee[] = [];
  rules.forwardedAttendeeLine.lastIndex = 0;
  for (const line of header.matchAll(rules.forwardedAttendeeLine)) {
    const quote = line[0].trim();
    for (const name of forwardedNames(line[2] ?? "")) attendees.push({ ...name, quote });
  }
  const invitesReader = rules.forwardInvitesReader.test(text.slice(0, start.index));
  return { attendees, original, invitesReader };
}
