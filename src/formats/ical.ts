import ICAL from "ical.js";
import PostalMime from "postal-mime";
import { FormatError } from "./errors";
import { htmlToText, looksLikeHtml } from "./html";
import { cleanDisplayName } from "./names";
import { isIanaZone, isoTime } from "./time";
import type { FileReading, Recipient } from "./types";

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;

/** iCalendar METHODs that answer or withdraw an invitation rather than make one (RFC 5546). */
const NOT_REQUEST_METHODS: Readonly<Record<string, string>> = {
  CANCEL: "a meeting cancellation",
  REPLY: "a reply to a meeting",
  COUNTER: "a counter-proposal for a meeting",
  DECLINECOUNTER: "a declined counter-proposal",
  REFRESH: "a request for a meeting's latest details",
};

const RECURRENCE: Readonly<Record<string, "daily" | "weekly" | "monthly" | "yearly">> = {
  DAILY: "daily",
  WEEKLY: "weekly",
  MONTHLY: "monthly",
  YEARLY: "yearly",
};

export interface CalendarSource {
  /** A bare .ics file, or the calendar part of an e-mail. */
  container: "file" | "email";
  /** The `method` parameter of the e-mail's calendar part, used when the calendar has no METHOD. */
  mimeMethod?: string | undefined;
  /** The e-mail's subject and text, used when the calendar has no SUMMARY or DESCRIPTION. */
  emailSubject?: string | undefined;
  emailText?: string | undefined;
  /** The mailbox owner's address, when known. */
  owner?: string | undefined;
}

/**
 * Some tools save a calendar still quoted-printable encoded ("CN=3D\"Ann\""). Decode it the way
 * a mail client would, through postal-mime, before iCalendar parsing.
 */
async function undoQuotedPrintable(text: string): Promise<string> {
  if (!/;[A-Za-z-]+=3D/.test(text)) return text;
  const message = `Content-Type: text/calendar; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${text}`;
  const email = await PostalMime.parse(message);
  const part = email.attachments[0];
  if (!part) return text;
  return typeof part.content === "string" ? part.content : new TextDecoder().decode(part.content);
}

/** Whether ical.js can read one content line on its own (a bad date, say, fails the whole file). */
function isReadableLine(line: string): boolean {
  if (/^(BEGIN|END):/i.test(line) || line.trim() === "") return true;
  try {
    ICAL.parse.property(line);
    return true;
  } catch {
    return false;
  }
}

/**
 * Calendar software sometimes writes one bad value (a DTEND with a digit too many). Rather than
 * refuse the invite, drop the lines ical.js cannot read and keep the rest.
 */
function withoutUnreadableLines(text: string): string {
  const unfolded = text.replace(/\r?\n[ \t]/g, "");
  return unfolded.split(/\r?\n/).filter(isReadableLine).join("\r\n");
}

function parseLeniently(text: string): unknown {
  try {
    return ICAL.parse(text);
  } catch (error) {
    try {
      return ICAL.parse(withoutUnreadableLines(text));
    } catch {
      const cutShort = /did not end|unexpected end/i.test((error as Error).message);
      throw new FormatError(
        cutShort
          ? "the calendar is cut short: it never ends"
          : "the calendar is damaged and could not be read",
        "damaged-calendar",
      );
    }
  }
}

/**
 * The calendar itself: lines ending in CR alone (old Exchange) made CRLF, and anything before
 * its BEGIN:VCALENDAR or after its last END:VCALENDAR (a mail signature, say) left out.
 */
function calendarText(text: string): string {
  const lines = text.replace(/\r(?!\n)/g, "\r\n");
  const begin = lines.search(/^BEGIN:VCALENDAR/im);
  const ends = [...lines.matchAll(/^END:VCALENDAR\b/gim)];
  const last = ends[ends.length - 1]?.index;
  const end = last !== undefined && last > begin ? last + "END:VCALENDAR".length : lines.length;
  return lines.slice(Math.max(begin, 0), end) + "\r\n";
}

function parseCalendar(text: string): Component {
  if (!/BEGIN:VCALENDAR/i.test(text))
    throw new FormatError("no calendar found (no BEGIN:VCALENDAR)", "no-calendar");
  const parsed = parseLeniently(text);
  const first: unknown = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed;
  if (!Array.isArray(first) || first.length === 0)
    throw new FormatError("no calendar found in the file", "no-calendar");
  const calendar = new ICAL.Component(first);
  if (calendar.name !== "vcalendar")
    throw new FormatError(`expected a VCALENDAR, found ${calendar.name.toUpperCase()}`, "no-calendar");
  return calendar;
}

function mainEvent(calendar: Component): Component {
  const events = calendar.getAllSubcomponents("vevent");
  const master = events.find((event) => !event.hasProperty("recurrence-id")) ?? events[0];
  if (master) return master;
  const others = calendar.getAllSubcomponents().filter((component) => component.name !== "vtimezone");
  const holds =
    others.length > 0
      ? ` (it holds ${others.map((component) => component.name.toUpperCase()).join(", ")})`
      : "";
  throw new FormatError(`the calendar has no event${holds}`, "no-event");
}

function textValue(component: Component, name: string): string | undefined {
  const value = valueOf(component.getFirstProperty(name));
  return typeof value === "string" ? value : undefined;
}

function parameter(property: Property, name: string): string | undefined {
  const value: unknown = property.getParameter(name);
  if (Array.isArray(value)) return value.join(", ");
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** The address: iCloud puts a relay in the value and the real one in EMAIL=, so EMAIL= comes first. */
function emailOf(property: Property): string | undefined {
  const emailParameter = parameter(property, "email")?.replace(/^mailto:/i, "");
  if (emailParameter?.includes("@")) return emailParameter;
  const value = String(property.getFirstValue() ?? "").trim();
  const mailto = /^mailto:/i;
  if (mailto.test(value)) return value.replace(mailto, "").trim() || undefined;
  return value.includes("@") ? value : undefined;
}

function recipientType(property: Property): Recipient["recipientType"] {
  const kind = parameter(property, "cutype")?.toUpperCase();
  if (
    kind === "RESOURCE" ||
    kind === "ROOM" ||
    parameter(property, "role")?.toUpperCase() === "NON-PARTICIPANT"
  ) {
    return "other";
  }
  return kind === "GROUP" ? "distributionList" : "user";
}

function recipient(property: Property): Recipient {
  const displayName = cleanDisplayName(parameter(property, "cn"));
  const emailAddress = emailOf(property);
  return {
    ...(displayName ? { displayName } : {}),
    ...(emailAddress ? { emailAddress } : {}),
    recipientType: recipientType(property),
  };
}

interface Attendees {
  requiredAttendees: Recipient[];
  optionalAttendees: Recipient[];
  resources: Recipient[];
}

function attendees(event: Component): Attendees {
  const sorted: Attendees = { requiredAttendees: [], optionalAttendees: [], resources: [] };
  for (const property of event.getAllProperties("attendee")) {
    const person = recipient(property);
    if (person.recipientType === "other") sorted.resources.push(person);
    else if (parameter(property, "role")?.toUpperCase() === "OPT-PARTICIPANT")
      sorted.optionalAttendees.push(person);
    else sorted.requiredAttendees.push(person);
  }
  return sorted;
}

function organizer(event: Component): Recipient | undefined {
  const property = event.getFirstProperty("organizer");
  if (!property) return undefined;
  const { recipientType: _type, ...organizerFields } = recipient(property);
  return organizerFields;
}

/** X-ALT-DESC is not a standard property, so ical.js leaves its escapes (\n, \,) in place. */
function unescapeText(raw: string): string {
  return raw.replace(/\\([nN\\;,])/g, (_whole, escaped: string) =>
    escaped.toLowerCase() === "n" ? "\n" : escaped,
  );
}

function body(event: Component, source: CalendarSource): string {
  const description = textValue(event, "description")?.trim();
  if (description) return looksLikeHtml(description) ? htmlToText(description) : description;
  const html = textValue(event, "x-alt-desc");
  const fromHtml = html ? htmlToText(unescapeText(html)) : "";
  if (fromHtml) return fromHtml;
  const emailText = source.emailText?.trim() ?? "";
  return looksLikeHtml(emailText) ? htmlToText(emailText) : emailText;
}

/** A property's value, or undefined when ical.js cannot make sense of it (say, a 9-digit date). */
function valueOf(property: Property | null): unknown {
  try {
    return property?.getFirstValue();
  } catch {
    return undefined;
  }
}

function timeOf(
  event: Component,
  calendar: Component,
  name: "dtstart" | "dtend",
): { time: Time; iso?: string; tzid?: string } | undefined {
  const property = event.getFirstProperty(name);
  const time = valueOf(property);
  if (!property || !(time instanceof ICAL.Time)) return undefined;
  const tzid = parameter(property, "tzid");
  const iso = isoTime(time, tzid, calendar);
  return { time, ...(iso ? { iso } : {}), ...(tzid ? { tzid } : {}) };
}

function endOf(event: Component, calendar: Component, start: ReturnType<typeof timeOf>): string | undefined {
  const end = timeOf(event, calendar, "dtend");
  if (end) return end.iso;
  const duration = valueOf(event.getFirstProperty("duration"));
  if (!start || !(duration instanceof ICAL.Duration)) return undefined;
  const computed = start.time.clone();
  computed.addDuration(duration);
  return isoTime(computed, start.tzid, calendar);
}

function recurrence(event: Component) {
  const rule = valueOf(event.getFirstProperty("rrule"));
  const frequency = rule instanceof ICAL.Recur ? RECURRENCE[rule.freq] : undefined;
  return frequency ? { recurrence: { recurrenceType: frequency } } : {};
}

function mailbox(event: Component, owner: string | undefined): Recipient {
  if (!owner) return {};
  const listed = event
    .getAllProperties("attendee")
    .map(recipient)
    .find((person) => person.emailAddress?.toLowerCase() === owner.toLowerCase());
  return { ...(listed?.displayName ? { displayName: listed.displayName } : {}), emailAddress: owner };
}

function methodOf(calendar: Component, source: CalendarSource): string {
  return (textValue(calendar, "method") ?? source.mimeMethod ?? "").trim().toUpperCase();
}

/** The METHOD line of text ical.js could not read, so a damaged reply is still known as one. */
function writtenMethod(text: string): string | undefined {
  return /^METHOD:[ \t]*([A-Za-z-]+)/im.exec(text)?.[1]?.toUpperCase();
}

function notRequestOf(method: string | undefined): FileReading | undefined {
  const reason = method ? NOT_REQUEST_METHODS[method] : undefined;
  return reason ? { kind: "not-request", reason } : undefined;
}

/**
 * The calendar, or what its method says it is when that is all there is to know: a reply or a
 * counter-proposal is one whatever it holds (only a VFREEBUSY, or a calendar too damaged to read).
 */
async function calendarOrNotRequest(text: string, source: CalendarSource): Promise<Component | FileReading> {
  const fromMime = notRequestOf(source.mimeMethod?.trim().toUpperCase());
  if (fromMime) return fromMime;
  const cleaned = calendarText(await undoQuotedPrintable(text));
  let calendar: Component;
  try {
    calendar = parseCalendar(cleaned);
  } catch (error) {
    const fromText = notRequestOf(writtenMethod(cleaned));
    if (fromText) return fromText;
    throw error;
  }
  return notRequestOf(methodOf(calendar, source)) ?? calendar;
}

/** Reads iCalendar text (a .ics file, or an e-mail's calendar part) as an invite or a not-request. */
export async function readCalendar(text: string, source: CalendarSource): Promise<FileReading> {
  const calendarOrReading = await calendarOrNotRequest(text, source);
  if (!(calendarOrReading instanceof ICAL.Component)) return calendarOrReading;
  const calendar = calendarOrReading;
  const method = methodOf(calendar, source);
  if (method === "PUBLISH" && !calendar.getFirstSubcomponent("vevent")) {
    return { kind: "not-request", reason: "a shared calendar with no meeting in it" };
  }
  const event = mainEvent(calendar);
  if (source.container === "email" && method === "PUBLISH" && !event.hasProperty("attendee")) {
    return { kind: "not-request", reason: "an e-mail sharing a published event, with no one invited" };
  }
  const start = timeOf(event, calendar, "dtstart");
  const end = endOf(event, calendar, start);
  const location = textValue(event, "location")?.trim();
  const uid = textValue(event, "uid")?.trim();
  const organizerAddress = organizer(event);
  return {
    kind: "invite",
    snapshot: {
      mailbox: mailbox(event, source.owner),
      item: {
        itemType: "message",
        itemClass: "IPM.Schedule.Meeting.Request",
        ...(uid ? { itemId: uid } : {}),
        subject: textValue(event, "summary")?.trim() || source.emailSubject?.trim() || "",
        ...(organizerAddress ? { organizer: organizerAddress } : {}),
        ...attendees(event),
        ...(start?.iso ? { start: start.iso } : {}),
        ...(end ? { end } : {}),
        ...(start?.tzid && isIanaZone(start.tzid) ? { timeZone: start.tzid } : {}),
        ...(location ? { location } : {}),
        ...recurrence(event),
        body: body(event, source),
      },
    },
  };
}
