import type { AttendanceReading, AttendanceStatement, ForwardedAttendee, Who } from "./attendance";
import type { CompiledPolicy } from "./compiled-policy";
import { comparePeople, type Person, rolesOf, splitDisplayName } from "./people";
import { MANAGER_CASEWORK } from "./policy-common";
import type { InviteSnapshot } from "./snapshot";

/** Someone on the invite who is not counted among those who will be there, and why. */
export interface NotCounted {
  name: string;
  reason: string;
}

const lower = (value: string | undefined) => (value ?? "").trim().toLowerCase();
const firstOf = (name: string) => lower(name.split(/\s+/)[0]);

/** The listed person a name refers to: the full name, or a first name only one person has. */
function personNamed(people: readonly Person[], name: string): Person | undefined {
  const full = people.find((person) => lower(person.name) === lower(name));
  if (full) return full;
  const first = firstOf(name);
  const byFirst = people.filter(
    (person) => firstOf(person.name) === first || lower(person.email?.split(/[@._-]/)[0]) === first,
  );
  return byFirst.length === 1 ? byFirst[0] : undefined;
}

function bodyPerson(name: string, role: Person["role"]): Person {
  return {
    key: `body:${name.toLowerCase()}`,
    name,
    email: undefined,
    attendance: "named-in-body",
    isDistributionList: false,
    role,
    isMyManagerCasework: false,
  };
}

interface Resolver {
  policy: CompiledPolicy;
  people: Person[];
  organizer: Person | undefined;
  ownerFirstName: string;
}

/** The person a statement is about, adding them when the body names someone the invite does not list. */
function resolve(resolver: Resolver, who: Who, statement: AttendanceStatement): Person | undefined {
  const { people } = resolver;
  const quote = statement.quote;
  switch (who.kind) {
    case "author":
      return resolver.organizer;
    case "owner-manager": {
      const mine =
        people.find((person) => person.isMyManagerCasework) ??
        people.find((person) => person.role?.id === MANAGER_CASEWORK);
      if (mine || !statement.attends) return mine;
      const added = bodyPerson("your Manager Casework", undefined);
      added.isMyManagerCasework = true;
      people.push(added);
      return added;
    }
    case "role": {
      const holder = people.find((person) => person.role?.id === who.role.role.id);
      if (holder || !statement.attends) return holder;
      const added = bodyPerson(`the ${who.role.role.label}`, {
        id: who.role.role.id,
        label: who.role.role.label,
        source: "body",
        quote,
      });
      people.push(added);
      return added;
    }
    case "person": {
      if (firstOf(who.name) === resolver.ownerFirstName) return undefined;
      const role = who.role
        ? { id: who.role.role.id, label: who.role.role.label, source: "body" as const, quote }
        : undefined;
      const known = personNamed(people, who.name);
      if (known) {
        if (!known.role && role) known.role = role;
        return known;
      }
      if (!statement.attends) return undefined;
      const added = bodyPerson(who.name, role);
      people.push(added);
      return added;
    }
  }
}

/** A sender who only booked the meeting: a booking calendar, or one who says they booked it for someone. */
function isBooker(
  policy: CompiledPolicy,
  organizerName: string,
  attendance: AttendanceReading,
  authorAttends: boolean,
): boolean {
  if (authorAttends) return false;
  const { nonPeople } = policy;
  if (nonPeople.bookingMailboxName.test(organizerName) || attendance.booking) return true;
  return attendance.mailboxBooking !== undefined && nonPeople.sharedMailboxName.test(organizerName);
}

function addForwarded(
  policy: CompiledPolicy,
  snapshot: InviteSnapshot,
  people: Person[],
  forwarded: readonly ForwardedAttendee[],
): void {
  const owner = lower(snapshot.mailbox.emailAddress);
  const ownerName = lower(splitDisplayName(snapshot.mailbox.displayName ?? "").name);
  for (const attendee of forwarded) {
    const email = lower(attendee.emailAddress);
    const name = splitDisplayName(attendee.displayName).name || attendee.emailAddress || "";
    if (!name || (email && email === owner) || lower(name) === ownerName) continue;
    const known = email ? people.find((person) => person.email === email) : personNamed(people, name);
    if (known) continue;
    const recipient = {
      displayName: attendee.displayName,
      emailAddress: attendee.emailAddress,
      recipientType: undefined,
    };
    const isDistributionList = policy.nonPeople.groupName.test(name);
    people.push({
      key: email || `forwarded:${name.toLowerCase()}`,
      name,
      email: email || undefined,
      attendance: "named-in-body",
      isDistributionList,
      role: isDistributionList ? undefined : rolesOf(policy, snapshot, recipient, email)[0],
      isMyManagerCasework: email !== "" && email === lower(snapshot.settings.managerCasework),
    });
  }
}

/**
 * Who will be there: the people listed, less those the body says will not come and a sender who
 * only booked the room, plus those the body or a forwarded original says will come.
 */
export function whoWillAttend(
  policy: CompiledPolicy,
  snapshot: InviteSnapshot,
  listed: readonly Person[],
  attendance: AttendanceReading,
  forwarded: readonly ForwardedAttendee[],
): { people: Person[]; notCounted: NotCounted[] } {
  const people = [...listed];
  const resolver: Resolver = {
    policy,
    people,
    organizer: listed.find((person) => person.attendance === "organizer"),
    ownerFirstName: firstOf(splitDisplayName(snapshot.mailbox.displayName ?? "").name),
  };
  addForwarded(policy, snapshot, people, forwarded);
  const said = new Map<Person, { attends: boolean; quote: string }[]>();
  for (const statement of attendance.statements) {
    const person = resolve(resolver, statement.who, statement);
    if (!person) continue;
    if (statement.supportsOwner) person.supportsOwner = statement.quote;
    said.set(person, [...(said.get(person) ?? []), { attends: statement.attends, quote: statement.quote }]);
  }

  const notCounted: NotCounted[] = [];
  const leaveOut = new Set<Person>();
  for (const [person, statements] of said) {
    if (statements.some((statement) => statement.attends)) continue;
    leaveOut.add(person);
    notCounted.push({ name: person.name, reason: `the invite says "${statements[0]?.quote ?? ""}"` });
  }
  if (attendance.oneAtATime) {
    for (const list of people.filter((person) => person.isDistributionList && !leaveOut.has(person))) {
      leaveOut.add(list);
      notCounted.push({
        name: list.name,
        reason: `its members come one at a time ("${attendance.oneAtATime}")`,
      });
    }
  }
  const organizer = resolver.organizer;
  const authorAttends = organizer
    ? (said.get(organizer) ?? []).some((statement) => statement.attends)
    : false;
  if (
    organizer &&
    !leaveOut.has(organizer) &&
    isBooker(policy, snapshot.item.organizer?.displayName ?? organizer.name, attendance, authorAttends)
  ) {
    leaveOut.add(organizer);
    notCounted.push({
      name: organizer.name,
      reason: attendance.booking
        ? `booked it for someone else ("${attendance.booking}")`
        : "a booking mailbox",
    });
  }
  return { people: people.filter((person) => !leaveOut.has(person)).sort(comparePeople), notCounted };
}
