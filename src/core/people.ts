import type { CompiledPolicy, CompiledRole } from "./compiled-policy";
import { MANAGER_CASEWORK } from "./policy-common";
import type { EmailAddress, InviteSnapshot } from "./snapshot";
import { escapeRegex, fold, type FoldedText, originalSlice } from "./text";

export { MAX_ATTENDANCE_SENTENCES } from "./attendance";

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
  /** Sources that disagree about this person's role: "the directory says Casework Specialist". */
  roleConflict?: string;
  /** The invite says they come as the owner's support person, in these words. */
  supportsOwner?: string;
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

/**
 * A word a greeting can use as someone's first name: letters (any script, with their accents), and
 * inside them only an apostrophe, hyphen or full stop ("O'Brien", "Mary-Jane", "J."), at most 40.
 * A display name is anyone's to write, so "<script>alert(1)</script>" is not greeted by it.
 */
const NAME_LIKE = /^(?=.{1,40}$)\p{L}\p{M}*(?:['\u2019.-]?\p{L}\p{M}*)*\.?$/u;

/** The first name to greet someone by, from their display name or else their address; none if neither looks like one. */
export function firstName(person: { name: string; email: string | undefined }): string | undefined {
  const fromName = person.name.split(/\s+/)[0];
  if (fromName && NAME_LIKE.test(fromName)) return fromName;
  const local = person.email?.split("@")[0]?.split(/[._-]/)[0];
  if (!local || !/^\p{L}+$/u.test(local) || !NAME_LIKE.test(local)) return undefined;
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

/** Every source's reading of a recipient's role, strongest first. */
export function rolesOf(
  policy: CompiledPolicy,
  snapshot: InviteSnapshot,
  recipient: EmailAddress,
  email: string,
): PersonRole[] {
  const roles: PersonRole[] = [];
  const corrected = snapshot.settings.roles[email] ?? caseInsensitiveLookup(snapshot.settings.roles, email);
  const correction = corrected ? roleById(policy, corrected, "settings", "your correction") : undefined;
  if (correction) return [correction];
  if (email && email === lower(snapshot.settings.managerCasework)) {
    const manager = roleById(policy, MANAGER_CASEWORK, "settings", "your Manager Casework in settings");
    if (manager) roles.push(manager);
  }
  const jobTitle = (snapshot.directory[email] ?? caseInsensitiveLookup(snapshot.directory, email))?.jobTitle;
  const fromDirectory = jobTitle ? roleInTitle(policy, jobTitle, true) : undefined;
  if (jobTitle && fromDirectory) roles.push(roleFrom(fromDirectory, "directory", jobTitle));
  const displayName = recipient.displayName ?? "";
  const { title } = splitDisplayName(displayName);
  const fromName =
    roleInTitle(policy, displayName, false) ?? (title ? roleInTitle(policy, title, true) : undefined);
  if (fromName) roles.push(roleFrom(fromName, "display-name", displayName));
  const fromEmail = policy.roles.find((candidate) => candidate.email?.test(email));
  if (fromEmail) roles.push(roleFrom(fromEmail, "email", email));
  return roles;
}

const SOURCE_WORDS: Readonly<Record<RoleSource, string>> = {
  settings: "your settings",
  directory: "the directory",
  "display-name": "the display name",
  email: "the e-mail address",
  body: "the invite's body",
};

/**
 * Two sources that give different roles: "your settings say Manager Casework, but the directory says
 * Casework Specialist". A title people act up from (Caseworker) contradicts nothing.
 */
function roleConflict(policy: CompiledPolicy, roles: readonly PersonRole[]): string | undefined {
  const [strongest] = roles;
  const actsUp = (role: PersonRole) =>
    policy.roles.find((candidate) => candidate.role.id === role.id)?.role.actsUp;
  const other = roles.find((role) => role.source !== "email" && role.id !== strongest?.id && !actsUp(role));
  if (!strongest || !other) return undefined;
  return `${SOURCE_WORDS[strongest.source]} say${strongest.source === "settings" ? "" : "s"} ${strongest.label}, but ${SOURCE_WORDS[other.source]} says ${other.label} ("${other.quote}")`;
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
    if (isResource(policy, recipient)) continue;
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
    const roles = rolesOf(policy, snapshot, recipient, email);
    const conflict = roleConflict(policy, roles);
    byKey.set(key, {
      key,
      name: name || recipient.emailAddress?.trim() || displayName,
      email: email || undefined,
      attendance,
      isDistributionList: recipient.recipientType === "distributionList",
      role: roles[0],
      isMyManagerCasework: email !== "" && email === myManager,
      ...(conflict ? { roleConflict: conflict } : {}),
    });
  }
  return [...byKey.values()].sort(comparePeople);
}

/** Rooms and equipment, whether listed as resources, typed "other", or only named like a room. */
export function isResource(policy: CompiledPolicy, recipient: EmailAddress): boolean {
  if (recipient.recipientType === "other") return true;
  if (recipient.recipientType === "distributionList") return false;
  const email = lower(recipient.emailAddress);
  return (
    policy.nonPeople.resourceName.test(recipient.displayName ?? "") ||
    (email !== "" && policy.nonPeople.resourceEmail.test(email))
  );
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Organizer first, then by attendance and name (case and accents aside), so listing order never
 * changes the result. Folded names rather than an Intl.Collator, whose locale data costs the
 * pane's start-up about 15 ms.
 */
export function comparePeople(a: Person, b: Person): number {
  return (
    ATTENDANCE_RANK[a.attendance] - ATTENDANCE_RANK[b.attendance] ||
    byCodeUnits(fold(a.name).folded, fold(b.name).folded) ||
    byCodeUnits(a.key, b.key)
  );
}

/** A person's name in the body followed by their title, as in a signature block. */
export interface Signature {
  role: PersonRole;
  /** The folded span from the name to the end of the title, never read for QA words. */
  start: number;
  end: number;
}

/**
 * Where a person signs: at the start of a line, their full name, or their first name alone on the line
 * (as in "Darryl" above "Manager Caseworker"). A name inside a sentence is prose, not a signature.
 */
function nameInBody(folded: string, name: string): { at: number; after: number } | undefined {
  const first = name.split(/\s+/)[0] ?? "";
  const full = name.length >= 3 && /\s/.test(name) ? escapeRegex(name) : undefined;
  const alone = first.length >= 3 ? `${escapeRegex(first)}(?=[ \\t,]*(?:\\n|$))` : undefined;
  for (const pattern of [full, alone]) {
    if (!pattern) continue;
    const line = new RegExp(`(?:^|\\n)[ \\t>]*(${pattern})`, "u").exec(folded);
    if (!line?.[1]) continue;
    const at = line.index + line[0].length - line[1].length;
    return { at, after: at + line[1].length };
  }
  return undefined;
}

/** A signature's lines are short; a long line is prose, even when it follows a name. */
const SIGNATURE_LINE = 90;

/**
 * Where a signature block that starts at `from` ends: the rest of the name's line and up to three
 * short lines after it, stopping at a blank line ("Ingrid Solberg / Continuous Improvement Officer /
 * QACI - Statewide Practice Quality").
 */
function endOfBlock(text: string, from: number): number {
  let end = text.indexOf("\n", from);
  if (end < 0) return Math.min(text.length, from + SIGNATURE_LINE);
  if (end - from > SIGNATURE_LINE) return from + SIGNATURE_LINE;
  for (let line = 1; line < 4; line += 1) {
    const next = text.indexOf("\n", end + 1);
    const lineText = text.slice(end + 1, next < 0 ? text.length : next);
    if (lineText.trim() === "" || lineText.length > SIGNATURE_LINE) return end;
    if (next < 0) return text.length;
    end = next;
  }
  return end;
}

/** Finds a role written next to a person's name in the body, as in a signature block. */
export function signatureOf(policy: CompiledPolicy, body: FoldedText, person: Person): Signature | undefined {
  const found = nameInBody(body.folded, fold(person.name).folded.trim());
  if (!found) return undefined;
  const { at, after } = found;
  const windowEnd = endOfBlock(body.folded, after);
  const role = roleInTitle(policy, originalSlice(body, after, windowEnd), false);
  if (!role) return undefined;
  return {
    role: roleFrom(role, "body", originalSlice(body, at, windowEnd).trim()),
    start: at,
    end: windowEnd,
  };
}
