import type { Analysis, Evidence, Verdict } from "../core";
import { VERDICTS } from "../core";
import * as z from "../core/zod-mini";

/** What the user did about the invite. Until they say, an entry is "ignored". */
export const USER_ACTIONS = ["declined", "replied", "attended", "ignored"] as const;
export type UserAction = (typeof USER_ACTIONS)[number];

/** The most reasons an entry keeps. */
export const MAX_REASONS = 3;
/** Quotes and names longer than this are cut, so an entry never carries a paragraph of the invite. */
export const MAX_TEXT = 120;

/**
 * One checked invite, as the member's record for their delegate. It never holds the invite's body:
 * only the subject, the organizer, counts and labels, the verdict and its strongest reasons.
 */
export const recordEntrySchema = z.object({
  itemId: z.string().check(z.minLength(1)),
  /** ISO 8601, when the invite was (last) checked. */
  checkedAt: z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)))),
  subject: z.string(),
  organizer: z.object({ name: z.string(), email: z.string() }),
  /** Everyone on the invite but the user, as the engine counts them. */
  otherPeople: z.int().check(z.nonnegative()),
  /** Distinct role labels of those people, "role unknown" when some have none. */
  roles: z.array(z.string()),
  verdict: z.enum(VERDICTS),
  /** The evidence that counted most, strongest first, at most three. */
  reasons: z.array(z.string()).check(z.maxLength(MAX_REASONS)),
  action: z.enum(USER_ACTIONS),
});

export type RecordEntry = z.output<typeof recordEntrySchema>;

function clip(text: string): string {
  const single = text.replace(/\s+/g, " ").trim();
  return single.length > MAX_TEXT ? `${single.slice(0, MAX_TEXT - 1)}…` : single;
}

function rolesOf(analysis: Analysis): string[] {
  const labels = analysis.people.map((person) =>
    person.isDistributionList ? "distribution list" : (person.role?.label ?? "role unknown"),
  );
  return [...new Set(labels)];
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
  subject: string;
  analysis: Analysis;
  checkedAt: Date;
}

/** Builds the entry from what the pane already has. Pure: the body is not an input. */
export function entryFromAnalysis({ itemId, subject, analysis, checkedAt }: CheckedInvite): RecordEntry {
  const organizer = analysis.organizer;
  return {
    itemId,
    checkedAt: checkedAt.toISOString(),
    subject: clip(subject),
    organizer: { name: clip(organizer?.name ?? ""), email: organizer?.email ?? "" },
    otherPeople: analysis.people.length,
    roles: rolesOf(analysis),
    verdict: analysis.verdict satisfies Verdict,
    reasons: mainReasons(analysis.evidence),
    action: "ignored",
  };
}
