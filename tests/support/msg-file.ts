import * as CFB from "cfb";

/**
 * Writes Outlook item files (.msg) for tests, laid out as [MS-OXMSG] describes and Outlook writes
 * them: a compound file (written by the cfb library) with property streams, recipient and
 * attachment storages, and the named-property map for the appointment properties.
 */

export interface MsgPerson {
  name?: string;
  email?: string;
}

export interface MsgRecipient extends MsgPerson {
  /** To: required; Cc: optional; Bcc: resources (rooms, equipment), as Outlook stores them. */
  type?: "to" | "cc" | "bcc";
  /** Outlook lists the organizer among a calendar item's recipients, flagged as such. */
  organizer?: boolean;
  distributionList?: boolean;
  /** An Exchange address (a directory path) with the SMTP address beside it. */
  exchange?: boolean;
}

/** A Windows time zone rule: bias in minutes west of UTC; dates as "nth weekday of a month". */
export interface MsgZone {
  keyName: string;
  bias: number;
  daylightBias?: number;
  /** [month, day of week (0 = Sunday), week (5 = last), hour] */
  standardDate?: [number, number, number, number];
  daylightDate?: [number, number, number, number];
}

export type MsgAttachment = { fileName: string; mimeType?: string; data: Uint8Array } | { message: MsgSpec };

export interface MsgSpec {
  messageClass: string;
  subject?: string | undefined;
  body?: string | undefined;
  html?: string | undefined;
  sender?: MsgPerson | undefined;
  /** The person a delegate sent the item for. */
  representing?: MsgPerson | undefined;
  receivedBy?: string | undefined;
  start?: Date | undefined;
  end?: Date | undefined;
  allDay?: boolean | undefined;
  location?: string | undefined;
  /** PidLidRecurrenceType: 1 daily, 2 weekly, 3 monthly, 5 yearly. */
  recurrenceType?: number | undefined;
  zone?: MsgZone | undefined;
  recipients?: MsgRecipient[] | undefined;
  attachments?: MsgAttachment[] | undefined;
}

const PT_LONG = 0x0003;
const PT_BOOLEAN = 0x000b;
const PT_OBJECT = 0x000d;
const PT_UNICODE = 0x001f;
const PT_SYSTIME = 0x0040;
const PT_BINARY = 0x0102;

type Value = string | number | boolean | Date | Uint8Array;
interface Property {
  id: number;
  type: number;
  value: Value;
}

const PSETID_APPOINTMENT = "00062002-0000-0000-C000-000000000046";
const NAMED = {
  location: 0x8208,
  startWhole: 0x820d,
  endWhole: 0x820e,
  allDay: 0x8215,
  recurring: 0x8223,
  recurrenceType: 0x8231,
  zoneStart: 0x825e,
} as const;

/** The named properties, in the order they are first used: their index gives the property id. */
class NameMap {
  readonly lids: number[] = [];
  id(lid: number): number {
    let index = this.lids.indexOf(lid);
    if (index < 0) index = this.lids.push(lid) - 1;
    return 0x8000 + index;
  }
}

function utf16(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2 + 2);
  for (let index = 0; index < text.length; index += 1) {
    bytes[index * 2] = text.charCodeAt(index) & 0xff;
    bytes[index * 2 + 1] = text.charCodeAt(index) >> 8;
  }
  return bytes;
}

function fileTime(date: Date): bigint {
  return (BigInt(date.getTime()) + 11_644_473_600_000n) * 10_000n;
}

function hex(id: number, type: number): string {
  return (((id << 16) | type) >>> 0).toString(16).toUpperCase().padStart(8, "0");
}

/** The property stream, and the streams that hold its variable-length values. */
function writeProperties(
  container: CFB.CFB$Container,
  folder: string,
  properties: Property[],
  header: Uint8Array,
): void {
  const stream = new Uint8Array(header.length + properties.length * 16);
  stream.set(header);
  const view = new DataView(stream.buffer);
  properties.forEach(({ id, type, value }, index) => {
    const at = header.length + index * 16;
    view.setUint32(at, ((id << 16) | type) >>> 0, true);
    view.setUint32(at + 4, 6, true);
    if (type === PT_LONG) view.setInt32(at + 8, value as number, true);
    else if (type === PT_BOOLEAN) view.setUint16(at + 8, value ? 1 : 0, true);
    else if (type === PT_SYSTIME) view.setBigUint64(at + 8, fileTime(value as Date), true);
    else if (type === PT_OBJECT) view.setUint32(at + 8, 0xffffffff, true);
    else {
      const data = type === PT_UNICODE ? utf16(value as string) : (value as Uint8Array);
      view.setUint32(at + 8, data.length, true);
      CFB.utils.cfb_add(container, `${folder}/__substg1.0_${hex(id, type)}`, data);
    }
  });
  CFB.utils.cfb_add(container, `${folder}/__properties_version1.0`, stream);
}

function systemTime(view: DataView, at: number, date: [number, number, number, number] | undefined) {
  const [month, dayOfWeek, week, hour] = date ?? [0, 0, 0, 0];
  [0, month, dayOfWeek, week, hour, 0, 0, 0].forEach((value, index) =>
    view.setUint16(at + index * 2, value, true),
  );
}

/** A TZDEFINITION with one rule, as PidLidAppointmentTimeZoneDefinitionStartDisplay holds it. */
function zoneDefinition(zone: MsgZone): Uint8Array {
  const name = utf16(zone.keyName).subarray(0, zone.keyName.length * 2);
  const headerLength = 6 + name.length;
  const bytes = new Uint8Array(4 + headerLength + 66);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, 2);
  view.setUint8(1, 1);
  view.setUint16(2, headerLength, true);
  view.setUint16(4, 2, true);
  view.setUint16(6, zone.keyName.length, true);
  bytes.set(name, 8);
  view.setUint16(8 + name.length, 1, true);
  const rule = 4 + headerLength;
  view.setUint8(rule, 2);
  view.setUint8(rule + 1, 1);
  view.setUint16(rule + 2, 62, true);
  view.setUint16(rule + 4, 2, true);
  view.setUint16(rule + 6, 1601, true);
  view.setInt32(rule + 22, zone.bias, true);
  view.setInt32(rule + 26, 0, true);
  view.setInt32(rule + 30, zone.daylightBias ?? 0, true);
  systemTime(view, rule + 34, zone.standardDate);
  systemTime(view, rule + 50, zone.daylightDate);
  return bytes;
}

function text(id: number, value: string | undefined): Property[] {
  return value === undefined ? [] : [{ id, type: PT_UNICODE, value }];
}

function messageProperties(spec: MsgSpec, names: NameMap): Property[] {
  const named = (lid: number, type: number, value: Value | undefined): Property[] =>
    value === undefined ? [] : [{ id: names.id(lid), type, value }];
  return [
    ...text(0x001a, spec.messageClass),
    ...text(0x0037, spec.subject),
    ...text(0x1000, spec.body),
    ...(spec.html === undefined
      ? []
      : [{ id: 0x1013, type: PT_BINARY, value: new TextEncoder().encode(spec.html) }]),
    ...(spec.html === undefined ? [] : [{ id: 0x3fde, type: PT_LONG, value: 65001 }]),
    ...text(0x0c1a, spec.sender?.name),
    // Outlook writes "Unknown" of address type UNKNOWN as the sender of an item never sent.
    ...text(0x0c1e, spec.sender ? (spec.sender.email ? "SMTP" : "UNKNOWN") : undefined),
    ...text(0x0c1f, spec.sender?.email),
    ...text(0x5d01, spec.sender?.email),
    ...text(0x0042, spec.representing?.name),
    ...text(0x5d02, spec.representing?.email),
    ...text(0x5d07, spec.receivedBy),
    ...named(NAMED.startWhole, PT_SYSTIME, spec.start),
    ...named(NAMED.endWhole, PT_SYSTIME, spec.end),
    ...named(NAMED.allDay, PT_BOOLEAN, spec.allDay),
    ...named(NAMED.location, PT_UNICODE, spec.location),
    ...named(NAMED.recurring, PT_BOOLEAN, spec.recurrenceType !== undefined ? true : undefined),
    ...named(NAMED.recurrenceType, PT_LONG, spec.recurrenceType),
    ...named(NAMED.zoneStart, PT_BINARY, spec.zone ? zoneDefinition(spec.zone) : undefined),
  ];
}

const RECIPIENT_TYPES = { to: 1, cc: 2, bcc: 3 } as const;

function recipientProperties(recipient: MsgRecipient, row: number): Property[] {
  const directoryPath = `/o=Example/ou=Exchange Administrative Group/cn=Recipients/cn=${row}`;
  return [
    { id: 0x3000, type: PT_LONG, value: row },
    ...text(0x3001, recipient.name),
    ...text(0x3002, recipient.exchange ? "EX" : "SMTP"),
    ...text(0x3003, recipient.exchange ? directoryPath : recipient.email),
    ...text(0x39fe, recipient.email),
    { id: 0x0c15, type: PT_LONG, value: RECIPIENT_TYPES[recipient.type ?? "to"] },
    { id: 0x3900, type: PT_LONG, value: recipient.distributionList ? 1 : 0 },
    { id: 0x5ffd, type: PT_LONG, value: recipient.organizer ? 3 : 1 },
  ];
}

function attachmentProperties(attachment: MsgAttachment): Property[] {
  if ("message" in attachment) {
    return [
      { id: 0x3705, type: PT_LONG, value: 5 },
      ...text(0x3001, attachment.message.subject ?? "Attached item"),
      { id: 0x3701, type: PT_OBJECT, value: 0 },
    ];
  }
  return [
    { id: 0x3705, type: PT_LONG, value: 1 },
    ...text(0x3001, attachment.fileName),
    ...text(0x3707, attachment.fileName),
    ...text(0x3704, attachment.fileName),
    ...text(0x3703, /\.[^.]+$/.exec(attachment.fileName)?.[0]),
    ...text(0x370e, attachment.mimeType),
    { id: 0x3701, type: PT_BINARY, value: attachment.data },
  ];
}

function topHeader(spec: MsgSpec, embedded: boolean): Uint8Array {
  const header = new Uint8Array(embedded ? 24 : 32);
  const view = new DataView(header.buffer);
  const recipients = spec.recipients?.length ?? 0;
  const attachments = spec.attachments?.length ?? 0;
  view.setUint32(8, recipients, true);
  view.setUint32(12, attachments, true);
  view.setUint32(16, recipients, true);
  view.setUint32(20, attachments, true);
  return header;
}

const id8 = (index: number) => index.toString(16).toUpperCase().padStart(8, "0");

function writeMessage(
  container: CFB.CFB$Container,
  folder: string,
  spec: MsgSpec,
  names: NameMap,
  embedded: boolean,
) {
  writeProperties(container, folder, messageProperties(spec, names), topHeader(spec, embedded));
  (spec.recipients ?? []).forEach((recipient, index) => {
    const storage = `${folder}/__recip_version1.0_#${id8(index)}`;
    writeProperties(container, storage, recipientProperties(recipient, index), new Uint8Array(8));
  });
  (spec.attachments ?? []).forEach((attachment, index) => {
    const storage = `${folder}/__attach_version1.0_#${id8(index)}`;
    writeProperties(container, storage, attachmentProperties(attachment), new Uint8Array(8));
    if ("message" in attachment)
      writeMessage(container, `${storage}/__substg1.0_3701000D`, attachment.message, names, true);
  });
}

function guidBytes(guid: string): Uint8Array {
  const parts = guid.split("-");
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, parseInt(parts[0] ?? "0", 16), true);
  view.setUint16(4, parseInt(parts[1] ?? "0", 16), true);
  view.setUint16(6, parseInt(parts[2] ?? "0", 16), true);
  const rest = `${parts[3] ?? ""}${parts[4] ?? ""}`;
  for (let index = 0; index < 8; index += 1)
    bytes[8 + index] = parseInt(rest.slice(index * 2, index * 2 + 2), 16);
  return bytes;
}

/** The named-property map: one GUID (PSETID_Appointment, index 3) and an entry per property. */
function writeNameMap(container: CFB.CFB$Container, names: NameMap): void {
  const folder = "/__nameid_version1.0";
  const entries = new Uint8Array(names.lids.length * 8);
  const view = new DataView(entries.buffer);
  names.lids.forEach((lid, index) => {
    view.setUint32(index * 8, lid, true);
    view.setUint32(index * 8 + 4, ((index << 16) | (3 << 1)) >>> 0, true);
  });
  CFB.utils.cfb_add(container, `${folder}/__substg1.0_00020102`, guidBytes(PSETID_APPOINTMENT));
  CFB.utils.cfb_add(container, `${folder}/__substg1.0_00030102`, entries);
  CFB.utils.cfb_add(container, `${folder}/__substg1.0_00040102`, new Uint8Array(0));
}

/** The bytes of a .msg file holding the item. */
export function msgFile(spec: MsgSpec): Uint8Array {
  const container = CFB.utils.cfb_new();
  const names = new NameMap();
  writeMessage(container, "", spec, names, false);
  writeNameMap(container, names);
  const written = CFB.write(container, { type: "buffer", fileType: "cfb" }) as Uint8Array;
  return new Uint8Array(written);
}
