import { HostError, toHostError } from "../host";
import { officeCall } from "./office-call";
import { isRecord } from "../core";
import { currentItem } from "./current-item";
import { isMobile } from "./requirements";

export const REPLY_FORM_FAILED =
  "Outlook could not open the reply form. Copy the reply text instead and paste it into your reply.";

interface ReplyCapable {
  displayReplyFormAsync?: unknown;
  displayReplyForm?: unknown;
}

function replyCapableItem(office: typeof Office): ReplyCapable | undefined {
  try {
    const item: unknown = office.context.mailbox.item;
    return isRecord(item) ? item : undefined;
  } catch (error) {
    throw toHostError(error, REPLY_FORM_FAILED);
  }
}

function openSynchronously(item: Office.MessageRead, html: string): void {
  try {
    item.displayReplyForm(html);
  } catch (error) {
    throw toHostError(error, REPLY_FORM_FAILED);
  }
}

/**
 * Opens Outlook's reply form with this HTML body: displayReplyFormAsync (Mailbox 1.9) where it
 * exists, else displayReplyForm. Mobile clients have neither; the async call is known to fail
 * in new Outlook with several accounts. Every failure rejects with a HostError.
 */
export async function openReplyForm(office: typeof Office, html: string): Promise<void> {
  const item = replyCapableItem(office);
  if (typeof item?.displayReplyFormAsync === "function") {
    const readItem = item as Office.MessageRead;
    return officeCall<void>(
      office,
      (callback) => readItem.displayReplyFormAsync(html, callback),
      REPLY_FORM_FAILED,
    );
  }
  if (typeof item?.displayReplyForm === "function")
    return openSynchronously(item as Office.MessageRead, html);
  throw new HostError(REPLY_FORM_FAILED, "ReplyFormUnavailable");
}

/** Whether Outlook can open a reply form for the open item (not on mobile, which has none). */
export function supportsReplyForm(office: typeof Office): boolean {
  const item = currentItem(office);
  return (
    !isMobile(office) &&
    (typeof item?.displayReplyFormAsync === "function" || typeof item?.displayReplyForm === "function")
  );
}
