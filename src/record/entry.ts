import type { Analysis, EmailAddress, Evidence, InviteItem, Person, Policy, Verdict } from "../core";
import { VERDICTS } from "../core";
import * as z from "../core/zod-mini";

/** What the user did about the invite. Until they say, an entry is "ignored". */
export const USER_ACTIONS = ["declined", "replied", "attended", "ignored"] as const;
export type UserAction = (typeof USER_ACTIONS)[number];

/** The most reasons an entry keeps. */
export const MAX_REASONS = 3;
/** Quotes and names longer than this are cut, so an entry never carries a paragraph of the invite. */
export const MAX_TEXT = 120;

const isDateTime = (value: string) => !Number.isNaN(Date.parse(value));
const isoDateTime = z.string().check(z.refine(isDateTime));

/**
 * The field, or `fallback` where an entry saved before it was kept has none, so older entries still
 * read. Built from what the pane's other schemas already use (optional, pipe, transform), so the
 * record brings no more of zod into the pane's start-up.
 */
function since<T extends z.ZodMiniType>(schema: T, fallback: z.output<T>) {
  return z.pipe(
    z.optional(schema),
    z.transform((value): z.output<T> => value ?? fallback),
  );
}
/** "" when not known. */
const known = since(z.string(), "");

/**
 * One checked invite, as the member's record for their delegate. It never holds the invite's body:
 * only the subject, when and where, the organizer, counts and labels, the verdict and its strongest
 * reasons, whose record it is and which policy judged it.
 */
export const recordEntrySchema = z.object({
  itemId: z.string().check(z.minLength(1)),
  /** ISO 8601, when the invite was (last) checked. */
  checkedAt: isoDateTime,
  /** When the meeting starts, as the invite gives it (ISO 8601, a date alone for an all-day event); "" when it gives none. */
  meetingStart: since(z.string().check(z.refine((value) => value === "" || isDateTime(value))), ""),
  subject: z.string(),
  /** The location's name as the invite gives it (a room, "Microsoft Teams Meeting"). */
  location: known,
  organizer: z.object({ name: z.string(), email: z.string(), role: known }),
  /** Everyone on the invite but the user, as the engine counts them. */
  otherPeople: z.int().check(z.nonnegative()),
  /** Distinct role labels of those people, "role unknown" when some have none. */
  roles: z.array(z.string()),
  verdict: z.enum(VERDICTS),
  /** The evidence that counted most, strongest first, at most three. */
  reasons: z.array(z.string()).check(z.maxLength(MAX_REASONS)),
  action: z.enum(USER_ACTIONS),
  /** Whose record it is: the mailbox the invite was read in. */
  member: since(z.object({ name: z.string(), email: z.string() }), { name: "", email: "" }),
  /** The policy that judged it, and its version. */
  policy: since(z.object({ id: z.string(), version: z.string() }), { id: "", version: "" }),
});

export type RecordEntry = z.output<typeof recordEntrySchema>;

function clip(text: string): string {
  const single = text.replace(/\s+/g, " ").trim();
  return single.length > MAX_TEXT ? `${single.slice(0, MAX_TEXT - 1)}…` : single;
}

function roleLabel(person: Person): string {
  return person.isDistributionList ? "distribution list" : (person.role?.label ?? "role unknown");
}

function rolesOf(analysis: Analysis): string[] {
  return [...new Set(analysis.people.map(roleLabel))];
}

function describeReason(evidence: Evidence): string {
  return clip(`${evidence.label}: "${evidence.quote}"`);
}

/** The evidence that moved the score, strongest first (for or against). */
export function mainReasons(evidence: readonly Evidence[]): string[] {
  return evidence
    .filter((entry) => entry.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, MAX_REASONS)
    .map(describeReason);
}

export interface CheckedInvite {
  itemId: string;
  /**
   * The invite as read, and the mailbox it was read in. The record keeps only the item's subject,
   * start and location, and never reads the rest (its body above all).
   */
  snapshot: { item: Pick<InviteItem, "subject" | "start" | "location">; mailbox: EmailAddress };
  analysis: Analysis;
  policy: Pick<Policy, "id" | "version">;
  checkedAt: Date;
}

/** Builds the entry from what the pane (its checked invite as it stands) or the command line already has. Pure. */
export function entryFromAnalysis(checked: CheckedInvite): RecordEntry {
  const { itemId, snapshot, analysis, policy, checkedAt } = checked;
  const { item, mailbox } = snapshot;
  const organizer = analysis.organizer;
  return {
    itemId,
    checkedAt: checkedAt.toISOString(),
    meetingStart: item.start && !Number.isNaN(Date.parse(item.start)) ? item.start : "",
    subject: clip(item.subject),
    location: clip(item.location ?? ""),
    organizer: {
      name: clip(organizer?.name ?? ""),
      email: organizer?.email ?? "",
      role: organizer ? roleLabel(organizer) : "",
    },
    otherPeople: analysis.people.length,
    roles: rolesOf(analysis),
    verdict: analysis.verdict satisfies Verdict,
    reasons: mainReasons(analysis.evidence),
    action: "ignored",
    member: { name: clip(mailbox.displayName ?? ""), email: mailbox.emailAddress ?? "" },
    policy: { id: policy.id, version: policy.version },
  };
}
