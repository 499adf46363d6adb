/** Office.context.requirements.isSetSupported(name, version); false when Outlook cannot say. */
export function supportsSet(office: typeof Office, name: string, version: string): boolean {
  try {
    const requirements = office.context.requirements;
    return typeof requirements?.isSetSupported === "function"
      ? requirements.isSetSupported(name, version) === true
      : false;
  } catch {
    return false;
  }
}

/**
 * Outlook on Android and iOS (mailbox.diagnostics.hostName "OutlookAndroid", "OutlookIOS"), where
 * there is no displayAppointmentForm, displayReplyForm or convertToEwsId.
 */
export function isMobile(office: typeof Office): boolean {
  try {
    const hostName: unknown = office.context.mailbox.diagnostics?.hostName;
    return hostName === "OutlookAndroid" || hostName === "OutlookIOS";
  } catch {
    return false;
  }
}
