import type { BannerResult } from "../host";
import { currentItem } from "./current-item";
import { officeCall } from "./office-call";
import { notificationsOf, type Notifications } from "./capabilities";

/** The add-in's one notification key (at most 32 characters): a re-check replaces the line. */
export const BANNER_KEY = "qaMeetingCheck.verdict";
/**
 * An icon from the manifest, required for an InformationalMessage. Only classic Outlook on Windows
 * shows it; with the unified manifest Outlook uses the first ribbon control's icon instead.
 */
export const BANNER_ICON = "Icon.16x16";
/** Outlook on the web, on Windows and on Mac keep at most five notifications per item. */
export const MAX_NOTIFICATIONS = 5;

export const BANNER_MESSAGES = {
  unavailable: "This version of Outlook cannot show the verdict on the invite itself.",
  full: "The invite already shows five notes from other add-ins, so Outlook has no room for the verdict. None of them was removed.",
  failed: "Outlook could not show the verdict on the invite. The check itself is not affected.",
  otherItem: "Another item is open now, so the verdict was not put on it.",
} as const;

/** The add-in's notifications on the item, or undefined when Outlook will not say. */
async function listed(office: typeof Office, messages: Notifications) {
  try {
    const all = await officeCall<Office.NotificationMessageDetails[]>(
      office,
      (callback) => messages.getAllAsync(callback),
      "",
    );
    return Array.isArray(all) ? all : undefined;
  } catch {
    return undefined;
  }
}

function informational(office: typeof Office, text: string): Office.NotificationMessageDetails {
  const type =
    office.MailboxEnums?.ItemNotificationMessageType?.InformationalMessage ??
    ("informationalMessage" as Office.MailboxEnums.ItemNotificationMessageType);
  return { type, message: text, icon: BANNER_ICON, persistent: true };
}

async function remove(
  office: typeof Office,
  messages: Notifications,
  existing: Office.NotificationMessageDetails[] | undefined,
): Promise<BannerResult> {
  if (existing && !existing.some((message) => message.key === BANNER_KEY)) return { outcome: "removed" };
  try {
    await officeCall<void>(office, (callback) => messages.removeAsync(BANNER_KEY, callback), "");
    return { outcome: "removed" };
  } catch {
    // Without the list, a failure most likely means there was no line to remove.
    return existing ? { outcome: "not-shown", reason: BANNER_MESSAGES.failed } : { outcome: "removed" };
  }
}

async function replace(
  office: typeof Office,
  messages: Notifications,
  existing: Office.NotificationMessageDetails[] | undefined,
  text: string,
): Promise<BannerResult> {
  const ours = existing?.find((message) => message.key === BANNER_KEY);
  if (ours?.message === text && ours.persistent === true) return { outcome: "shown" };
  if (existing && !ours && existing.length >= MAX_NOTIFICATIONS)
    return { outcome: "not-shown", reason: BANNER_MESSAGES.full };
  try {
    await officeCall<void>(
      office,
      (callback) => messages.replaceAsync(BANNER_KEY, informational(office, text), callback),
      "",
    );
    return { outcome: "shown" };
  } catch (error) {
    const full = /NumberOfNotificationMessagesExceeded/i.test((error as { code?: string }).code ?? "");
    return { outcome: "not-shown", reason: full ? BANNER_MESSAGES.full : BANNER_MESSAGES.failed };
  }
}

/**
 * Puts the verdict's line on the open item as a persistent informational notification under the
 * add-in's one key (replaceAsync adds it when missing), or removes it when `text` is undefined.
 * Only that key is ever touched, so other add-ins' notifications stay as they are. Never rejects.
 */
export async function showBanner(
  office: typeof Office,
  itemId: string,
  text: string | undefined,
): Promise<BannerResult> {
  const item = currentItem(office);
  if (!item || item.itemId !== itemId) return { outcome: "not-shown", reason: BANNER_MESSAGES.otherItem };
  const messages = notificationsOf(office, item);
  if (!messages) return { outcome: "not-shown", reason: BANNER_MESSAGES.unavailable };
  const existing = await listed(office, messages);
  return text === undefined ? remove(office, messages, existing) : replace(office, messages, existing, text);
}
