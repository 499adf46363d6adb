import { UNAVAILABLE } from "../../graph/availability";
import { describeError } from "../../host";
import type { Microsoft365Access } from "../microsoft365";
import type { InviteContext } from "./checkInvite";

/** The outcome of a decline, as the pane shows it. A failure gives the comment back. */
export type DeclineOutcome = { ok: true } | { ok: false; message: string; comment: string };

/** Who the decline goes to and what it covers: what the confirmation shows. */
export interface DeclineSummary {
  organizer: { name: string; email: string };
  /** The caseworker whose meeting this is, when the item is in a shared or delegated mailbox. */
  owner: string | undefined;
  recurring: boolean;
}

/** What declining through Microsoft 365 would do here, or why it cannot. */
export type DeclineOffer =
  | ({ kind: "available"; decline(comment: string): Promise<DeclineOutcome> } & DeclineSummary)
  | { kind: "unavailable"; reason: string };

export type AvailableDecline = Extract<DeclineOffer, { kind: "available" }>;

const NO_ORGANIZER = "The invite does not say who organized it, so there is no one to send a decline to.";

/** Declining this invite through Microsoft 365, or why it cannot; undefined until Outlook has answered. */
export function declineOfferFor(
  m365: Microsoft365Access,
  context: Pick<InviteContext, "snapshot" | "analysis">,
): DeclineOffer | undefined {
  const { target, availability } = m365;
  if (!target) return undefined;
  if (!availability.available) return { kind: "unavailable", reason: availability.reason };
  const item = target.item;
  if (!item) return { kind: "unavailable", reason: UNAVAILABLE.noItem };
  const organizer = context.analysis.organizer;
  if (!organizer?.email) return { kind: "unavailable", reason: NO_ORGANIZER };
  const owner = target.mailboxOwner;
  return {
    kind: "available",
    organizer: { name: organizer.name, email: organizer.email },
    owner,
    recurring: context.snapshot.item.recurrence !== undefined,
    decline: async (comment) => {
      try {
        const services = await m365.services();
        const result = await services.decline(item, comment, owner);
        return result.outcome === "declined"
          ? { ok: true }
          : { ok: false, message: result.error.message, comment: result.comment };
      } catch (error) {
        return {
          ok: false,
          message: `The Microsoft 365 part of QA Meeting Check could not load (${describeError(error)}). Check your connection.`,
          comment,
        };
      }
    },
  };
}
