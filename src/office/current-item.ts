import { isRecord } from "../core";

/** Office.context.mailbox.item seen through feature detection, or undefined when none or unreadable. */
export function currentItem(office: typeof Office): Record<string, unknown> | undefined {
  try {
    const item: unknown = office.context.mailbox.item;
    return isRecord(item) ? item : undefined;
  } catch {
    return undefined;
  }
}
