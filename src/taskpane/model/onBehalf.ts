import type { ItemState } from "../../host";
import type { InviteContext } from "./checkInvite";

/** When the invite is in someone else's mailbox: who acts, and for whom. */
export interface OnBehalf {
  delegateName: string;
  ownerName: string;
}

export function onBehalfOf(
  invite: Extract<ItemState, { kind: "invite" }>,
  context: InviteContext,
): OnBehalf | undefined {
  const { delegate } = invite;
  if (!delegate) return undefined;
  const { mailbox } = context.snapshot;
  return {
    delegateName: delegate.displayName || delegate.emailAddress,
    ownerName: mailbox.displayName || mailbox.emailAddress || "",
  };
}
