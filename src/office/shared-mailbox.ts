import { isRecord } from "../core";
import { officeCall } from "./office-call";
import { supportsSet } from "./requirements";

/** The signed-in user's address, lower case, or "" when Outlook does not say. */
export function signedInAddress(office: typeof Office): string {
  try {
    const address: unknown = office.context.mailbox.userProfile?.emailAddress;
    return typeof address === "string" ? address.trim().toLowerCase() : "";
  } catch {
    return "";
  }
}

/**
 * The owner of the mailbox this item is in, when it is someone else's (a shared folder, Mailbox 1.8,
 * or a shared mailbox, Mailbox 1.13): item.getSharedPropertiesAsync().owner. Undefined for the user's
 * own mailbox, and whenever Outlook lacks the call or it fails: then the item counts as the user's own.
 */
export async function sharedMailboxOwner(office: typeof Office, item: unknown): Promise<string | undefined> {
  if (!isRecord(item) || typeof item.getSharedPropertiesAsync !== "function") return undefined;
  const shared = item as unknown as Office.AppointmentRead;
  let properties: Office.SharedProperties;
  try {
    properties = await officeCall<Office.SharedProperties>(
      office,
      (callback) => shared.getSharedPropertiesAsync(callback),
      "",
    );
  } catch {
    return undefined;
  }
  const owner = typeof properties?.owner === "string" ? properties.owner.trim() : "";
  if (owner === "" || owner.toLowerCase() === signedInAddress(office)) return undefined;
  return owner;
}

/** The item id as Graph's REST API wants it, or undefined when Outlook cannot give one. */
export function restIdOf(office: typeof Office, itemId: string): string | undefined {
  const mailbox = office.context.mailbox;
  if (typeof mailbox.convertToRestId !== "function") return undefined;
  const version = office.MailboxEnums?.RestVersion?.v2_0 ?? ("v2.0" as Office.MailboxEnums.RestVersion);
  try {
    const restId: unknown = mailbox.convertToRestId(itemId, version);
    return typeof restId === "string" && restId !== "" ? restId : undefined;
  } catch {
    return undefined;
  }
}

/** Office.context.requirements.isSetSupported("NestedAppAuth", "1.1"); false when Outlook cannot say. */
export function supportsNestedAppAuth(office: typeof Office): boolean {
  return supportsSet(office, "NestedAppAuth", "1.1");
}
