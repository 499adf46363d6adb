import { RECIPIENT_TYPES, RECURRENCE_TYPES } from "./snapshot-shape";
import * as z from "./zod-mini";

export { RECIPIENT_TYPES, RECURRENCE_TYPES };

/**
 * The invite snapshot: one meeting invite as the add-in sees it. Field names mirror Office.js
 * so the Outlook adapter, the file parsers and the tests share one model. `plainSnapshot`
 * (snapshot-shape.ts) reads a snapshot that is plainly this shape without zod, for the pane.
 */

const text = z.string();
/** Office.js and file parsers give `null` for absent lists; treat it as empty. */
const listOf = <T extends z.ZodMiniType>(item: T) =>
  z.pipe(
    z.nullish(z.array(item)),
    z.transform((list) => list ?? []),
  );
/** An absent value (null or missing) as undefined. */
const orUndefined = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.nullish(schema),
    z.transform((value) => value ?? undefined),
  );
const optionalText = orUndefined(text);

export const emailAddressSchema = z.object({
  displayName: optionalText,
  emailAddress: optionalText,
  recipientType: orUndefined(z.enum(RECIPIENT_TYPES)),
});

const isoDateTime = text.check(
  z.refine((value) => !Number.isNaN(Date.parse(value)), {
    message: "is not a date and time (expected ISO 8601, for example 2026-12-10T14:00:00+11:00)",
  }),
);

export const itemSchema = z.object({
  itemType: z.enum(["message", "appointment"]),
  itemClass: optionalText,
  itemId: optionalText,
  subject: z.pipe(
    z.nullish(text),
    z.transform((value) => value ?? ""),
  ),
  organizer: orUndefined(emailAddressSchema),
  requiredAttendees: listOf(emailAddressSchema),
  optionalAttendees: listOf(emailAddressSchema),
  resources: listOf(emailAddressSchema),
  start: orUndefined(isoDateTime),
  end: orUndefined(isoDateTime),
  /** IANA zone the invite was written in, when known (from an iCalendar TZID). */
  timeZone: optionalText,
  location: optionalText,
  recurrence: orUndefined(z.object({ recurrenceType: z.enum(RECURRENCE_TYPES) })),
  body: z.pipe(
    z.nullish(text),
    z.transform((value) => value ?? ""),
  ),
  /**
   * The attendees are only the first of more: Outlook on the web and new Outlook give at most 20
   * recipients of a meeting request while its header is collapsed. The count is then "at least".
   */
  attendeesTruncated: z.optional(z.boolean()),
});

export const directorySchema = z.pipe(
  z.nullish(
    z.record(
      text,
      z.object({
        jobTitle: z.optional(optionalText),
        department: z.optional(optionalText),
      }),
    ),
  ),
  z.transform((value) => value ?? {}),
);

export const settingsSchema = z.pipe(
  z.nullish(
    z.object({
      /** E-mail address of the caseworker's own Manager Casework. */
      managerCasework: optionalText,
      /** The caseworker's name for signing replies. */
      userName: optionalText,
      /** Roles the user has set by hand: e-mail address (any case) to role id. */
      roles: z.pipe(
        z.nullish(z.record(text, text)),
        z.transform((value) => value ?? {}),
      ),
    }),
  ),
  z.transform((value) => value ?? { managerCasework: undefined, userName: undefined, roles: {} }),
);

export const snapshotSchema = z.object({
  mailbox: emailAddressSchema,
  item: itemSchema,
  directory: directorySchema,
  settings: settingsSchema,
});

export type EmailAddress = z.output<typeof emailAddressSchema>;
export type RecipientType = (typeof RECIPIENT_TYPES)[number];
export type InviteItem = z.output<typeof itemSchema>;
/** E-mail address to what the directory says of that person: a snapshot's `directory`. */
export type Directory = z.output<typeof directorySchema>;
export type DirectoryEntry = Directory[string];
export type Settings = z.output<typeof settingsSchema>;
export type InviteSnapshot = z.output<typeof snapshotSchema>;
/** What a caller may hand in: nulls and missing optional fields allowed. */
export type InviteSnapshotInput = z.input<typeof snapshotSchema>;

export class SnapshotError extends Error {
  override readonly name = "SnapshotError";
}

/** Describes each problem as "field.path: problem", so a user can find it in the file. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join(".") : "(top level)";
      return `${where}: ${issue.message}`;
    })
    .join("; ");
}

export function parseSnapshot(value: unknown): InviteSnapshot {
  const result = snapshotSchema.safeParse(value);
  if (!result.success) {
    throw new SnapshotError(`not a valid invite snapshot: ${describeIssues(result.error)}`);
  }
  return result.data;
}
