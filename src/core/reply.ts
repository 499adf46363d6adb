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

const DATE_TIME: Intl.DateTimeFormatOptions = {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  hour12: true,
};

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** One formatter per zone, kept; null for a name Intl does not know. */
function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat("en-AU", { ...DATE_TIME, timeZone });
    } catch {
      formatter = null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function formatIn(instant: Date, formatter: Intl.DateTimeFormat): string {
  return formatter.format(instant).replace(" at ", ", ");
}

/**
 * The meeting's start as the invite wrote it: in its own time zone (IANA name when known,
 * otherwise the offset written in the time), never the reader's.
 */
export function formatWhen(start: string | undefined, timeZone?: string): string | undefined {
  if (!start) return undefined;
  const instant = new Date(start);
  if (Number.isNaN(instant.getTime())) return undefined;
  const zone = timeZone ? formatterFor(timeZone) : null;
  if (zone) return formatIn(instant, zone);
  const utc = formatterFor("UTC");
  if (!utc) return undefined;
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(start);
  if (offset) {
    const minutes = (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
    return formatIn(new Date(instant.getTime() + minutes * 60_000), utc);
  }
  // "Z" is UTC; a time with no zone at all is floating, so show its wall-clock time as written.
  const asWritten = /[zZ]$/.test(start) ? instant : new Date(`${start}Z`);
  return Number.isNaN(asWritten.getTime()) ? undefined : formatIn(asWritten, utc);
}

export interface ReplyOptions {
  templateId?: string | undefined;
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
): Record<TemplatePlaceholder, string | undefined> {
  const memberName =
    splitDisplayName(snapshot.mailbox.displayName ?? "").name ||
    snapshot.mailbox.emailAddress ||
    "the member";
  const managerName = analysis.managerCasework?.name;
  return {
    organizerFirstName: (analysis.organizer && firstName(analysis.organizer)) ?? "there",
    subject: snapshot.item.subject.trim(),
    when: formatWhen(snapshot.item.start, snapshot.item.timeZone),
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
  const values = templateValues(snapshot, analysis, policy);
  const text = renderTemplate(options.customText ?? template.text, values).trim();
  const subject = `Re: ${values.subject}`;
  return { templateId: template.id, subject, text, html: textToHtml(text) };
}
