import Mustache from "mustache";
import type { Analysis } from "./analyze";
import { firstName, splitDisplayName } from "./people";
import type { Policy, ReplyTemplate } from "./policy";
import type { InviteSnapshot } from "./snapshot";
import { escapeHtml } from "./text";

export interface Reply {
  templateId: string;
  subject: string;
  text: string;
  html: string;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "September 2022" from the policy's "2022-09". */
export function formatIssued(issued: string): string {
  const [year, month, day] = issued.split("-").map(Number);
  const monthName = MONTHS[(month ?? 1) - 1] ?? "";
  return [day, monthName, year].filter((part) => part !== undefined && part !== "").join(" ");
}

const DATE: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", year: "numeric" };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: "numeric", minute: "2-digit", hour12: true };

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** One formatter per zone and kind, kept; null for a zone Intl does not know. */
function formatterFor(
  timeZone: string,
  options: Intl.DateTimeFormatOptions = DATE_TIME,
): Intl.DateTimeFormat | null {
  const key = `${timeZone} ${Object.keys(options).join()}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat("en-AU", { ...options, timeZone });
    } catch {
      formatter = null;
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

function formatIn(instant: Date, formatter: Intl.DateTimeFormat): string {
  return formatter.format(instant).replace(" at ", ", ");
}

function partOf(instant: Date, zone: string, options: Intl.DateTimeFormatOptions, type: string) {
  return formatterFor(zone, options)
    ?.formatToParts(instant)
    .find((part) => part.type === type)?.value;
}

/** A zone's offset from UTC in minutes at an instant, from Intl's "GMT+11:00". */
function zoneOffset(instant: Date, zone: string): number | undefined {
  const name = partOf(instant, zone, { timeZoneName: "longOffset" }, "timeZoneName");
  const match = name ? /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name) : null;
  if (!match) return undefined;
  const minutes = Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}

/** The offset written in an ISO time ("+11:00"), or undefined for "Z" and floating times. */
function writtenOffset(start: string): number | undefined {
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(start);
  if (!offset) return undefined;
  return (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
}

/** "Sydney time" for Australia/Sydney, "UTC" for UTC, else the offset: the same in every browser. */
function zoneLabel(zone: string, instant: Date): string {
  const city = /^(?!Etc\/)[A-Za-z]+\/(?:[A-Za-z_-]+\/)?([A-Za-z_-]+)$/.exec(zone)?.[1];
  if (city) return `${city.replace(/_/g, " ")} time`;
  const offset = zoneOffset(instant, zone) ?? 0;
  if (offset === 0) return "UTC";
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  const minutes = String(Math.abs(offset) % 60).padStart(2, "0");
  return `UTC${offset < 0 ? "-" : "+"}${hours}:${minutes}`;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_ZONE = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;

/**
 * When the meeting starts, for the reader: an all-day date alone; a floating time as written; any
 * other time in the reader's zone when given (else in the zone the time was written in). The
 * reader's zone is named when the invite was written in a zone whose clock differs from it, so
 * the organizer reading the reply knows which clock is meant. `inviteZone` is the invite's own IANA
 * zone; without it, an offset written in `start` says where the invite was written ("Z" says nothing).
 */
export function formatWhen(
  start: string | undefined,
  zone?: string,
  inviteZone?: string,
): string | undefined {
  if (!start) return undefined;
  const utc = formatterFor("UTC");
  if (DATE_ONLY.test(start)) {
    const date = new Date(`${start}T00:00:00Z`);
    const dateOnly = formatterFor("UTC", DATE);
    return Number.isNaN(date.getTime()) || !dateOnly ? undefined : dateOnly.format(date);
  }
  const instant = new Date(start);
  if (Number.isNaN(instant.getTime()) || !utc) return undefined;
  if (!HAS_ZONE.test(start)) return formatIn(new Date(`${start}Z`), utc);
  const readers = zone ? formatterFor(zone) : null;
  if (!zone || !readers) {
    const offset = writtenOffset(start);
    if (offset === undefined) return `${formatIn(instant, utc)} UTC`;
    return formatIn(new Date(instant.getTime() + offset * 60_000), utc);
  }
  const when = formatIn(instant, readers);
  const invites = inviteZone ? zoneOffset(instant, inviteZone) : writtenOffset(start);
  if (invites === undefined || invites === zoneOffset(instant, zone)) return when;
  return `${when} (${zoneLabel(zone, instant)})`;
}

export interface ReplyOptions {
  templateId?: string | undefined;
  /** The reader's IANA time zone, for the meeting's time; without it, the zone the time was written in. */
  timeZone?: string | undefined;
  /** The user's own wording, replacing the template's text (same placeholders). */
  customText?: string | undefined;
}

export function chooseTemplate(policy: Policy, templateId?: string): ReplyTemplate {
  const template = policy.templates.find((candidate) => candidate.id === templateId) ?? policy.templates[0];
  if (!template) throw new Error("the policy has no reply templates");
  return template;
}

/** The values a template may use, each already plain text. */
export function templateValues(
  snapshot: InviteSnapshot,
  analysis: Analysis,
  policy: Policy,
  timeZone?: string,
) {
  const memberName =
    splitDisplayName(snapshot.mailbox.displayName ?? "").name ||
    snapshot.mailbox.emailAddress ||
    "the member";
  const managerName = analysis.managerCasework?.name;
  return {
    organizerFirstName: (analysis.organizer && firstName(analysis.organizer)) ?? "there",
    subject: snapshot.item.subject.trim(),
    when: formatWhen(snapshot.item.start, timeZone, snapshot.item.timeZone),
    managerName: managerName ?? "my Manager Casework",
    memberManagerName: managerName ?? "their Manager Casework",
    userName: snapshot.settings.userName?.trim() || memberName,
    memberName,
    memberFirstName: firstName({ name: memberName, email: snapshot.mailbox.emailAddress }) ?? memberName,
    directiveText: policy.directive.text,
    directiveIssuer: policy.directive.issuer,
    directiveDate: formatIssued(policy.directive.issued),
  };
}

/** Paragraphs and line breaks as HTML; every character of text is escaped. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.split("\n").map(escapeHtml).join("<br>")}</p>`)
    .join("");
}

const PLAIN = { escape: (value: string) => value };

export function renderTemplate(text: string, values: Record<string, unknown>): string {
  return Mustache.render(text, values, undefined, PLAIN);
}

export function renderReply(
  snapshot: InviteSnapshot,
  analysis: Analysis,
  policy: Policy,
  options: ReplyOptions = {},
): Reply {
  const template = chooseTemplate(policy, options.templateId);
  const values = templateValues(snapshot, analysis, policy, options.timeZone);
  const text = renderTemplate(options.customText ?? template.text, values).trim();
  const subject = `Re: ${values.subject}`;
  return { templateId: template.id, subject, text, html: textToHtml(text) };
}
