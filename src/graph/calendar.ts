import type { EmailAddress, InviteSnapshotInput } from "../core";
import type { GraphClient, GraphResult } from "./graph-client";
import { GraphError } from "./graph-error";
import { mailboxRoot } from "./mailbox-root";
import { recurrenceOf, snapshotOfEvent, type GraphEvent } from "./events";
import { SCOPES } from "./scopes";

/**
 * The caseworker's meetings in a span of time, from GET /me/calendarView (or the owner's calendar,
 * /users/{owner}/calendarView, in a shared or delegated mailbox): bodies as text, only the fields
 * the engine reads, page by page along @odata.nextLink. The client waits out a 429's Retry-After.
 * Nothing read here is kept: the meetings go to the caller and no further.
 */

export interface CalendarMeeting {
  /** The event's Graph id: the occurrence's own, for one of a series. */
  eventId: string;
  /** The invite as the core reads it. */
  snapshot: InviteSnapshotInput;
}

export interface CalendarProgress {
  /** Pages of events read so far. */
  pages: number;
  /** Events read so far, the caseworker's own appointments and cancelled meetings included. */
  events: number;
}

export interface CalendarRequest {
  /** The span, as ISO 8601 date-times with an offset (Graph reads one without as UTC). */
  start: string;
  end: string;
  /** The caseworker whose calendar it is: every snapshot's mailbox. */
  mailbox: EmailAddress;
  /** The owner's address in a shared or delegated mailbox; their calendar is read instead of the user's. */
  mailboxOwner?: string;
  signal?: AbortSignal;
  /** Each page's meetings as soon as they are read. */
  onPage?: (meetings: readonly CalendarMeeting[], progress: CalendarProgress) => void;
  /** Microsoft 365 asked us to wait this many seconds before going on. */
  onWait?: (seconds: number) => void;
}

export type CalendarResult =
  | { outcome: "read"; meetings: CalendarMeeting[]; progress: CalendarProgress }
  /** What was read before the failure is kept; a stop by the user fails as "cancelled". */
  | { outcome: "failed"; error: GraphError; meetings: CalendarMeeting[]; progress: CalendarProgress };

/** Only what the engine reads, and what says whether an event is an invite to the caseworker. */
export const EVENT_FIELDS = [
  "subject",
  "body",
  "organizer",
  "attendees",
  "start",
  "end",
  "isAllDay",
  "location",
  "recurrence",
  "type",
  "seriesMasterId",
  "isCancelled",
  "isOrganizer",
  "responseStatus",
] as const;

/** Events per page; Graph's default for calendarView is 10. */
const PAGE_SIZE = 50;
/** A calendar with more than this many pages in the span is not read further (a runaway link). */
const MAX_PAGES = 40;
const BODY_AS_TEXT = { Prefer: 'outlook.body-content-type="text"' };

interface EventPage {
  value?: GraphEvent[] | null;
  "@odata.nextLink"?: string | null;
}

/**
 * Whether an event is an invite the caseworker might be asked to attend: not one they organized
 * (their own appointments included), not cancelled, not already declined.
 */
function isInvite(event: GraphEvent): event is GraphEvent & { id: string } {
  const response = event.responseStatus?.response ?? "none";
  return (
    typeof event.id === "string" &&
    event.id !== "" &&
    event.type !== "seriesMaster" &&
    event.isCancelled !== true &&
    event.isOrganizer !== true &&
    response !== "organizer" &&
    response !== "declined"
  );
}

function firstPath(root: string, request: CalendarRequest): string {
  const query = [
    `startDateTime=${encodeURIComponent(request.start)}`,
    `endDateTime=${encodeURIComponent(request.end)}`,
    `$select=${EVENT_FIELDS.join(",")}`,
    `$orderby=start/dateTime`,
    `$top=${PAGE_SIZE}`,
  ].join("&");
  return `${root}/calendarView?${query}`;
}

/**
 * The recurrence of each series the page's occurrences belong to (an occurrence carries none of
 * its own), looked up once per series. A series that cannot be read simply stays without one.
 */
async function seriesRecurrence(
  client: GraphClient,
  root: string,
  scopes: readonly string[],
  events: readonly GraphEvent[],
  known: Map<string, ReturnType<typeof recurrenceOf>>,
  signal: AbortSignal | undefined,
): Promise<GraphError | undefined> {
  const masters = [...new Set(events.map((event) => event.seriesMasterId ?? ""))].filter(
    (id) => id !== "" && !known.has(id),
  );
  for (const id of masters) {
    const result = await client.request<Pick<GraphEvent, "recurrence">>({
      method: "GET",
      path: `${root}/events/${encodeURIComponent(id)}?$select=recurrence`,
      scopes,
      ...(signal ? { signal } : {}),
    });
    if (!result.ok && result.error.kind === "cancelled") return result.error;
    known.set(id, result.ok && result.data ? recurrenceOf(result.data) : undefined);
  }
  return undefined;
}

function meetingOf(
  event: GraphEvent & { id: string },
  mailbox: EmailAddress,
  series: Map<string, ReturnType<typeof recurrenceOf>>,
): CalendarMeeting {
  const snapshot = snapshotOfEvent(event, mailbox);
  const recurrence = snapshot.item.recurrence ?? series.get(event.seriesMasterId ?? "");
  return {
    eventId: event.id,
    snapshot: recurrence ? { ...snapshot, item: { ...snapshot.item, recurrence } } : snapshot,
  };
}

/** Reads the span's meetings. Never rejects. */
export async function readCalendar(client: GraphClient, request: CalendarRequest): Promise<CalendarResult> {
  const root = mailboxRoot(request.mailboxOwner);
  const scopes = root === "/me" ? SCOPES.readCalendar : SCOPES.readSharedCalendar;
  const series = new Map<string, ReturnType<typeof recurrenceOf>>();
  const meetings: CalendarMeeting[] = [];
  const progress: CalendarProgress = { pages: 0, events: 0 };
  const seen = new Set<string>();
  let path: string | undefined = firstPath(root, request);
  const failed = (error: GraphError): CalendarResult => ({
    outcome: "failed",
    error,
    meetings,
    progress: { ...progress },
  });

  while (path !== undefined && progress.pages < MAX_PAGES) {
    seen.add(path);
    const result: GraphResult<EventPage> = await client.request<EventPage>({
      method: "GET",
      path,
      scopes,
      headers: BODY_AS_TEXT,
      notFoundMessage: "Outlook could not find this calendar. You may not have access to it.",
      ...(request.signal ? { signal: request.signal } : {}),
      ...(request.onWait ? { onWait: request.onWait } : {}),
    });
    if (!result.ok) return failed(result.error);
    const events = result.data?.value ?? [];
    const invites = events.filter(isInvite);
    const stopped = await seriesRecurrence(client, root, scopes, invites, series, request.signal);
    if (stopped) return failed(stopped);
    const page = invites.map((event) => meetingOf(event, request.mailbox, series));
    meetings.push(...page);
    progress.pages += 1;
    progress.events += events.length;
    request.onPage?.(page, { ...progress });
    const next: string | null | undefined = result.data?.["@odata.nextLink"];
    path = typeof next === "string" && next !== "" && !seen.has(next) ? next : undefined;
  }
  return { outcome: "read", meetings, progress: { ...progress } };
}
