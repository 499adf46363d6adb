import MsgReader, { type FieldsData } from "@kenjiuno/msgreader";
import { decodeAs } from "./bytes";
import { FormatError } from "./errors";
import { htmlToText } from "./html";
import { cleanDisplayName } from "./names";
import { outlookOffsetAt, type OutlookZone } from "./outlook-zone";
import { readFirstAttached, type AttachedFile } from "./attached";
import { NO_CALENDAR, type FileReading, type ReaderContext, type Recipient } from "./types";
import type { InviteSnapshotInput } from "../core";

type Item = InviteSnapshotInput["item"];

/** The start of every compound file (.msg, and old Office documents). */
const COMPOUND_FILE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return COMPOUND_FILE_MAGIC.every((value, index) => bytes[index] === value);
}

/** Outlook items that are about a meeting but invite no one to it. */
const NOT_REQUEST_CLASSES: readonly [RegExp, string][] = [
  [/^IPM\.Schedule\.Meeting\.Canceled/i, "a meeting cancellation"],
  [/^IPM\.Schedule\.Meeting\.Resp\./i, "a reply to a meeting"],
  [/^IPM\.Schedule\.Meeting\.Notification/i, "a notice about a meeting"],
  [/^IPM\.(Contact|DistList)/i, "an Outlook contact"],
  [/^IPM\.StickyNote/i, "an Outlook note"],
  [/^IPM\.Task/i, "an Outlook task"],
  [/^IPM\.Activity/i, "an Outlook journal entry"],
];

const MEETING_REQUEST = /^IPM\.Schedule\.Meeting\.Request/i;
const APPOINTMENT = /^IPM\.Appointment/i;

export const PSETID_APPOINTMENT = "00062002-0000-0000-c000-000000000046";
/** Named properties of an appointment (MS-OXOCAL), by their long ID. */
const ALL_DAY = "00008215";
const RECURRENCE_TYPE = "00008231";
/** Property tags msgreader leaves undecoded, read from its raw properties. */
const RECIPIENT_FLAGS = "5ffd0003";
const DISPLAY_TYPE = "39000003";
const SENT_REPRESENTING_NAME = "0042001f";
const RECEIVED_BY_SMTP = "5d07001f";
const RECEIVED_BY_ADDRESS = "0076001f";

const RECIP_ORGANIZER = 0x2;
const DT_DISTLIST = 1;
const DT_PRIVATE_DISTLIST = 5;

/** PidLidAppointmentRecur's RecurFrequency, and PidLidRecurrenceType, as the snapshot's recurrence. */
const FREQUENCIES: Readonly<Record<number, "daily" | "weekly" | "monthly" | "yearly">> = {
  0x200a: "daily",
  0x200b: "weekly",
  0x200c: "monthly",
  0x200d: "yearly",
};
const RECURRENCE_TYPES: Readonly<Record<number, "daily" | "weekly" | "monthly" | "yearly">> = {
  1: "daily",
  2: "weekly",
  3: "monthly",
  4: "monthly",
  5: "yearly",
  6: "yearly",
};

function rawProp(fields: FieldsData, tag: string): unknown {
  return fields.rawProps?.find((prop) => prop.propertyTag?.toLowerCase() === tag)?.value;
}

function namedProp(fields: FieldsData, lid: string): unknown {
  return fields.rawProps?.find(
    (prop) => prop.propertySet?.toLowerCase() === PSETID_APPOINTMENT && prop.propertyLid === lid,
  )?.value;
}

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
const number = (value: unknown): number | undefined => {
  const parsed = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
  return Number.isFinite(parsed) ? parsed : undefined;
};

const DAMAGED = "the Outlook file is damaged and could not be read";

function parse(bytes: Uint8Array): { reader: MsgReader; fields: FieldsData } {
  let reader: MsgReader;
  let fields: FieldsData;
  try {
    reader = new MsgReader(bytes.slice().buffer);
    reader.parserConfig = { includeRawProps: true };
    fields = reader.getFileData();
  } catch {
    throw new FormatError(DAMAGED, "damaged-outlook-file");
  }
  if (fields.error) throw new FormatError(DAMAGED, "damaged-outlook-file");
  return { reader, fields };
}

/** An SMTP address for a person: Exchange's own ("EX") addresses are directory paths, not e-mail. */
function smtpOf(smtp: unknown, address: unknown, addressType: unknown): string | undefined {
  const candidates = [text(smtp), text(addressType)?.toUpperCase() === "EX" ? undefined : text(address)];
  return candidates.find((candidate) => candidate?.includes("@"));
}

function recipientOf(fields: FieldsData): Recipient {
  const displayName = cleanDisplayName(fields.name);
  const emailAddress = smtpOf(fields.smtpAddress, fields.email, fields.addressType);
  const displayType = number(rawProp(fields, DISPLAY_TYPE));
  const isList = displayType === DT_DISTLIST || displayType === DT_PRIVATE_DISTLIST;
  return {
    ...(displayName ? { displayName } : {}),
    ...(emailAddress ? { emailAddress } : {}),
    recipientType: fields.recipType === "bcc" ? "other" : isList ? "distributionList" : "user",
  };
}

const isOrganizer = (fields: FieldsData) =>
  ((number(rawProp(fields, RECIPIENT_FLAGS)) ?? 0) & RECIP_ORGANIZER) !== 0;

/** Outlook names the organizer of a calendar item that was never sent "Unknown", of address type UNKNOWN. */
function isSomeone(addressType: string | undefined, address: string | undefined): boolean {
  return addressType?.toUpperCase() !== "UNKNOWN" || (address?.includes("@") ?? false);
}

/** Who sent the request, or on whose behalf: a delegate may send for the organizer. */
function senderOf(fields: FieldsData): Recipient | undefined {
  const listed = fields.recipients?.find(isOrganizer);
  if (listed) return isSomeone(listed.addressType, listed.email) ? recipientOf(listed) : undefined;
  const representing = cleanDisplayName(text(rawProp(fields, SENT_REPRESENTING_NAME)));
  const representingAddress = text(fields.sentRepresentingSmtpAddress);
  const name = representing ?? cleanDisplayName(fields.senderName);
  const emailAddress =
    representingAddress ?? smtpOf(fields.senderSmtpAddress, fields.senderEmail, fields.senderAddressType);
  if (!emailAddress && (!name || !isSomeone(fields.senderAddressType, fields.senderEmail))) return undefined;
  return { ...(name ? { displayName: name } : {}), ...(emailAddress ? { emailAddress } : {}) };
}

function peopleOf(fields: FieldsData) {
  const people = {
    requiredAttendees: [] as Recipient[],
    optionalAttendees: [] as Recipient[],
    resources: [] as Recipient[],
  };
  for (const entry of fields.recipients ?? []) {
    if (isOrganizer(entry)) continue;
    const person = recipientOf(entry);
    if (person.recipientType === "other") people.resources.push(person);
    else if (entry.recipType === "cc") people.optionalAttendees.push(person);
    else people.requiredAttendees.push(person);
  }
  return people;
}

function ownerOf(fields: FieldsData, attendees: Recipient[], context: ReaderContext): string | undefined {
  if (context.me) return context.me;
  const received = [rawProp(fields, RECEIVED_BY_SMTP), rawProp(fields, RECEIVED_BY_ADDRESS)]
    .map(text)
    .find((address) => address?.includes("@"));
  if (received) return received;
  const addresses = attendees.flatMap((person) => (person.emailAddress ? [person.emailAddress] : []));
  return addresses.length === 1 ? addresses[0] : context.ownerHint;
}

function zoneOf(fields: FieldsData): OutlookZone | undefined {
  return fields.apptTZDefStartDisplay?.rules ?? fields.apptTZDefRecur?.rules ?? fields.timeZoneStruct;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** The instant as the invite's own wall-clock time with its offset, or in UTC when its zone is unknown. */
function isoIn(instant: Date, offsetMinutes: number | undefined, dateOnly: boolean): string {
  const local = new Date(instant.getTime() + (offsetMinutes ?? 0) * 60_000);
  const date = local.toISOString().slice(0, 10);
  if (dateOnly) return date;
  if (offsetMinutes === undefined) return instant.toISOString().replace(/\.000Z$/, "Z");
  const sign = offsetMinutes < 0 ? "-" : "+";
  const minutes = Math.abs(offsetMinutes);
  return `${local.toISOString().slice(0, 19)}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * An all-day item starts at midnight where it was made; with no zone to say where, the nearest
 * midnight in UTC names its date for every zone within twelve hours of UTC.
 */
function midnightOffset(instant: Date): number {
  const minutes = (instant.getUTCHours() * 60 + instant.getUTCMinutes()) % 1440;
  return minutes >= 720 ? 1440 - minutes : -minutes;
}

function timesOf(fields: FieldsData): Pick<Item, "start" | "end"> {
  const start = dateOf(fields.apptStartWhole ?? fields.clipStart);
  const end = dateOf(fields.apptEndWhole ?? fields.clipEnd);
  if (!start) return {};
  const allDay = namedProp(fields, ALL_DAY) === true || namedProp(fields, ALL_DAY) === "true";
  const zone = zoneOf(fields);
  const offsetAt = (instant: Date) =>
    zone ? outlookOffsetAt(zone, instant) : allDay ? midnightOffset(instant) : undefined;
  return {
    start: isoIn(start, offsetAt(start), allDay),
    ...(end ? { end: isoIn(end, offsetAt(end), allDay) } : {}),
  };
}

function dateOf(value: string | undefined): Date | undefined {
  const date = value ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

function recurrenceOf(fields: FieldsData): Pick<Item, "recurrence"> {
  const frequency = fields.apptRecur?.recurrencePattern?.recurFrequency;
  const recurrenceType =
    (frequency !== undefined ? FREQUENCIES[frequency] : undefined) ??
    RECURRENCE_TYPES[number(namedProp(fields, RECURRENCE_TYPE)) ?? 0];
  return recurrenceType ? { recurrence: { recurrenceType } } : {};
}

/** Windows code pages of an HTML body, as the names TextDecoder knows them by. */
function codePageName(codePage: number | undefined): string | undefined {
  if (codePage === undefined) return undefined;
  if (codePage === 65001 || codePage === 20127) return "utf-8";
  if (codePage >= 28591 && codePage <= 28605) return `iso-8859-${codePage - 28590}`;
  if (codePage >= 1250 && codePage <= 1258) return `windows-${codePage}`;
  const named: Record<number, string> = {
    932: "shift_jis",
    936: "gbk",
    949: "euc-kr",
    950: "big5",
    50220: "iso-2022-jp",
  };
  return named[codePage];
}

function htmlBody(fields: FieldsData): string {
  return fields.html ? htmlToText(decodeAs(fields.html, codePageName(fields.internetCodepage))) : "";
}

function bodyOf(fields: FieldsData): string {
  return text(fields.body) ?? htmlBody(fields);
}

function inviteOf(fields: FieldsData, context: ReaderContext): FileReading {
  const people = peopleOf(fields);
  const organizer = senderOf(fields);
  const owner = ownerOf(fields, [...people.requiredAttendees, ...people.optionalAttendees], context);
  const isRequest = MEETING_REQUEST.test(fields.messageClass ?? "");
  const location = text(fields.apptLocation) ?? text(fields.location);
  const itemId = text(fields.globalAppointmentID);
  return {
    kind: "invite",
    snapshot: {
      mailbox: owner ? { emailAddress: owner } : {},
      item: {
        itemType: isRequest ? "message" : "appointment",
        itemClass: fields.messageClass,
        ...(itemId ? { itemId } : {}),
        subject: text(fields.subject) ?? text(fields.normalizedSubject) ?? "",
        ...(organizer ? { organizer } : {}),
        ...people,
        ...timesOf(fields),
        ...(location ? { location } : {}),
        ...recurrenceOf(fields),
        body: bodyOf(fields),
      },
    },
  };
}

function attachmentName(attachment: FieldsData): string {
  if (attachment.innerMsgContent) return "attached.msg";
  const name = attachment.fileName ?? attachment.name ?? "";
  const mime = attachment.attachMimeTag?.toLowerCase();
  if (mime === "text/calendar" && !/\.(ics|vcs)$/i.test(name)) return `${name}.ics`;
  if (mime === "message/rfc822" && !/\.eml$/i.test(name)) return `${name}.eml`;
  return name;
}

/** The attachments that may be an invite: an attached .msg, .eml or .ics. */
function attachedFiles(reader: MsgReader, fields: FieldsData): AttachedFile[] {
  return (fields.attachments ?? [])
    .map((attachment) => ({
      name: attachmentName(attachment),
      bytes: () => reader.getAttachment(attachment).content,
    }))
    .filter((file) => /\.(msg|eml|ics|vcs)$/i.test(file.name));
}

/** Reads an Outlook item file (.msg): a meeting request or calendar item, or an e-mail carrying one. */
export async function readOutlookItem(bytes: Uint8Array, context: ReaderContext): Promise<FileReading> {
  const { reader, fields } = parse(bytes);
  const messageClass = fields.messageClass ?? "";
  if (MEETING_REQUEST.test(messageClass) || APPOINTMENT.test(messageClass)) return inviteOf(fields, context);
  const notRequest = NOT_REQUEST_CLASSES.find(([pattern]) => pattern.test(messageClass));
  if (notRequest) return { kind: "not-request", reason: notRequest[1] };
  const attached = await readFirstAttached(
    attachedFiles(reader, fields),
    context,
    senderOf(fields)?.emailAddress ?? undefined,
  );
  return attached ?? { kind: "not-request", reason: NO_CALENDAR };
}
