import { HostError, toHostError } from "../host";
import { mailboxOf, supportsAppointmentForm } from "./capabilities";
import { officeCall } from "./office-call";

export const APPOINTMENT_FORM_MESSAGES = {
  failed: "Outlook could not open this meeting. Find it in your calendar instead.",
  unavailable: "This version of Outlook cannot open a meeting from the add-in. Find it in your calendar.",
} as const;

function ewsIdOf(office: typeof Office, restId: string): string {
  const version = office.MailboxEnums?.RestVersion?.v2_0 ?? ("v2.0" as Office.MailboxEnums.RestVersion);
  let ewsId: unknown;
  try {
    ewsId = office.context.mailbox.convertToEwsId(restId, version);
  } catch (error) {
    throw toHostError(error, APPOINTMENT_FORM_MESSAGES.failed);
  }
  if (typeof ewsId !== "string" || ewsId === "")
    throw new HostError(APPOINTMENT_FORM_MESSAGES.failed, "ConvertToEwsIdFailed");
  return ewsId;
}

/**
 * Opens a calendar event (by its Graph REST id) in Outlook's own form: displayAppointmentFormAsync
 * (Mailbox 1.9) where it exists, else displayAppointmentForm (1.1), with the id converted to EWS
 * form (convertToEwsId, 1.3). Outlook mobile has none of these. Every failure is a HostError.
 */
export async function openAppointment(office: typeof Office, restId: string): Promise<void> {
  if (!supportsAppointmentForm(office))
    throw new HostError(APPOINTMENT_FORM_MESSAGES.unavailable, "AppointmentFormUnavailable");
  const ewsId = ewsIdOf(office, restId);
  const mailbox = office.context.mailbox;
  if (typeof mailboxOf(office).displayAppointmentFormAsync === "function") {
    return officeCall<void>(
      office,
      (callback) => mailbox.displayAppointmentFormAsync(ewsId, callback),
      APPOINTMENT_FORM_MESSAGES.failed,
    );
  }
  try {
    mailbox.displayAppointmentForm(ewsId);
  } catch (error) {
    throw toHostError(error, APPOINTMENT_FORM_MESSAGES.failed);
  }
}
