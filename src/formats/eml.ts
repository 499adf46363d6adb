import PostalMime from "postal-mime";
import { FormatError } from "./errors";
import { readCalendar } from "./ical";
import type { FileReading } from "./types";

type Email = Awaited<ReturnType<typeof PostalMime.parse>>;
type Attachment = Email["attachments"][number];

const CALENDAR_TYPES = new Set(["text/calendar", "application/ics", "text/x-vcalendar"]);

function isCalendar(part: Attachment): boolean {
  return CALENDAR_TYPES.has(part.mimeType.toLowerCase()) || /\.(ics|vcs)$/i.test(part.filename ?? "");
}

function partText(part: Attachment): string {
  const { content } = part;
  if (typeof content === "string") return content;
  return new TextDecoder().decode(content);
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
function ownerOf(email: Email, me: string | undefined): string | undefined {
  if (me) return me;
  const delivered = email.deliveredTo ?? headerValue(email, "x-original-to");
  if (delivered) return delivered.replace(/^<|>$/g, "");
  const recipients = addressesIn(email).filter(Boolean);
  return recipients.length === 1 ? recipients[0] : undefined;
}

async function parseEmail(text: string): Promise<Email> {
  try {
    const email = await PostalMime.parse(text);
    if (email.headers.length === 0)
      throw new FormatError("not an e-mail: no mail headers found", "not-an-email");
    return email;
  } catch (error) {
    if (error instanceof FormatError) throw error;
    throw new FormatError(`the e-mail could not be read (${(error as Error).message})`, "not-an-email");
  }
}

/** Reads a saved e-mail (.eml): its calendar part, or a .ics attachment, is the invite. */
export async function readEmail(text: string, me: string | undefined): Promise<FileReading> {
  const email = await parseEmail(text);
  const calendars = email.attachments.filter(isCalendar);
  if (calendars.length === 0) {
    // The MIME headers name a calendar part, but none arrived: the file was cut off.
    if (/content-type:\s*(text\/calendar|application\/ics)/i.test(text)) {
      throw new FormatError("the e-mail is cut short: its calendar part is missing", "truncated-email");
    }
    return { kind: "not-request", reason: "an e-mail with no calendar" };
  }
  const source = {
    container: "email" as const,
    emailSubject: email.subject,
    emailText: email.text ?? "",
    owner: ownerOf(email, me),
  };
  let firstError: unknown;
  for (const part of calendars) {
    try {
      return await readCalendar(partText(part), { ...source, mimeMethod: part.method });
    } catch (error) {
      firstError ??= error;
    }
  }
  if (firstError instanceof FormatError && firstError.problem === "no-calendar") {
    throw new FormatError("the e-mail is cut short: its calendar part is empty", "truncated-email");
  }
  throw firstError;
}
