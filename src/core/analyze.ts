import {
  readAttendance,
  readForwarded,
  type AttendanceReading,
  type Forwarded,
  type KnownName,
} from "./attendance";
import { segment } from "./clauses";
import { compilePolicy, type CompiledPolicy } from "./compiled-policy";
import { whoWillAttend, type NotCounted } from "./attendees";
import { listedPeople, type Person, signatureOf, splitDisplayName } from "./people";
import type { Verdict } from "./policy";
import type { CheckPolicy } from "./policy-texts";
import { MANAGER_CASEWORK } from "./policy-common";
import { readPurpose } from "./purpose";
import {
  assessQa,
  type Evidence,
  type QaAssessment,
  stripBoilerplate,
  stripSignature,
  type TextField,
  HitIndex,
  topicHits,
} from "./qa-signals";
import type { InviteSnapshot } from "./snapshot";
import { escapeRegex, fold, type FoldedText, maskAll, READ_CLOSELY } from "./text";

export interface Analysis {
  verdict: Verdict;
  /** One plain sentence: what the meeting looks like and who will be there. */
  headline: string;
  /** What the policy advises for this verdict, under the directive's current standing. */
  advice: string;
  /** For an unclear verdict: questions the user can put to the organizer. */
  checks: string[];
  qa: QaAssessment;
  /** Why: the words matched and the people counted, each with where it was found. */
  evidence: Evidence[];
  /** Everyone but the mailbox owner who will be there, with their roles. */
  people: Person[];
  /** People on the invite who are not counted, and why: an apology, a booking mailbox. */
  notCounted: NotCounted[];
  /** The user's own Manager Casework when known: named in settings, or the only one on the invite. */
  managerCasework: Person | undefined;
  organizer: Person | undefined;
}

/** Bodies past this size are read only this far; invites are rarely a tenth of it. */
export const MAX_BODY_CHARACTERS = 1_000_000;

/** Finds roles written beside listed people's names, as in signature blocks; returns the spans. */
function readSignatures(policy: CompiledPolicy, body: FoldedText, people: readonly Person[]) {
  return people.flatMap((person) => {
    const signature = person.isDistributionList ? undefined : signatureOf(policy, body, person);
    if (!signature) return [];
    if (!person.role) person.role = signature.role;
    else if (signature.role.id === person.role.id) delete person.roleConflict;
    else if (person.role.source !== "settings") {
      person.roleConflict = `their signature says ${signature.role.label}, but ${person.role.source === "directory" ? "the directory" : "the invite"} says ${person.role.label}`;
    }
    return [signature];
  });
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

function knownNames(snapshot: InviteSnapshot, people: readonly Person[]): KnownName[] {
  const names = people
    .filter((person) => !person.isDistributionList)
    .map((person) => ({ first: person.name.split(/\s+/)[0] ?? "", full: person.name, owner: false }));
  const owner = splitDisplayName(snapshot.mailbox.displayName ?? "").name;
  if (owner) names.push({ first: owner.split(/\s+/)[0] ?? "", full: owner, owner: true });
  return names;
}

interface ManagerReading {
  manager: Person | undefined;
  /** The organizer says they act as, or now are, the owner's Manager Casework: "I'm your A/MCW". */
  actingClaim: string | undefined;
  /** The organizer calls themselves the owner's Manager Casework, giving no reason, when settings name another. */
  bareClaim: string | undefined;
}

/**
 * The owner's Manager Casework: the one in settings, or the only Manager Casework on the invite;
 * an organizer who says they act as the owner's Manager Casework takes the place of settings.
 */
function findManagerCasework(
  people: readonly Person[],
  managerFromSettings: string | undefined,
  attendance: AttendanceReading,
): ManagerReading {
  const organizer = people.find((person) => person.attendance === "organizer");
  const claimed = organizer && !managerFromSettings ? attendance.claimedManager : undefined;
  const handedOver = organizer?.role?.id === MANAGER_CASEWORK ? attendance.handoverManager : undefined;
  const actingClaim = organizer ? (attendance.actingManager ?? handedOver ?? claimed) : undefined;
  const mayManage = !organizer?.role || organizer.role.id === MANAGER_CASEWORK;
  const bareClaim = organizer && !actingClaim && mayManage ? attendance.claimedManager : undefined;
  if (organizer && actingClaim) {
    delete organizer.roleConflict;
    return { manager: organizer, actingClaim, bareClaim };
  }
  if (managerFromSettings) {
    return { manager: people.find((person) => person.isMyManagerCasework), actingClaim, bareClaim };
  }
  const managers = people.filter((person) => person.role?.id === MANAGER_CASEWORK);
  return { manager: managers.length === 1 ? managers[0] : undefined, actingClaim, bareClaim };
}

function describePerson(person: Person): string {
  if (person.isDistributionList) return `${person.name} (distribution list)`;
  if (person.supportsOwner) return `${person.name} (your support person)`;
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

/** The attendees as one reason: who will be there, who is left out and why, and what that means. */
function attendanceEvidence(
  people: readonly Person[],
  notCounted: readonly NotCounted[],
  meaning: string,
): Evidence {
  const counted = people.length > 0 ? people.map(describePerson).join(", ") : "no one but you";
  const left = notCounted.map((entry) => `${entry.name}: ${entry.reason}`);
  return {
    source: "attendees",
    quote: left.length > 0 ? `${counted}; not counted: ${left.join("; ")}` : counted,
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

interface DecisionInputs {
  qa: QaAssessment;
  people: readonly Person[];
  notCounted: readonly NotCounted[];
  managers: ManagerReading;
  managerFromSettings: string | undefined;
  attendance: AttendanceReading;
  /** Whether a name is a shared mailbox's rather than a person's: "Audits", "District Performance". */
  isMailbox: (name: string) => boolean;
  /** Outlook gave only the first recipients (snapshot item.attendeesTruncated): there may be more. */
  truncated: boolean;
}

function countPeople(people: readonly Person[], truncated = false): string {
  if (people.some((person) => person.isDistributionList)) return `at least ${people.length + 1} other people`;
  if (truncated) return `at least ${people.length} other people`;
  return people.length === 1 ? "1 other person" : `${people.length} other people`;
}

function quoteList(qa: QaAssessment): string {
  const quotes = qa.evidence
    .filter((entry) => entry.weight > 0 && (entry.kind === "signal" || entry.kind === "own-work"))
    .map((entry) => `"${entry.quote}"`);
  return quotes.length > 0 ? quotes.join(", ") : "nothing that names a QA review";
}

function organizerName(people: readonly Person[]): string {
  return people.find((person) => person.attendance === "organizer")?.name ?? "the organizer";
}

function decide(inputs: DecisionInputs): Decision {
  const { qa, people, notCounted, managers, managerFromSettings, attendance, isMailbox, truncated } = inputs;
  if (qa.level === "none") {
    return {
      verdict: "not-qa-review",
      headline: "This does not look like a Quality Assurance review.",
      checks: [],
    };
  }
  const name = reviewName(qa);
  const list = people.map(describePerson).join(", ");
  const several = people.length > 1 || people.some((person) => person.isDistributionList);
  const [only] = people;
  const asker = organizerName(people);
  const evidence = (meaning: string) => attendanceEvidence(people, notCounted, meaning);
  const purposeCheck = `Ask ${asker}: will the meeting go through your own files, figures or overdue work, and against which tool?`;
  const weakChecks = [
    qa.conflict ??
      `The invite mentions ${quoteList(qa)}, but that is not enough to be sure it is a QA review.`,
    purposeCheck,
  ];

  if (attendance.unconfirmed) {
    return {
      verdict: "unclear",
      headline: `This looks like ${name}, but who will attend is not confirmed yet.`,
      checks: [
        `The invite says "${attendance.unconfirmed}".`,
        `Ask ${asker} who will attend besides your Manager Casework.`,
        ...(qa.level === "weak" ? [purposeCheck] : []),
      ],
      attendance: evidence("who will attend is still to be confirmed"),
    };
  }
  if (!several && only && only === managers.manager && !only.roleConflict) {
    const acting = managers.actingClaim ? `, who writes "${managers.actingClaim}"` : "";
    return {
      verdict: "one-to-one",
      headline: `This looks like ${name} one-to-one with your Manager Casework, ${only.name}${acting}.`,
      checks: [],
      attendance: evidence(
        managers.actingClaim
          ? "the only other person says they act as your Manager Casework"
          : "the only other person is your Manager Casework",
      ),
    };
  }
  if (qa.level === "weak") {
    return {
      verdict: "unclear",
      headline: `This might be a QA review${people.length ? ` with ${countPeople(people, truncated)}: ${list}` : ""}.`,
      checks: [...weakChecks, ...(several ? [`Ask who will attend besides your Manager Casework.`] : [])],
      attendance: evidence("who attends matters only if this is a QA review"),
    };
  }
  const supporters = people.filter((person) => person.supportsOwner);
  const panel = people.filter((person) => !person.supportsOwner);
  const [onlyOnPanel] = panel;
  if (
    onlyOnPanel &&
    supporters.length > 0 &&
    panel.length === 1 &&
    onlyOnPanel === managers.manager &&
    !onlyOnPanel.roleConflict
  ) {
    const names = supporters.map((person) => person.name).join(" and ");
    return {
      verdict: "unclear",
      headline: `This looks like ${name} with your Manager Casework, ${onlyOnPanel.name}, and ${names}, who comes as your support person.`,
      checks: [
        `The invite says "${supporters[0]?.supportsOwner ?? ""}".`,
        "The direction allows a QA meeting only one-to-one with your Manager Casework. A support person you chose is on your side, but the meeting is no longer one-to-one: ask your PSA delegate whether to go.",
      ],
      attendance: evidence("besides your Manager Casework, only your own support person will be there"),
    };
  }
  if (several) {
    const lists = people.find((person) => person.isDistributionList);
    const extra = lists ? " (a distribution list invites several)" : "";
    return {
      verdict: "directive-applies",
      headline: `This looks like ${name} with ${countPeople(people, truncated)}${extra}: ${list}.`,
      checks: [],
      attendance: evidence("more than your Manager Casework will be there, so it is not one-to-one"),
    };
  }
  if (!only) {
    return {
      verdict: "unclear",
      headline: `This looks like ${name}, but the invite lists no one else.`,
      checks: [`Ask ${asker} who will attend besides you.`],
      attendance: evidence("the invite names no one else, so who will attend is not known"),
    };
  }
  if (only.roleConflict) {
    return {
      verdict: "unclear",
      headline: `This looks like ${name} with 1 other person, ${only.name}, whose role the sources disagree on.`,
      checks: [
        `For ${only.name}, ${only.roleConflict}.`,
        `Check whether ${only.name} is your Manager Casework; if so, the meeting is one-to-one, and if not, the direction applies.`,
      ],
      attendance: evidence("whether the only other person is your Manager Casework is in doubt"),
    };
  }
  if (managers.bareClaim && only.attendance === "organizer") {
    const inSettings = managerFromSettings ?? "no one";
    return {
      verdict: "unclear",
      headline: `This looks like ${name} with ${only.name}, who says they are your Manager Casework; your settings name another.`,
      checks: [
        `${only.name} writes "${managers.bareClaim}", and your settings name ${inSettings} as your Manager Casework.`,
        `Ask ${only.name} whether they are acting as your Manager Casework: if so, the meeting is one-to-one; if not, the direction applies.`,
      ],
      attendance: evidence(
        "the only other person calls themselves your Manager Casework, which your settings do not show",
      ),
    };
  }
  if (!only.role && isMailbox(only.name)) {
    return {
      verdict: "unclear",
      headline: `This looks like ${name}, sent from a shared mailbox, ${only.name}, that does not say who will attend.`,
      checks: [
        `Ask ${only.name} who will attend, and whether your Manager Casework will be the only other person there.`,
      ],
      attendance: evidence("the only other party is a shared mailbox, so who will attend is not known"),
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
      attendance: evidence(`the only other person is ${whose}, so it is not one-to-one with yours`),
    };
  }
  return {
    verdict: "unclear",
    headline: `This looks like ${name} with 1 other person, ${only.name}, whose role is not known.`,
    checks: [
      `Check whether ${only.name} is your Manager Casework. If so, set them as your Manager Casework in settings; if not, the direction applies.`,
    ],
    attendance: evidence("the only other person's role is not known"),
  };
}

/** Whether the invite a forward carries was sent to the owner, or names them. */
function ownerOnForward(snapshot: InviteSnapshot, forwarded: Forwarded): boolean {
  const ownerName = splitDisplayName(snapshot.mailbox.displayName ?? "").name.toLowerCase();
  const firstName = ownerName.split(/\s+/)[0] ?? "";
  const listed = forwarded.attendees.some(
    (attendee) =>
      isOwner(snapshot, attendee.emailAddress) ||
      (ownerName !== "" && splitDisplayName(attendee.displayName).name.toLowerCase() === ownerName),
  );
  const surname = ownerName.split(/\s+/).slice(1).join(" ");
  const byFirstName = firstName.length >= 3 && new RegExp(`\\b${escapeRegex(firstName)}\\b`, "iu");
  // "B. Hennessy" in a schedule of slots.
  const byInitial =
    surname.length >= 2 &&
    new RegExp(`\\b${escapeRegex(firstName.charAt(0))}\\.?\\s+${escapeRegex(surname)}\\b`, "iu");
  const named = [byFirstName, byInitial].some((pattern) => pattern && pattern.test(forwarded.original));
  return listed || named;
}

function isOwner(snapshot: InviteSnapshot, email: string | undefined): boolean {
  const owner = snapshot.mailbox.emailAddress?.trim().toLowerCase();
  return owner !== undefined && owner !== "" && email?.trim().toLowerCase() === owner;
}

/** Whether the text holds at most this many words, counting no further than needed. */
function hasAtMostWords(text: FoldedText, limit: number): boolean {
  const words = /[\p{L}\p{N}]+/gu;
  let count = 0;
  while (words.exec(text.folded) !== null) {
    count += 1;
    if (count > limit) return false;
  }
  return true;
}

/** The directive engine: reads an invite snapshot and decides, with its evidence. Pure and synchronous. */
export function analyze(snapshot: InviteSnapshot, policy: CheckPolicy): Analysis {
  const compiled = compilePolicy(policy);
  const subject = fold(snapshot.item.subject);
  const body = fold(snapshot.item.body.slice(0, MAX_BODY_CHARACTERS));
  stripBoilerplate(compiled, subject, body);

  const listed = listedPeople(compiled, snapshot);
  const signatures = readSignatures(compiled, body, listed);
  const whole = segment(body, compiled.clauseRules);
  const attendance = readAttendance(compiled, whole, knownNames(snapshot, listed));
  const forwarded = readForwarded(compiled, whole);
  const { people, notCounted } = whoWillAttend(
    compiled,
    snapshot,
    listed,
    attendance,
    forwarded?.attendees ?? [],
  );

  stripSignature(compiled, body);
  maskAll(body, nonOverlapping(signatures));
  const fields: TextField[] = [
    { source: "subject", segmented: segment(subject, compiled.clauseRules) },
    { source: "body", segmented: segment(body, compiled.clauseRules) },
  ];
  const hits = topicHits(compiled, fields);
  const hitIndex = new HitIndex(hits);
  const organizer = people.find((person) => person.attendance === "organizer");
  const ownerName = splitDisplayName(snapshot.mailbox.displayName ?? "").name;
  const reading = readPurpose(compiled, fields, {
    firstName: ownerName.split(/\s+/)[0],
    ownerIsAuthor: isOwner(snapshot, snapshot.item.organizer?.emailAddress),
    topicWithin: (source, start, end) => hitIndex.topicWithin(source, start, end),
    maskedWithin: (source, start, end) => hitIndex.maskedWithin(source, start, end),
  });
  const qa = assessQa(compiled, {
    item: snapshot.item,
    fields,
    hits,
    reading,
    people,
    bodyIsBare:
      hasAtMostWords(body, policy.reading.tooLittleWords) ||
      compiled.reading.detailsToFollow.test(body.folded.slice(0, READ_CLOSELY)),
    forwardedToOthers:
      forwarded !== undefined && !forwarded.invitesReader && !ownerOnForward(snapshot, forwarded),
  });
  const managerFromSettings = snapshot.settings.managerCasework?.trim() || undefined;
  const managers = findManagerCasework(people, managerFromSettings, attendance);
  const decision = decide({
    qa,
    people,
    notCounted,
    managers,
    managerFromSettings,
    attendance,
    isMailbox: (name) => compiled.nonPeople.sharedMailboxName.test(name),
    truncated: snapshot.item.attendeesTruncated === true,
  });
  return {
    verdict: decision.verdict,
    headline: decision.headline,
    checks: decision.checks,
    advice: policy.advice[decision.verdict],
    qa,
    evidence: decision.attendance ? [...qa.evidence, decision.attendance] : qa.evidence,
    people,
    notCounted,
    managerCasework: managers.manager,
    organizer,
  };
}
