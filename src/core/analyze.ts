import { compilePolicy, type CompiledPolicy } from "./compiled-policy";
import {
  comparePeople,
  listedPeople,
  mentionsInBody,
  type BodyMention,
  type Person,
  signatureOf,
} from "./people";
import { MANAGER_CASEWORK, type Policy, type Verdict } from "./policy";
import { assessQa, type Evidence, type QaAssessment, stripBoilerplate, stripSignature } from "./qa-signals";
import type { InviteSnapshot } from "./snapshot";
import { fold, type FoldedText, maskAll } from "./text";

export interface Analysis {
  verdict: Verdict;
  /** One plain sentence: what the meeting looks like and who will be there. */
  headline: string;
  /** What the policy advises for this verdict, under the directive's current standing. */
  advice: string;
  /** For an unclear verdict: what the user should check. */
  checks: string[];
  qa: QaAssessment;
  /** Why: the words matched and the people counted, each with where it was found. */
  evidence: Evidence[];
  /** Everyone but the mailbox owner, with their roles. */
  people: Person[];
  /** The user's own Manager Casework when known: named in settings, or the only one on the invite. */
  managerCasework: Person | undefined;
  organizer: Person | undefined;
}

/** Bodies past this size are read only this far; invites are rarely a tenth of it. */
export const MAX_BODY_CHARACTERS = 1_000_000;

function addMentionedPeople(people: Person[], mentions: readonly BodyMention[], ownerName: string): void {
  const sameName = (person: Person, name: string) => person.name.toLowerCase() === name.toLowerCase();
  const sameFirstName = (person: Person, name: string) =>
    person.name.split(/\s+/)[0]?.toLowerCase() === name.split(/\s+/)[0]?.toLowerCase();
  for (const mention of mentions) {
    if (!mention.attends) continue;
    const role = mention.role
      ? {
          id: mention.role.role.id,
          label: mention.role.role.label,
          source: "body" as const,
          quote: mention.quote,
        }
      : undefined;
    if (mention.name) {
      if (sameFirstName({ name: ownerName } as Person, mention.name)) continue;
      const byFirst = people.filter((person) => sameFirstName(person, mention.name ?? ""));
      const known =
        people.find((person) => sameName(person, mention.name ?? "")) ??
        (byFirst.length === 1 ? byFirst[0] : undefined);
      if (known) {
        if (!known.role && role) known.role = role;
        continue;
      }
    } else if (!role || people.some((person) => person.role?.id === role.id)) {
      continue;
    }
    const name = mention.name ?? (role ? `the ${role.label}` : "someone");
    const key = `body:${name.toLowerCase()}`;
    if (people.some((person) => person.key === key)) continue;
    people.push({
      key,
      name,
      email: undefined,
      attendance: "named-in-body",
      isDistributionList: false,
      role,
      isMyManagerCasework: false,
    });
  }
}

/**
 * Everyone who will be there, with roles from signatures and mentions in the body. Then the
 * sign-off and each signature are blanked: who someone is says nothing about what the meeting is.
 */
function peopleOnInvite(policy: CompiledPolicy, snapshot: InviteSnapshot, body: FoldedText): Person[] {
  const people = listedPeople(policy, snapshot);
  const signatures = people.flatMap((person) => {
    const signature = person.isDistributionList ? undefined : signatureOf(policy, body, person);
    if (signature && !person.role) person.role = signature.role;
    return signature ? [signature] : [];
  });
  addMentionedPeople(people, mentionsInBody(policy, body), snapshot.mailbox.displayName ?? "");
  stripSignature(policy, body);
  maskAll(body, nonOverlapping(signatures));
  return people.sort(comparePeople);
}

/** The spans in order, merged where they overlap, as maskAll needs them. */
function nonOverlapping(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

function findManagerCasework(people: readonly Person[], managerFromSettings: string | undefined) {
  if (managerFromSettings) return people.find((person) => person.isMyManagerCasework);
  const managers = people.filter((person) => person.role?.id === MANAGER_CASEWORK);
  return managers.length === 1 ? managers[0] : undefined;
}

function describePerson(person: Person): string {
  if (person.isDistributionList) return `${person.name} (distribution list)`;
  if (person.attendance === "named-in-body" && person.role && person.name === `the ${person.role.label}`) {
    return `${person.name} (named in the body)`;
  }
  return person.role ? `${person.name} (${person.role.label})` : `${person.name} (role unknown)`;
}

function reviewName(qa: QaAssessment): string {
  const strongest = qa.evidence
    .filter((entry) => entry.kind === "signal")
    .sort((a, b) => b.weight - a.weight)
    .find((entry) => entry.reviewName);
  return strongest?.reviewName ?? "a QA review";
}

/** The attendees as one reason: who will be there, and what that means for the direction. */
function attendanceEvidence(people: readonly Person[], meaning: string): Evidence {
  return {
    source: "attendees",
    quote: people.length > 0 ? people.map(describePerson).join(", ") : "no one but you",
    label: "who will be there",
    meaning,
    weight: 0,
    kind: "people",
  };
}

interface Decision {
  verdict: Verdict;
  headline: string;
  checks: string[];
  /** Why the people listed lead to this verdict; absent when the meeting is not a QA review. */
  attendance?: Evidence;
}

function decide(
  qa: QaAssessment,
  people: readonly Person[],
  manager: Person | undefined,
  managerFromSettings: string | undefined,
): Decision {
  const name = reviewName(qa);
  if (qa.level === "none") {
    return {
      verdict: "not-qa-review",
      headline: "This does not look like a Quality Assurance review.",
      checks: [],
    };
  }
  const list = people.map(describePerson).join(", ");
  const several = people.length > 1 || people.some((person) => person.isDistributionList);
  const [only] = people;
  const onlyIsMyManager = !several && only !== undefined && only === manager;
  const weakNote = `The invite mentions ${quoteList(qa)}, but that is not enough to be sure it is a QA review.`;

  if (onlyIsMyManager) {
    return {
      verdict: "one-to-one",
      headline: `This looks like ${name} one-to-one with your Manager Casework, ${only.name}.`,
      checks: [],
      attendance: attendanceEvidence(people, "the only other person is your Manager Casework"),
    };
  }
  if (qa.level === "weak") {
    return {
      verdict: "unclear",
      headline: `This might be a QA review${people.length ? ` with ${countPeople(people)}: ${list}` : ""}.`,
      checks: [weakNote, "Ask the organizer what the meeting will cover and who will attend."],
      attendance: attendanceEvidence(people, "who attends matters only if this is a QA review"),
    };
  }
  if (several) {
    const lists = people.find((person) => person.isDistributionList);
    const extra = lists ? " (a distribution list invites several)" : "";
    return {
      verdict: "directive-applies",
      headline: `This looks like ${name} with ${countPeople(people)}${extra}: ${list}.`,
      checks: [],
      attendance: attendanceEvidence(
        people,
        "more than your Manager Casework will be there, so it is not one-to-one",
      ),
    };
  }
  if (!only) {
    return {
      verdict: "unclear",
      headline: `This looks like ${name}, but the invite lists no one else.`,
      checks: ["Check who will attend: the invite names no one but you."],
      attendance: attendanceEvidence(people, "the invite names no one else, so who will attend is not known"),
    };
  }
  if (only.role || managerFromSettings) {
    const whose =
      only.role?.id === MANAGER_CASEWORK
        ? "a Manager Casework, but not the one in your settings"
        : "not your Manager Casework";
    return {
      verdict: "directive-applies",
      headline: `This looks like ${name} with 1 other person: ${describePerson(only)}, who is ${whose}.`,
      checks: [],
      attendance: attendanceEvidence(
        people,
        `the only other person is ${whose}, so it is not one-to-one with yours`,
      ),
    };
  }
  return {
    verdict: "unclear",
    headline: `This looks like ${name} with 1 other person, ${only.name}, whose role is not known.`,
    checks: [
      `Check whether ${only.name} is your Manager Casework. If so, set them as your Manager Casework in settings; if not, the direction applies.`,
    ],
    attendance: attendanceEvidence(people, "the only other person's role is not known"),
  };
}

function countPeople(people: readonly Person[]): string {
  if (people.some((person) => person.isDistributionList)) return `at least ${people.length + 1} other people`;
  return people.length === 1 ? "1 other person" : `${people.length} other people`;
}

function quoteList(qa: QaAssessment): string {
  const quotes = qa.evidence
    .filter((entry) => entry.weight > 0 && entry.kind === "signal")
    .map((entry) => `"${entry.quote}"`);
  return quotes.length > 0 ? quotes.join(", ") : "some QA words";
}

/** The directive engine: reads an invite snapshot and decides, with its evidence. Pure and synchronous. */
export function analyze(snapshot: InviteSnapshot, policy: Policy): Analysis {
  const compiled = compilePolicy(policy);
  const subject = fold(snapshot.item.subject);
  const body = fold(snapshot.item.body.slice(0, MAX_BODY_CHARACTERS));
  stripBoilerplate(compiled, subject, body);
  const people = peopleOnInvite(compiled, snapshot, body);
  const managerFromSettings = snapshot.settings.managerCasework?.trim() || undefined;
  const manager = findManagerCasework(people, managerFromSettings);
  const qa = assessQa(compiled, snapshot.item, subject, body, people);
  const decision = decide(qa, people, manager, managerFromSettings);
  return {
    verdict: decision.verdict,
    headline: decision.headline,
    checks: decision.checks,
    advice: policy.advice[decision.verdict],
    qa,
    evidence: decision.attendance ? [...qa.evidence, decision.attendance] : qa.evidence,
    people,
    managerCasework: manager,
    organizer: people.find((person) => person.attendance === "organizer"),
  };
}
