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

/** The date, and the time unless told not to, on a zone's clock; undefined for a zone Intl does not know. */
function onClock(instant: Date, timeZone: string, withTime = true): string | undefined {
  const key = timeZone + withTime;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat("en-AU", { ...(withTime ? DATE_TIME : DATE), timeZone });
    } catch {
      formatter = null;
    }
    formatters.set(key, formatter);
  }
  return formatter?.format(instant).replace(" at ", ", ");
}

/**
 * When the meeting starts: an all-day date alone, a floating time as written, any other time on
 * the given zone's clock, or else on the clock it was written in (UTC for "Z").
 */
export function formatWhen(start: string | undefined, zone?: string): string | undefined {
  if (!start) return undefined;
  const dateOnly = /^\d{4}-\d\d-\d\d$/.test(start);
  const instant = new Date(start);
  // The wall-clock part of an ISO time, read as UTC, is its clock as written.
  const asWritten = new Date(dateOnly ? start : `${start.slice(0, 19)}Z`);
  const onReadersClock =
    /(?:z|[+-]\d\d:?\d\d)$/i.test(start) && zone && isValid(instant) && onClock(instant, zone);
  return onReadersClock || (isValid(asWritten) ? onClock(asWritten, "UTC", !dateOnly) : undefined);
}

const isValid = (date: Date) => !Number.isNaN(date.getTime());

export interface ReplyOptions {
  templateId?: string | undefined;
  /** When the meeting is, as the reader should read it (formatWhenFor); by default, as the invite gives it. */
  when?: string | undefined;
  /** The user's own wording, replacing the template's text (same placeholders). */
  customText?: string | undefined;
}

export function chooseTemplate(policy: Policy, templateId?: string): ReplyTemplate {
  const template = policy.templates.find((candidate) => candidate.id === templateId) ?? policy.templates[0];
  if (!template) throw new Error("the policy has no reply templates");
  return template;
}

/** Every placeholder a reply template may use, as {{name}}. */
export const TEMPLATE_PLACEHOLDERS = [
  "organizerFirstName",
  "subject",
  "when",
  "managerName",
  "memberManagerName",
  "userName",
  "memberName",
  "memberFirstName",
  "directiveText",
  "directiveIssuer",
  "directiveDate",
] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

/** The values a template may use, each already plain text. */
export function templateValues(
  snapshot: InviteSnapshot,
  analysis: Analysis,
  policy: Policy,
  when?: string,
): Record<TemplatePlaceholder, string | undefined> {
  const memberName =
    splitDisplayName(snapshot.mailbox.displayName ?? "").name ||
    snapshot.mailbox.emailAddress ||
    "the member";
  const managerName = analysis.managerCasework?.name;
  return {
    organizerFirstName: analysis.organizer && firstName(analysis.organizer),
    subject: snapshot.item.subject.trim(),
    when: when ?? formatWhen(snapshot.item.start),
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

/** Without a first name to greet the organizer by, "Hi {{organizerFirstName}}," reads "Hi,". */
function withoutMissingGreetingName(text: string, values: Record<string, unknown>): string {
  return values.organizerFirstName === undefined
    ? text.replace(/[ \t]*\{\{\s*organizerFirstName\s*\}\}/g, "")
    : text;
}

export function renderTemplate(text: string, values: Record<string, unknown>): string {
  return Mustache.render(withoutMissingGreetingName(text, values), values, undefined, PLAIN);
}

export function renderReply(
  snapshot: InviteSnapshot,
  analysis: Analysis,
  policy: Policy,
  options: ReplyOptions = {},
): Reply {
  const template = chooseTemplate(policy, options.templateId);
  const values = templateValues(snapshot, analysis, policy, options.when);
  const text = renderTemplate(options.customText ?? template.text, values).trim();
  const subject = `Re: ${values.subject}`;
  return { templateId: template.id, subject, text, html: textToHtml(text) };
}
