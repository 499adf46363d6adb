import { isRecord, type InviteSnapshotInput } from "../core";
import type { RecipientType } from "../core/snapshot";
import { RECIPIENT_TYPES, RECURRENCE_TYPES } from "../core/snapshot-shape";
import { toHostError, type ItemState } from "../host";
import { officeCall } from "./office-call";
import { supportsSet } from "./requirements";
import { sharedMailboxOwner } from "./shared-mailbox";

type SnapshotItem = InviteSnapshotInput["item"];
type Address = NonNullable<SnapshotItem["organizer"]>;
type RecurrenceType = (typeof RECURRENCE_TYPES)[number];
/** An Outlook item seen through feature detection: every property may be missing. */
type LooseItem = Record<string, unknown>;

export const ITEM_READ_FAILED = "Outlook could not read this item. Try again.";
export const BODY_READ_FAILED = "Outlook could not read this invite's body. Try again.";

const MEETING_REQUEST_CLASS = "IPM.Schedule.Meeting.Request";
const MAX_OFFSET_MINUTES = 14 * 60;

/** Office's recurrence types; "weekday" (every weekday) is closest to daily. */
const RECURRENCE_FROM_OFFICE: Record<string, RecurrenceType> = {
  daily: "daily",
  weekday: "daily",
  weekly: "weekly",
  monthly: "monthly",
  yearly: "yearly",
};

function textOf(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function recipientTypeOf(value: unknown): RecipientType | undefined {
  return RECIPIENT_TYPES.find((type) => type === value);
}

function addressOf(value: unknown): Address | undefined {
  if (!isRecord(value)) return undefined;
  const displayName = textOf(value.displayName);
  const emailAddress = textOf(value.emailAddress);
  if (displayName === undefined && emailAddress === undefined) return undefined;
  return { displayName, emailAddress, recipientType: recipientTypeOf(value.recipientType) };
}

function addressesOf(value: unknown): Address[] {
  if (!Array.isArray(value)) return [];
  return value.map(addressOf).filter((address): address is Address => address !== undefined);
}

function isValidDate(value: unknown): value is Date {
  return (
    Object.prototype.toString.call(value) === "[object Date]" && !Number.isNaN((value as Date).getTime())
  );
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const hours = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0");
  return `${sign}${hours}:${String(Math.abs(minutes) % 60).padStart(2, "0")}`;
}

/**
 * The instant as wall-clock time in the mailbox's own time zone, with its offset, so a reply
 * shows "2 pm" rather than the UTC time. The offset is derived from the converted fields
 * because Office does not document the sign of `timezoneOffset`.
 */
function inMailboxTimeZone(office: typeof Office, instant: Date): string | undefined {
  const mailbox = office.context.mailbox;
  if (typeof mailbox.convertToLocalClientTime !== "function") return undefined;
  const local = mailbox.convertToLocalClientTime(instant);
  const wallClock = Date.UTC(
    local.year,
    local.month,
    local.date,
    local.hours,
    local.minutes,
    local.seconds,
    local.milliseconds ?? 0,
  );
  const offsetMinutes = Math.round((wallClock - instant.getTime()) / 60_000);
  if (Number.isNaN(wallClock) || Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES) return undefined;
  return new Date(wallClock).toISOString().slice(0, 19) + formatOffset(offsetMinutes);
}

/** The time in the mailbox's zone; for an all-day item, its date alone (it starts at local midnight). */
function timeOf(office: typeof Office, value: unknown, allDay: boolean): string | undefined {
  const instant = typeof value === "string" ? new Date(value) : value;
  if (!isValidDate(instant)) return undefined;
  const local = inMailboxTimeZone(office, instant) ?? instant.toISOString();
  return allDay ? local.slice(0, 10) : local;
}

function recurrenceOf(office: typeof Office, item: LooseItem): SnapshotItem["recurrence"] {
  if (!supportsSet(office, "Mailbox", "1.7")) return undefined;
  const recurrence = item.recurrence;
  if (!isRecord(recurrence) || typeof recurrence.recurrenceType !== "string") return undefined;
  const recurrenceType = RECURRENCE_FROM_OFFICE[recurrence.recurrenceType];
  return recurrenceType ? { recurrenceType } : undefined;
}

type InviteShape = "meeting-request" | "calendar-item";

export function inviteShapeOf(item: LooseItem): InviteShape | undefined {
  if (item.itemType === "appointment") return "calendar-item";
  const itemClass = textOf(item.itemClass) ?? "";
  if (item.itemType === "message" && itemClass.startsWith(MEETING_REQUEST_CLASS)) return "meeting-request";
  return undefined;
}

/**
 * How many recipients Outlook gives at most, by client (MessageRead.to and .cc; AppointmentRead
 * .requiredAttendees and .optionalAttendees): on the web and in new Outlook a meeting request's To
 * and Cc stop at 20 while its header is collapsed; elsewhere at 100, 500 or 1,000. A list of exactly
 * that many may be cut short.
 */
const RECIPIENT_LIMITS = { "meeting-request": [20, 100, 500, 1000], "calendar-item": [100, 500, 1000] };

function mayBeCutShort(shape: InviteShape, ...lists: Address[][]): boolean {
  return lists.some((list) => RECIPIENT_LIMITS[shape].includes(list.length));
}

/** In the Inbox a meeting request is a message: organizer in From, attendees in To and Cc. */
function peopleOf(item: LooseItem, shape: InviteShape) {
  const people =
    shape === "meeting-request"
      ? {
          organizer: addressOf(item.from),
          requiredAttendees: addressesOf(item.to),
          optionalAttendees: addressesOf(item.cc),
          resources: [],
        }
      : {
          organizer: addressOf(item.organizer),
          requiredAttendees: addressesOf(item.requiredAttendees),
          optionalAttendees: addressesOf(item.optionalAttendees),
          resources: addressesOf(item.resources),
        };
  const truncated = mayBeCutShort(shape, people.requiredAttendees, people.optionalAttendees);
  return truncated ? { ...people, attendeesTruncated: true } : people;
}

function snapshotItemOf(office: typeof Office, item: LooseItem, shape: InviteShape): SnapshotItem {
  const allDay = item.isAllDayEvent === true;
  return {
    itemType: shape === "meeting-request" ? "message" : "appointment",
    itemClass: textOf(item.itemClass),
    itemId: textOf(item.itemId),
    subject: textOf(item.subject) ?? "",
    ...peopleOf(item, shape),
    start: timeOf(office, item.start, allDay),
    end: timeOf(office, item.end, allDay),
    location: textOf(item.location),
    recurrence: recurrenceOf(office, item),
    body: "",
  };
}

function mailboxOwnerOf(office: typeof Office): Address {
  return addressOf(office.context.mailbox.userProfile) ?? {};
}

function readBody(office: typeof Office, item: LooseItem): Promise<string> {
  const body = item.body;
  if (!isRecord(body) || typeof body.getAsync !== "function") return Promise.resolve("");
  const coercion = office.CoercionType?.Text ?? "text";
  return officeCall<string>(
    office,
    (callback) => (body as unknown as Office.Body).getAsync(coercion, callback),
    BODY_READ_FAILED,
  );
}

type SyncRead =
  | { state: Exclude<ItemState, { kind: "invite" }> }
  | { state: Extract<ItemState, { kind: "invite" }>; item: LooseItem };

function readWithoutBody(office: typeof Office): SyncRead {
  const item: unknown = office.context.mailbox.item;
  if (!isRecord(item)) return { state: { kind: "none" } };
  const itemId = textOf(item.itemId) ?? "";
  const shape = inviteShapeOf(item);
  if (!shape) {
    const itemClass = textOf(item.itemClass) ?? "";
    return { state: { kind: "not-invite", itemId, itemClass, subject: textOf(item.subject) ?? "" } };
  }
  const snapshot = { mailbox: mailboxOwnerOf(office), item: snapshotItemOf(office, item, shape) };
  return { state: { kind: "invite", itemId, snapshot }, item };
}

type InviteState = Extract<ItemState, { kind: "invite" }>;

/** The owner's name as the invite lists them, if it does. */
function nameOnInvite(snapshotItem: SnapshotItem, address: string): string | undefined {
  const wanted = address.toLowerCase();
  const listed = [
    snapshotItem.organizer,
    ...(snapshotItem.requiredAttendees ?? []),
    ...(snapshotItem.optionalAttendees ?? []),
  ];
  const match = listed.find((entry) => entry?.emailAddress?.trim().toLowerCase() === wanted);
  return match?.displayName ?? undefined;
}

/**
 * In a shared or delegated mailbox the owner is the caseworker the verdict is about; the signed-in
 * user is their delegate. Outside one (or when Outlook cannot tell) the state is unchanged.
 */
async function asOwner(office: typeof Office, state: InviteState, item: LooseItem): Promise<InviteState> {
  const owner = await sharedMailboxOwner(office, item);
  if (!owner) return state;
  const signedIn = state.snapshot.mailbox;
  const ownerName = nameOnInvite(state.snapshot.item, owner);
  return {
    ...state,
    snapshot: {
      ...state.snapshot,
      mailbox: { ...(ownerName ? { displayName: ownerName } : {}), emailAddress: owner },
    },
    delegate: {
      ...(signedIn.displayName ? { displayName: signedIn.displayName } : {}),
      emailAddress: signedIn.emailAddress ?? "",
    },
  };
}

/** Reads the selected item as the pane needs it. Rejects with HostError when Office fails. */
export async function readItemState(office: typeof Office): Promise<ItemState> {
  let read: SyncRead;
  try {
    read = readWithoutBody(office);
  } catch (error) {
    throw toHostError(error, ITEM_READ_FAILED);
  }
  if (!("item" in read)) return read.state;
  const [body, state] = await Promise.all([
    readBody(office, read.item),
    asOwner(office, read.state, read.item),
  ]);
  const { snapshot } = state;
  return { ...state, snapshot: { ...snapshot, item: { ...snapshot.item, body } } };
}
