import type { TransitionSystemTime, TzDefinitionRule, TzReg } from "@kenjiuno/msgreader";

/** An Outlook time zone: a TZDEFINITION's rules (one per span of years), or a single TZREG. */
export type OutlookZone = readonly TzDefinitionRule[] | TzReg;

type Rule = Pick<TzReg, "bias" | "standardBias" | "daylightBias" | "standardDate" | "daylightDate">;

const MINUTE = 60_000;

/** The rule in force in the given year: the last one that starts in or before it. */
function ruleFor(zone: OutlookZone, year: number): Rule | undefined {
  if (!Array.isArray(zone)) return zone as TzReg;
  const rules = zone as readonly TzDefinitionRule[];
  const started = rules.filter((rule) => !rule.start || new Date(rule.start).getUTCFullYear() <= year);
  return started[started.length - 1] ?? rules[0];
}

/**
 * When a change to or from daylight time happens in a year, in local wall-clock time as if UTC.
 * Windows writes "the nth weekday of the month" (week 5 is the last), or a fixed date with a year.
 */
function transition(date: TransitionSystemTime, year: number): number {
  if (date.year) return Date.UTC(date.year, date.month - 1, date.day, date.hour, date.minute);
  const first = new Date(Date.UTC(year, date.month - 1, 1));
  const firstMatch = 1 + ((date.dayOfWeek - first.getUTCDay() + 7) % 7);
  let day = firstMatch + (date.day - 1) * 7;
  const daysInMonth = new Date(Date.UTC(year, date.month, 0)).getUTCDate();
  while (day > daysInMonth) day -= 7;
  return Date.UTC(year, date.month - 1, day, date.hour, date.minute);
}

/** The zone's offset from UTC in minutes at the instant (east positive, as in "+10:00"). */
export function outlookOffsetAt(zone: OutlookZone, instant: Date): number | undefined {
  const rule = ruleFor(zone, instant.getUTCFullYear());
  if (!rule) return undefined;
  const standard = -(rule.bias + rule.standardBias);
  if (!rule.daylightDate.month || !rule.standardDate.month) return standard;
  const daylight = -(rule.bias + rule.daylightBias);
  const year = instant.getUTCFullYear();
  const daylightStarts = transition(rule.daylightDate, year) - standard * MINUTE;
  const daylightEnds = transition(rule.standardDate, year) - daylight * MINUTE;
  const time = instant.getTime();
  const inDaylight =
    daylightStarts < daylightEnds
      ? time >= daylightStarts && time < daylightEnds
      : time >= daylightStarts || time < daylightEnds;
  return inDaylight ? daylight : standard;
}
