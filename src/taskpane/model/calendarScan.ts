import type { Verdict } from "../../core";
import { parseSnapshot } from "../../core/snapshot";
import type { CalendarMeeting } from "../../graph/calendar";
import type { StoredSettings } from "../../host";
import { checkInvite, type InviteContext } from "./checkInvite";

/**
 * "Check my calendar": the span to read, and each meeting read checked as the open item is. Pure:
 * nothing here is kept or sent; the rows live in the pane until it closes.
 */

export const DEFAULT_CALENDAR_WEEKS = 4;
/** The spans the pane offers, in weeks. */
export const CALENDAR_WEEK_CHOICES = [1, 2, 4, 8, 12] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

export function weeksOf(settings: StoredSettings): number {
  const weeks = settings.calendarWeeks;
  return typeof weeks === "number" && Number.isInteger(weeks) && weeks >= 1 ? weeks : DEFAULT_CALENDAR_WEEKS;
}

/** From now to `weeks` weeks ahead, as ISO 8601 date-times in UTC (which Graph reads as such). */
export function scanSpan(now: Date, weeks: number): { start: string; end: string } {
  return { start: now.toISOString(), end: new Date(now.getTime() + weeks * 7 * DAY_MS).toISOString() };
}

/** The verdicts the list shows, in its order: the meetings the direction covers, then the unclear. */
const LISTED: readonly Verdict[] = ["directive-applies", "unclear"];

export interface ScanRow {
  /** The event's Graph (REST) id: what opens it in Outlook and declines it. */
  eventId: string;
  verdict: Verdict;
  /** ISO 8601, as Graph gave it (UTC); undefined when the event has none. */
  start: string | undefined;
  subject: string;
  organizer: { name: string; email: string } | undefined;
  /** Everyone but the caseworker, as the engine counts them. */
  headCount: number;
  /** The checked invite: what the reply and the decline are drafted from. */
  context: InviteContext;
}

/** Each meeting checked with the user's settings; those the list shows, covered first, each by time. */
export function scanRows(meetings: readonly CalendarMeeting[], settings: StoredSettings): ScanRow[] {
  const rows: ScanRow[] = [];
  for (const meeting of meetings) {
    // This view is its own chunk, so it reads each meeting with the snapshot schema itself.
    const checked = checkInvite(meeting.snapshot, settings, undefined, parseSnapshot);
    if (!checked?.ok || !LISTED.includes(checked.analysis.verdict)) continue;
    const { analysis, snapshot } = checked;
    const organizer = analysis.organizer;
    rows.push({
      eventId: meeting.eventId,
      verdict: analysis.verdict,
      start: snapshot.item.start ?? undefined,
      subject: snapshot.item.subject,
      organizer: organizer ? { name: organizer.name, email: organizer.email ?? "" } : undefined,
      headCount: analysis.people.length,
      context: { snapshot, analysis, policy: checked.policy },
    });
  }
  const rank = (row: ScanRow) => LISTED.indexOf(row.verdict);
  const time = (row: ScanRow) => (row.start ? Date.parse(row.start) : Number.POSITIVE_INFINITY);
  return rows.sort((a, b) => rank(a) - rank(b) || time(a) - time(b));
}

/** "3 other people", as the verdict says it. */
export function headCountText(row: ScanRow): string {
  return row.headCount === 1 ? "1 other person" : `${row.headCount} other people`;
}

/** The date and time in the pane's own zone and language, e.g. "Tue 1 Dec, 10:00 am". */
export function whenText(start: string | undefined): string {
  if (!start) return "No time given";
  const date = new Date(start);
  if (Number.isNaN(date.getTime())) return "No time given";
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(start);
  return dateOnly
    ? date.toLocaleDateString(undefined, {
        weekday: "short",
        day: "numeric",
        month: "short",
        timeZone: "UTC",
      })
    : date.toLocaleString(undefined, {
        weekday: "short",
        day: "numeric",
        month: "short",
        hour: "numeric",
        minute: "2-digit",
      });
}
