/**
 * Whether Microsoft 365 actions can work here, and why not, in the words the pane shows. Kept apart
 * from auth.ts so the pane can say so without loading MSAL.
 */
export const UNAVAILABLE = {
  noNaa:
    "This version of Outlook cannot sign in to Microsoft 365 from add-ins, so Microsoft 365 actions are not available. The check itself still works.",
  noClientId:
    "Microsoft 365 actions are not set up for this add-in (no app registration). Ask whoever installed it to add one.",
  noItem: "Outlook cannot give Microsoft 365 this item, so it cannot be declined from here.",
} as const;

export type Availability = { available: true } | { available: false; reason: string };

/** Sign-in needs an app (client) id and nested app authentication (NestedAppAuth 1.1). */
export function availabilityOf(clientId: string | undefined, naaSupported: boolean): Availability {
  if (!clientId) return { available: false, reason: UNAVAILABLE.noClientId };
  if (!naaSupported) return { available: false, reason: UNAVAILABLE.noNaa };
  return { available: true };
}
