import type { EmailAddress, InviteSnapshotInput } from "../core";

/**
 * Microsoft Graph's event, in the parts the engine reads, and how each part becomes the core's
 * snapshot. Shapes as the Graph documentation gives them (resources/event, attendee, dateTimeTimeZone).
 */

export interface GraphEmailAddress {
  name?: string | null;
  address?: string | null;
}

export interface GraphAttendee {
  type?: "required" | "optional" | "resource" | null;
  emailAddress?: GraphEmailAddress | null;
}

export interface GraphDateTime {
  dateTime?: string | null;
  timeZone?: string | null;
}

export interface GraphEvent {
  id?: string | null;
  subject?: string | null;
  body?: { contentType?: string | null; content?: string | null } | null;
  organizer?: { emailAddress?: GraphEmailAddress | null } | null;
  attendees?: GraphAttendee[] | null;
  start?: GraphDateTime | null;
  end?: GraphDateTime | null;
  isAllDay?: boolean | null;
  location?: { displayName?: string | null } | null;
  recurrence?: { pattern?: { type?: string | null } | null } | null;
  type?: "singleInstance" | "occurrence" | "exception" | "seriesMaster" | null;
  seriesMasterId?: string | null;
  isCancelled?: boolean | null;
  isOrganizer?: boolean | null;
  responseStatus?: { response?: string | null } | null;
}

type SnapshotItem = InviteSnapshotInput["item"];
type RecurrenceType = NonNullable<NonNullable<SnapshotItem["recurrence"]>["recurrenceType"]>;

/** Graph's recurrence pattern types, as the snapshot's. */
const RECURRENCE: Readonly<Record<string, RecurrenceType>> = {
  daily: "daily",
  weekly: "weekly",
  absoluteMonthly: "monthly",
  relativeMonthly: "monthly",
  absoluteYearly: "yearly",
  relativeYearly: "yearly",
};

export function addressOf(address: GraphEmailAddress | null | undefined): EmailAddress | undefined {
  const displayName = address?.name?.trim() || undefined;
  const emailAddress = address?.address?.trim() || undefined;
  if (!displayName && !emailAddress) return undefined;
  return { displayName, emailAddress, recipientType: undefined };
}

/** The attendees by kind, as the snapshot lists them: required, optional and resources (rooms). */
export function attendeesOf(attendees: readonly GraphAttendee[] | null | undefined) {
  const of = (type: GraphAttendee["type"]) =>
    (attendees ?? [])
      .filter((attendee) => (attendee.type ?? "required") === type)
      .map((attendee) => addressOf(attendee.emailAddress))
      .filter((address): address is EmailAddress => address !== undefined);
  return {
    requiredAttendees: of("required"),
    optionalAttendees: of("optional"),
    resources: of("resource"),
  };
}

/**
 * A Graph time as ISO 8601. Without a Prefer: outlook.timezone header Graph answers in UTC; an
 * all-day event is its date alone. A zone other than UTC (which we never ask for) stays as written.
 */
export function isoTimeOf(time: GraphDateTime | null | undefined, allDay: boolean): string | undefined {
  const value = time?.dateTime?.trim();
  if (!value || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined;
  if (allDay) return value.slice(0, 10);
  const wallClock = /^.{16}:\d{2}/.test(value) ? value.slice(0, 19) : `${value.slice(0, 16)}:00`;
  const zone = time?.timeZone?.trim().toUpperCase();
  return zone === "UTC" || zone === "Z" ? `${wallClock}Z` : wallClock;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/**
 * The body as text. We ask for text (Prefer: outlook.body-content-type="text"); should HTML come
 * back all the same, its tags are dropped so the engine reads words, not markup.
 */
export function bodyTextOf(body: GraphEvent["body"]): string {
  const content = body?.content ?? "";
  if ((body?.contentType ?? "text").toLowerCase() !== "html") return content;
  return content
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h\d)>/gi, "\n")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#\d+|[a-z]+);/gi, (entity: string, name: string) =>
      name.startsWith("#")
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name.toLowerCase()] ?? entity),
    );
}

export function recurrenceOf(event: Pick<GraphEvent, "recurrence">): SnapshotItem["recurrence"] {
  const type = event.recurrence?.pattern?.type;
  const recurrenceType = type ? RECURRENCE[type] : undefined;
  return recurrenceType ? { recurrenceType } : undefined;
}

/** The event as the core's snapshot of an invite in the caseworker's calendar. */
export function snapshotOfEvent(event: GraphEvent, mailbox: EmailAddress): InviteSnapshotInput {
  const allDay = event.isAllDay === true;
  return {
    mailbox,
    item: {
      itemType: "appointment",
      itemClass: "IPM.Appointment",
      itemId: event.id ?? undefined,
      subject: event.subject ?? "",
      organizer: addressOf(event.organizer?.emailAddress),
      ...attendeesOf(event.attendees),
      start: isoTimeOf(event.start, allDay),
      end: isoTimeOf(event.end, allDay),
      location: event.location?.displayName ?? undefined,
      recurrence: recurrenceOf(event),
      body: bodyTextOf(event.body),
    },
  };
}
