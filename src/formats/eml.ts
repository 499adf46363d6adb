import PostalMime from "postal-mime";
import { decodeText } from "./bytes";
import { FormatError } from "./errors";
import { htmlToText } from "./html";
import { readCalendar } from "./ical";
import { readFirstAttached, type AttachedFile } from "./attached";
import { NO_CALENDAR, type FileReading, type ReaderContext } from "./types";

type Email = Awaited<ReturnType<typeof PostalMime.parse>>;
type Attachment = Email["attachments"][number];

const CALENDAR_TYPES = new Set(["text/calendar", "application/ics", "text/x-vcalendar"]);
const MESSAGE_TYPES = new Set(["message/rfc822", "application/vnd.ms-outlook"]);

function isCalendar(part: Attachment): boolean {
  return CALENDAR_TYPES.has(part.mimeType.toLowerCase()) || /\.(ics|vcs)$/i.test(part.filename ?? "");
}

function isAttachedMessage(part: Attachment): boolean {
  return MESSAGE_TYPES.has(part.mimeType.toLowerCase()) || /\.(eml|msg)$/i.test(part.filename ?? "");
}

function partBytes(part: Attachment): Uint8Array {
  const { content } = part;
  return typeof content === "string" ? new TextEncoder().encode(content) : new Uint8Array(content);
}

function headerValue(email: Email, name: string): string | undefined {
  return email.headers.find((header) => header.key === name)?.value.trim() || undefined;
}

function addressesIn(email: Email): string[] {
  return (email.to ?? []).flatMap((address) =>
    address.group ? address.group.map((member) => member.address) : [address.address],
  );
}

/** Whose mailbox the e-mail was delivered to: the option, a delivery header, or the only recipient. */
function ownerOf(email: Email, context: ReaderContext): string | undefined {
  if (context.me) return context.me;
  const delivered = email.deliveredTo ?? headerValue(email, "x-original-to");
  if (delivered) return delivered.replace(/^<|>$/g, "");
  const recipients = addressesIn(email).filter(Boolean);
  return recipients.length === 1 ? recipients[0] : context.ownerHint;
}

async function parseEmail(bytes: Uint8Array): Promise<Email> {
  let email: Email;
  try {
    // Attached messages stay attachments, so an invite inside one is known to have come attached.
    email = await PostalMime.parse(bytes, { forceRfc822Attachments: true });
  } catch {
    throw new FormatError("the e-mail is damaged and could not be read", "not-an-email");
  }
  if (email.headers.length === 0)
    throw new FormatError("not an e-mail: no mail headers found", "not-an-email");
  return email;
}

/** The e-mail's words: its plain text, or its HTML as text when that is all it has. */
function emailText(email: Email): string {
  if (email.text?.trim()) return email.text;
  return email.html ? htmlToText(email.html) : "";
}

async function readCalendarParts(email: Email, calendars: Attachment[], context: ReaderContext) {
  const source = {
    container: "email" as const,
    emailSubject: email.subject,
    emailText: emailText(email),
    owner: ownerOf(email, context),
  };
  let firstError: unknown;
  for (const part of calendars) {
    try {
      return await readCalendar(decodeText(partBytes(part)).text, { ...source, mimeMethod: part.method });
    } catch (error) {
      firstError ??= error;
    }
  }
  if (firstError instanceof FormatError && firstError.problem === "no-calendar") {
    throw new FormatError("the e-mail is cut short: its calendar part is empty", "truncated-email");
  }
  throw firstError;
}

/** The messages attached whole: a forward as attachment, a bounce, a saved .eml or .msg. */
function attachedMessages(email: Email): AttachedFile[] {
  return email.attachments.filter(isAttachedMessage).map((part) => ({
    name:
      part.filename ?? (part.mimeType.toLowerCase() === "message/rfc822" ? "attached.eml" : "attached.msg"),
    bytes: () => partBytes(part),
  }));
}

/** Reads a saved e-mail (.eml): its calendar part, a .ics attachment, or an attached message is the invite. */
export async function readEmail(bytes: Uint8Array, context: ReaderContext): Promise<FileReading> {
  const email = await parseEmail(bytes);
  const calendars = email.attachments.filter(isCalendar);
  if (calendars.length > 0) return readCalendarParts(email, calendars, context);
  const attached = await readFirstAttached(attachedMessages(email), context, email.from?.address);
  if (attached) return attached;
  // The MIME headers name a calendar part, but none arrived: the file was cut off.
  if (/content-type:\s*(text\/calendar|application\/ics)/i.test(decodeText(bytes).text)) {
    throw new FormatError("the e-mail is cut short: its calendar part is missing", "truncated-email");
  }
  return { kind: "not-request", reason: NO_CALENDAR };
}
