import type { DeclineItem, GraphTarget } from "../host";
import { currentItem } from "./current-item";
import { inviteShapeOf } from "./item-reader";
import { restIdOf, sharedMailboxOwner, signedInAddress, supportsNestedAppAuth } from "./shared-mailbox";

function declineItemOf(office: typeof Office, item: Record<string, unknown>): DeclineItem | undefined {
  const shape = inviteShapeOf(item);
  const itemId = typeof item.itemId === "string" ? item.itemId : "";
  if (!shape || itemId === "") return undefined;
  const restId = restIdOf(office, itemId);
  if (!restId) return undefined;
  return shape === "calendar-item" ? { kind: "event", restId } : { kind: "meeting-request", restId };
}

/**
 * The open item as Graph knows it: a calendar item's id through convertToRestId (v2.0), a meeting
 * request's message id (Graph finds its event); the owner of a shared
 * or delegated mailbox; and whether nested app authentication works here. Never rejects.
 */
export async function graphTargetOf(office: typeof Office): Promise<GraphTarget> {
  const naaSupported = supportsNestedAppAuth(office);
  const item = currentItem(office);
  if (!item) return { item: undefined, naaSupported, ...caseworkerOf(office, undefined) };
  const declineItem = declineItemOf(office, item);
  const mailboxOwner = await sharedMailboxOwner(office, item);
  return {
    item: declineItem,
    ...(mailboxOwner ? { mailboxOwner } : {}),
    naaSupported,
    ...caseworkerOf(office, mailboxOwner),
  };
}

/** The owner of a shared mailbox, else the signed-in user; nothing when Outlook does not say. */
function caseworkerOf(office: typeof Office, owner: string | undefined): Pick<GraphTarget, "caseworker"> {
  if (owner) return { caseworker: { emailAddress: owner } };
  const emailAddress = signedInAddress(office);
  if (emailAddress === "") return {};
  let displayName: unknown;
  try {
    displayName = office.context.mailbox.userProfile?.displayName;
  } catch {
    displayName = undefined;
  }
  return {
    caseworker: { emailAddress, ...(typeof displayName === "string" && displayName ? { displayName } : {}) },
  };
}
