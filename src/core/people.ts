import type { CompiledPolicy, CompiledRole } from "./compiled-policy";
import { MANAGER_CASEWORK } from "./policy";
import type { EmailAddress, InviteSnapshot } from "./snapshot";
import { findAll, fold, type FoldedText, originalSlice } from "./text";

/** Where a person's role came from, strongest first. */
export const ROLE_SOURCES = ["settings", "directory", "display-name", "email", "body"] as const;
export type RoleSource = (typeof ROLE_SOURCES)[number];

export type Attendance = "organizer" | "required" | "optional" | "named-in-body";

export interface PersonRole {
  id: string;
  label: string;
  source: RoleSource;
  /** The words the role was read from, e.g. the job title or "Karen from QACI". */
  quote: string;
}

export interface Person {
  /** Stable identity: the lower-case address, or a body-derived key for people named only there. */
  key: string;
  name: string;
  email: string | undefined;
  attendance: Attendance;
  isDistributionList: boolean;
  role: PersonRole | undefined;
  /** Named as the user's own Manager Casework in settings. */
  isMyManagerCasework: boolean;
}

const ATTENDANCE_RANK: Readonly<Record<Attendance, number>> = {
  organizer: 0,
  required: 1,
  optional: 2,
  "named-in-body": 3,
};

const lower = (value: string | undefined) => (value ?? "").trim().toLowerCase();

/** Splits "Ward, Helen - MCS" or "Helen Ward (Manager Casework)" into a name and a title part. */
export function splitDisplayName(displayName: string): { name: string; title: string } {
  const titles: string[] = [];
  let name = displayName.replace(/\(([^)]*)\)|\[([^\]]*)\]/g, (_whole, round?: string, square?: string) => {
    titles.push(round ?? square ?? "");
    return " ";
  });
  const separator = /\s+[-\u2013\u2014|/]\s+|\s*\|\s*/.exec(name);
  if (separator) {
    titles.push(name.slice(separator.index + separator[0].length));
    name = name.slice(0, separator.index);
  }
  const comma = /^\s*([^,]+),\s*([^,]+?)\s*$/.exec(name);
  if (comma?.[1] && comma[2]) name = `${comma[2]} ${comma[1]}`;
  return { name: name.replace(/\s+/g, " ").trim(), title: titles.join(" ").trim() };
}

export function firstName(person: { name: string; email: string | undefined }): string | undefined {
  const fromName = person.name.split(/\s+/)[0];
  if (fromName && /\p{L}/u.test(fromName) && !fromName.includes("@")) return fromName;
  const local = person.email?.split("@")[0]?.split(/[._-]/)[0];
  if (!local || !/^\p{L}+$/u.test(local)) return undefined;
  return local.charAt(0).toUpperCase() + local.slice(1);
}

function roleFrom(compiled: CompiledRole, source: RoleSource, quote: string): PersonRole {
  return { id: compiled.role.id, label: compiled.role.label, source, quote };
}

function roleById(policy: CompiledPolicy, id: string, source: RoleSource, quote: string) {
  const compiled = policy.roles.find((candidate) => candidate.role.id === id);
  return compiled ? roleFrom(compiled, source, quote) : undefined;
}

/** The first role (in policy order) whose title, or abbreviation if allowed, appears in the text. */
function roleInTitle(policy: CompiledPolicy, text: string, allowAbbreviations: boolean) {
  const folded = fold(text).folded;
  return policy.roles.find((candidate) =>
    (allowAbbreviations ? candidate.titleOrAbbreviation : candidate.title).test(folded),
  );
}

function roleFromRecipient(
  policy: CompiledPolicy,
  snapshot: InviteSnapshot,
  recipient: EmailAddress,
  email: string,
): PersonRole | undefined {
  const corrected = snapshot.settings.roles[email] ?? caseInsensitiveLookup(snapshot.settings.roles, email);
  if (corrected) {
    const role = roleById(policy, corrected, "settings", "your correction");
    if (role) return role;
  }
  if (email && email === lower(snapshot.settings.managerCasework)) {
    return roleById(policy, MANAGER_CASEWORK, "settings", "your Manager Casework in settings");
  }
  const entry = snapshot.directory[email] ?? caseInsensitiveLookup(snapshot.directory, email);
  const jobTitle = entry?.jobTitle;
  if (jobTitle) {
    const role = roleInTitle(policy, jobTitle, true);
    if (role) return roleFrom(role, "directory", jobTitle);
  }
  const displayName = recipient.displayName ?? "";
  const { title } = splitDisplayName(displayName);
  const fromName =
    roleInTitle(policy, displayName, false) ?? (title ? roleInTitle(policy, title, true) : undefined);
  if (fromName) return roleFrom(fromName, "display-name", displayName);
  const fromEmail = policy.roles.find((candidate) => candidate.email?.test(email));
  if (fromEmail) return roleFrom(fromEmail, "email", email);
  return undefined;
}

function caseInsensitiveLookup<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  for (const [candidate, value] of Object.entries(record)) {
    if (candidate.trim().toLowerCase() === key) return value;
  }
  return undefined;
}

interface Listed {
  recipient: EmailAddress;
  attendance: Attendance;
}

function listedRecipients(snapshot: InviteSnapshot): Listed[] {
  const { item } = snapshot;
  return [
    ...(item.organizer ? [{ recipient: item.organizer, attendance: "organizer" as const }] : []),
    ...item.requiredAttendees.map((recipient) => ({ recipient, attendance: "required" as const })),
    ...item.optionalAttendees.map((recipient) => ({ recipient, attendance: "optional" as const })),
  ];
}

/**
 * Everyone listed on the invite except the mailbox owner and rooms or equipment,
 * de-duplicated by address (any case). The owner is returned apart.
 */
export function listedPeople(policy: CompiledPolicy, snapshot: InviteSnapshot): Person[] {
  const owner = lower(snapshot.mailbox.emailAddress);
  const myManager = lower(snapshot.settings.managerCasework);
  const byKey = new Map<string, Person>();
  for (const { recipient, attendance } of listedRecipients(snapshot)) {
    if (recipient.recipientType === "other") continue;
    const email = lower(recipient.emailAddress);
    const displayName = (recipient.displayName ?? "").trim();
    const key = email || `name:${displayName.toLowerCase()}`;
    if (key === "name:" || (owner && email === owner)) continue;
    const existing = byKey.get(key);
    if (existing) {
      if (ATTENDANCE_RANK[attendance] < ATTENDANCE_RANK[existing.attendance])
        existing.attendance = attendance;
      continue;
    }
    const { name } = splitDisplayName(displayName);
    byKey.set(key, {
      key,
      name: name || recipient.emailAddress?.trim() || displayName,
      email: email || undefined,
      attendance,
      isDistributionList: recipient.recipientType === "distributionList",
      role: roleFromRecipient(policy, snapshot, recipient, email),
      isMyManagerCasework: email !== "" && email === myManager,
    });
  }
  return [...byKey.values()].sort(comparePeople);
}

/** Organizer first, then by attendance and name, so listing order never changes the result. */
export function comparePeople(a: Person, b: Person): number {
  return (
    ATTENDANCE_RANK[a.attendance] - ATTENDANCE_RANK[b.attendance] ||
    a.name.localeCompare(b.name, "en", { sensitivity: "base" }) ||
    a.key.localeCompare(b.key)
  );
}

/** A person the body says will attend, or names with their role. */
export interface BodyMention {
  name: string | undefined;
  role: CompiledRole | undefined;
  quote: string;
  attends: boolean;
}

const NAME = /\p{Lu}\p{Ll}[\p{L}'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'-]*)?/gu;
const NAME_TO_ROLE_GAP = /^[\s,(-]*(?:from|of|in|at|the|our|your|\s)*[\s(]*$/u;
const SENTENCE_END = /[.!?\n]/;
const MAX_SENTENCE = 300;
/** Real invites name a handful of attendees; past this many sentences the rest of a long body is not read for people. */
export const MAX_ATTENDANCE_SENTENCES = 100;

function sentenceAround(text: FoldedText, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && start - from < MAX_SENTENCE && !SENTENCE_END.test(text.folded.charAt(from - 1)))
    from -= 1;
  let to = end;
  while (to < text.folded.length && to - end < MAX_SENTENCE && !SENTENCE_END.test(text.folded.charAt(to)))
    to += 1;
  return { start: from, end: to };
}

/** Reads "Karen from QACI will dial in" and "The Manager Client Services will also attend". */
export function mentionsInBody(policy: CompiledPolicy, body: FoldedText): BodyMention[] {
  const mentions = new Map<string, BodyMention>();
  for (const verb of findAll(body, policy.attend).slice(0, MAX_ATTENDANCE_SENTENCES)) {
    const sentence = sentenceAround(body, verb.start, verb.end);
    const sentenceText = body.folded.slice(sentence.start, sentence.end);
    const attends = !policy.absent.test(sentenceText);
    const subject = originalSlice(body, sentence.start, verb.start);
    const quote = originalSlice(body, sentence.start, sentence.end).trim();
    for (const mention of mentionsInPhrase(policy, subject, quote, attends)) {
      const key = `${mention.name?.toLowerCase() ?? ""}|${mention.role?.role.id ?? ""}|${attends}`;
      if (!mentions.has(key)) mentions.set(key, mention);
    }
  }
  return [...mentions.values()];
}

function mentionsInPhrase(
  policy: CompiledPolicy,
  phrase: string,
  quote: string,
  attends: boolean,
): BodyMention[] {
  const folded = fold(phrase);
  const roles = policy.roles.flatMap((compiled) =>
    findAll(folded, compiled.titles).map((match) => ({ compiled, ...match })),
  );
  const inRole = (index: number) => roles.some((role) => index >= role.start && index < role.end);
  const names = [...phrase.matchAll(NAME)].filter(
    (found) => !inRole(found.index) && !policy.notPeople.has((found[0].split(/\s+/)[0] ?? "").toLowerCase()),
  );
  const paired = new Set<(typeof roles)[number]>();
  const mentions: BodyMention[] = names.map((found) => {
    const nameEnd = found.index + found[0].length;
    const role = roles.find(
      (candidate) =>
        !paired.has(candidate) &&
        candidate.start >= nameEnd &&
        NAME_TO_ROLE_GAP.test(phrase.slice(nameEnd, candidate.start)),
    );
    if (role) paired.add(role);
    return { name: found[0], role: role?.compiled, quote, attends };
  });
  for (const role of roles) {
    if (!paired.has(role)) mentions.push({ name: undefined, role: role.compiled, quote, attends });
  }
  return mentions;
}

/** A person's name in the body followed by their title, as in a signature block. */
export interface Signature {
  role: PersonRole;
  /** The folded span from the name to the end of the title, never read for QA words. */
  start: number;
  end: number;
}

/** Finds a role written next to a person's name in the body, as in a signature block. */
export function signatureOf(policy: CompiledPolicy, body: FoldedText, person: Person): Signature | undefined {
  const name = fold(person.name).folded.trim();
  if (name.length < 3 || !/\s/.test(name)) return undefined;
  const at = body.folded.indexOf(name);
  if (at < 0) return undefined;
  const after = at + name.length;
  const lineEnd = body.folded.indexOf("\n", body.folded.indexOf("\n", after) + 1);
  const windowEnd = Math.min(lineEnd < 0 ? body.folded.length : lineEnd, after + 120);
  const role = roleInTitle(policy, originalSlice(body, after, windowEnd), false);
  if (!role) return undefined;
  return {
    role: roleFrom(role, "body", originalSlice(body, at, windowEnd).trim()),
    start: at,
    end: windowEnd,
  };
}
