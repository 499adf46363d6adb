import { VERDICTS, type Verdict } from "../core";
import type { RecordRow } from "./csv";
import { dayOf, isZoned, monthOf, monthsBetween } from "./dates";
import { USER_ACTIONS, type UserAction } from "./entry";

/** A row of a record and where it came from. */
export interface SourcedRow {
  row: RecordRow;
  file: string;
  rowNumber: number;
}

export interface MemberResponse {
  /** How the records tell members apart: the e-mail address, else the name, else the file. */
  key: string;
  name: string;
  email: string;
  action: UserAction;
}

/** One invite, however many rows of however many records held it. */
export interface MergedInvite {
  /** Its newest check: the verdict, people and roles that stand for the invite. */
  row: RecordRow;
  /** The meeting's day on the reader's clock (YYYY-MM-DD); the day it was checked when the record has no meeting time. */
  day: string;
  /** Whether `day` is the day it was checked, for want of the meeting's own. */
  dayIsChecked: boolean;
  /** What each member it reached did, as their newest check of it says. */
  members: MemberResponse[];
  /** How many rows held it. */
  rows: number;
}

export interface Tally {
  label: string;
  count: number;
}

export interface MonthCount {
  month: string;
  verdict: Verdict;
  count: number;
}

export interface SummaryOptions {
  /** The reader's IANA time zone: days and months are on its clock. */
  timeZone: string;
  /** Only invites on or after this day (YYYY-MM-DD). */
  since?: string | undefined;
  /** Only invites on or before this day (YYYY-MM-DD). */
  until?: string | undefined;
}

export interface RecordSummary {
  /** Rows merged, before duplicates are removed. */
  rows: number;
  /** Rows that held an invite another row already counted. */
  duplicates: number;
  /** Invites left out by `since` and `until`. */
  outsideDates: number;
  /** The invites, by day. */
  invites: MergedInvite[];
  /** Distinct members whose records held them. */
  members: number;
  firstDay: string | undefined;
  lastDay: string | undefined;
  totals: Record<Verdict, number>;
  /** Every month from the first invite's to the last's, by verdict, months with none included. */
  perMonth: MonthCount[];
  /** The QA reviews the direction covers ("directive-applies"), and what they had in common. */
  covered: {
    invites: MergedInvite[];
    /** How many other people each had: the middle value and the range; undefined with none. */
    size: { median: number; smallest: number; largest: number } | undefined;
    /** How many of them had each role present, most first. */
    roles: Tally[];
    organizerRoles: Tally[];
    locations: Tally[];
    /** What members did about them: one for each member each reached. */
    actions: Record<UserAction, number>;
  };
  /** The policies that judged the rows, "id version", most first. */
  policies: Tally[];
  /** Invites dated by the day they were checked, their records having no meeting time. */
  datedByCheck: number;
}

const lower = (text: string) => text.trim().toLowerCase();

/** The subject without the reply and forward prefixes a forwarded copy gains. */
function plainSubject(subject: string): string {
  return lower(subject.replace(/^\s*(?:(?:re|fw|fwd)\s*:\s*)+/i, "").replace(/\s+/g, " "));
}

function memberKey({ row, file }: SourcedRow): string {
  return lower(row.member.email) || lower(row.member.name) || `file ${file}`;
}

/**
 * What makes two rows the same invite. With the meeting's time: the same start, organizer and
 * subject, whoever's record it is in (the same invite sent to two members, or checked twice).
 * Without it, only a repeat of the same row of the same member's record can be told.
 */
function inviteKey(sourced: SourcedRow): string {
  const { row } = sourced;
  const organizer = lower(row.organizer.email) || lower(row.organizer.name);
  if (row.meetingStart) {
    const start = isZoned(row.meetingStart) ? String(Date.parse(row.meetingStart)) : row.meetingStart;
    return JSON.stringify(["meeting", start, organizer, plainSubject(row.subject)]);
  }
  return JSON.stringify(["row", memberKey(sourced), row.checkedAt, organizer, plainSubject(row.subject)]);
}

const newer = (a: RecordRow, b: RecordRow) => Date.parse(a.checkedAt) > Date.parse(b.checkedAt);

/** Merges rows into invites: duplicates counted once, each member's newest check kept. */
export function mergeRows(rows: readonly SourcedRow[], timeZone: string): MergedInvite[] {
  interface Group {
    newest: RecordRow;
    rows: number;
    /** Each member's newest row. */
    members: Map<string, RecordRow>;
  }
  const groups = new Map<string, Group>();
  for (const sourced of rows) {
    const key = inviteKey(sourced);
    const group: Group = groups.get(key) ?? {
      newest: sourced.row,
      rows: 0,
      members: new Map<string, RecordRow>(),
    };
    group.rows += 1;
    if (newer(sourced.row, group.newest)) group.newest = sourced.row;
    const member = memberKey(sourced);
    const previous = group.members.get(member);
    if (!previous || newer(sourced.row, previous)) group.members.set(member, sourced.row);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ newest, rows: count, members }) => ({
      row: newest,
      day: dayOf(newest.meetingStart || newest.checkedAt, timeZone),
      dayIsChecked: !newest.meetingStart,
      members: [...members].map(([key, row]) => ({ key, ...row.member, action: row.action })),
      rows: count,
    }))
    .sort((a, b) => a.day.localeCompare(b.day) || a.row.subject.localeCompare(b.row.subject));
}

/** Counts of each label, most first, then by name. */
export function tally(labels: Iterable<string>): Tally[] {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** The middle value and the range; undefined for none. Sorted, not spread into Math.min: a record may hold any number. */
function sizeOf(
  values: readonly number[],
): { median: number; smallest: number; largest: number } | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const smallest = sorted[0];
  const largest = sorted[sorted.length - 1];
  if (smallest === undefined || largest === undefined) return undefined;
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, smallest, largest };
}

function countBy<K extends string>(keys: readonly K[], values: Iterable<K>): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

/** The invites by month and verdict, every month from the first to the last. */
export function countPerMonth(invites: readonly MergedInvite[]): MonthCount[] {
  const first = invites[0];
  const last = invites[invites.length - 1];
  if (!first || !last) return [];
  const counts = new Map<string, number>();
  for (const invite of invites) {
    const key = `${monthOf(invite.day)} ${invite.row.verdict}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return monthsBetween(monthOf(first.day), monthOf(last.day)).flatMap((month) =>
    VERDICTS.map((verdict) => ({ month, verdict, count: counts.get(`${month} ${verdict}`) ?? 0 })),
  );
}

/** The figures of one or many members' records, merged. Pure. */
export function summarise(rows: readonly SourcedRow[], options: SummaryOptions): RecordSummary {
  const merged = mergeRows(rows, options.timeZone);
  const invites = merged.filter(
    ({ day }) => (!options.since || day >= options.since) && (!options.until || day <= options.until),
  );
  const covered = invites.filter((invite) => invite.row.verdict === "directive-applies");
  const sizes = covered.map((invite) => invite.row.otherPeople);
  const members = new Set(invites.flatMap((invite) => invite.members.map((member) => member.key)));
  return {
    rows: rows.length,
    duplicates: rows.length - merged.length,
    outsideDates: merged.length - invites.length,
    invites,
    members: members.size,
    firstDay: invites[0]?.day,
    lastDay: invites[invites.length - 1]?.day,
    totals: countBy(
      VERDICTS,
      invites.map((invite) => invite.row.verdict),
    ),
    perMonth: countPerMonth(invites),
    covered: {
      invites: covered,
      size: sizeOf(sizes),
      roles: tally(covered.flatMap((invite) => invite.row.roles)),
      organizerRoles: tally(covered.map((invite) => invite.row.organizer.role || "not recorded")),
      locations: tally(covered.map((invite) => invite.row.location || "not given")),
      actions: countBy(
        USER_ACTIONS,
        covered.flatMap((invite) => invite.members.map((member) => member.action)),
      ),
    },
    policies: tally(
      rows.map(({ row }) =>
        row.policy.id ? `${row.policy.id} ${row.policy.version}`.trim() : "not recorded",
      ),
    ),
    datedByCheck: invites.filter((invite) => invite.dayIsChecked).length,
  };
}
