import type { DeclineOffer } from "../components/DeclineAndSend";
import type { InviteContext } from "./settingsDraft";
import { UNAVAILABLE, type Microsoft365State } from "../hooks/useMicrosoft365";

const NO_ORGANIZER = "The invite does not say who organized it, so there is no one to send a decline to.";

/** Declining this invite through Microsoft 365, or why it cannot; undefined until Outlook has answered. */
export function declineOfferFor(m365: Microsoft365State, context: InviteContext): DeclineOffer | undefined {
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
        const detail = error instanceof Error ? error.message : String(error);
        return {
          ok: false,
          message: `The Microsoft 365 part of QA Meeting Check could not load (${detail}). Check your connection.`,
          comment,
        };
      }
    },
  };
}
