import { currentItem } from "./current-item";
import { isMobile, supportsSet } from "./requirements";

/**
 * What this Outlook can do beyond reading the item (Host.capabilities): small, so the pane starts
 * with it; the calls themselves (banner.ts, appointment-form.ts) and their words load when first used.
 */

export type Notifications = Office.NotificationMessages;

export function notificationsOf(
  office: typeof Office,
  item: Record<string, unknown>,
): Notifications | undefined {
  if (!supportsSet(office, "Mailbox", "1.3")) return undefined;
  const messages = item.notificationMessages as Partial<Notifications> | null | undefined;
  const usable =
    typeof messages?.getAllAsync === "function" &&
    typeof messages.replaceAsync === "function" &&
    typeof messages.removeAsync === "function";
  return usable ? (messages as Notifications) : undefined;
}

interface AppointmentFormMailbox {
  convertToEwsId?: unknown;
  displayAppointmentFormAsync?: unknown;
  displayAppointmentForm?: unknown;
}

export function mailboxOf(office: typeof Office): AppointmentFormMailbox {
  try {
    const mailbox: AppointmentFormMailbox = office.context.mailbox;
    return mailbox;
  } catch {
    return {};
  }
}

export function supportsAppointmentForm(office: typeof Office): boolean {
  const mailbox = mailboxOf(office);
  return (
    !isMobile(office) &&
    typeof mailbox.convertToEwsId === "function" &&
    (typeof mailbox.displayAppointmentFormAsync === "function" ||
      typeof mailbox.displayAppointmentForm === "function")
  );
}

/** Whether the open item can carry the add-in's line. */
export function supportsBanner(office: typeof Office): boolean {
  const item = currentItem(office);
  return item !== undefined && notificationsOf(office, item) !== undefined;
}
