import { isRecord } from "./is-record";
import type { EmailAddress, InviteItem, InviteSnapshot } from "./snapshot";

/**
 * The invite snapshot's fast path, without zod: `snapshot.ts`'s schema is the definition, and this
 * reads only what is plainly that shape, giving what the schema would give (absent lists empty,
 * absent text undefined, unknown fields dropped). For anything else it gives undefined and the
 * caller asks the schema, which says what is wrong. The pane reads invites its own Office adapter
 * built, so it starts without zod; tests/core/snapshot-shape.test.ts holds the two together.
 */

export const RECIPIENT_TYPES = ["user", "distributionList", "externalUser", "other"] as const;
export const RECURRENCE_TYPES = ["daily", "weekly", "monthly", "yearly"] as const;
const ITEM_TYPES = ["message", "appointment"] as const;

/** Thrown inside the reader when a value is not plainly the schema's shape; never leaves it. */
const NOT_PLAIN = new Error("not plainly an invite snapshot");

function fail(): never {
  throw NOT_PLAIN;
}

function absent(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

function optionalText(value: unknown): string | undefined {
  if (absent(value)) return undefined;
  return typeof value === "string" ? value : fail();
}

function textOrEmpty(value: unknown): string {
  return optionalText(value) ?? "";
}

function oneOf<T extends string>(choices: readonly T[], value: unknown): T | undefined {
  if (absent(value)) return undefined;
  return choices.find((choice) => choice === value) ?? fail();
}

function recordOf(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : fail();
}

function address(value: unknown): EmailAddress {
  const fields = recordOf(value);
  return {
    displayName: optionalText(fields.displayName),
    emailAddress: optionalText(fields.emailAddress),
    recipientType: oneOf(RECIPIENT_TYPES, fields.recipientType),
  };
}

function addresses(value: unknown): EmailAddress[] {
  if (absent(value)) return [];
  return Array.isArray(value) ? value.map(address) : fail();
}

function dateTime(value: unknown): string | undefined {
  const text = optionalText(value);
  return text === undefined || !Number.isNaN(Date.parse(text)) ? text : fail();
}

function item(value: unknown): InviteItem {
  const fields = recordOf(value);
  const recurrence = absent(fields.recurrence) ? undefined : recordOf(fields.recurrence);
  return {
    itemType: oneOf(ITEM_TYPES, fields.itemType) ?? fail(),
    itemClass: optionalText(fields.itemClass),
    itemId: optionalText(fields.itemId),
    subject: textOrEmpty(fields.subject),
    organizer: absent(fields.organizer) ? undefined : address(fields.organizer),
    requiredAttendees: addresses(fields.requiredAttendees),
    optionalAttendees: addresses(fields.optionalAttendees),
    resources: addresses(fields.resources),
    start: dateTime(fields.start),
    end: dateTime(fields.end),
    timeZone: optionalText(fields.timeZone),
    location: optionalText(fields.location),
    recurrence: recurrence && {
      recurrenceType: oneOf(RECURRENCE_TYPES, recurrence.recurrenceType) ?? fail(),
    },
    body: textOrEmpty(fields.body),
    ...optionalFlag("attendeesTruncated", fields.attendeesTruncated),
  };
}

/** An optional true/false field, left out when absent, as the schema leaves it. */
function optionalFlag<K extends string>(key: K, value: unknown): { [P in K]?: boolean } {
  if (value === undefined) return {};
  return typeof value === "boolean" ? ({ [key]: value } as { [P in K]?: boolean }) : fail();
}

function directory(value: unknown): InviteSnapshot["directory"] {
  if (absent(value)) return {};
  return Object.fromEntries(
    Object.entries(recordOf(value)).map(([key, entry]) => {
      const fields = recordOf(entry);
      const known: { jobTitle?: string | undefined; department?: string | undefined } = {};
      if ("jobTitle" in fields) known.jobTitle = optionalText(fields.jobTitle);
      if ("department" in fields) known.department = optionalText(fields.department);
      return [key, known];
    }),
  );
}

function settings(value: unknown): InviteSnapshot["settings"] {
  if (absent(value)) return { managerCasework: undefined, userName: undefined, roles: {} };
  const fields = recordOf(value);
  const roles = absent(fields.roles) ? {} : recordOf(fields.roles);
  return {
    managerCasework: optionalText(fields.managerCasework),
    userName: optionalText(fields.userName),
    roles: Object.fromEntries(
      Object.entries(roles).map(([key, role]) => [key, typeof role === "string" ? role : fail()]),
    ),
  };
}

/** The snapshot, when `value` is plainly one; undefined when only the schema can say (or say what is wrong). */
export function plainSnapshot(value: unknown): InviteSnapshot | undefined {
  try {
    const fields = recordOf(value);
    return {
      mailbox: address(fields.mailbox),
      item: item(fields.item),
      directory: directory(fields.directory),
      settings: settings(fields.settings),
    };
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}
