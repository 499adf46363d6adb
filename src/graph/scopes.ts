/**
 * The delegated Microsoft Graph permissions each action asks for, and nothing more.
 * Each is requested only when the user starts that action (incremental consent).
 * Sources for "least privileged" are in src/graph/README.md and the comments here.
 */
export const SCOPES = {
  /** POST /me/events/{id}/decline: Calendars.ReadWrite (Graph "event: decline" permissions table). */
  declineEvent: ["Calendars.ReadWrite"],
  /** GET /me/messages/{id}: Mail.Read (Graph "Get eventMessage" permissions table). */
  readMeetingRequest: ["Mail.Read"],
  /** The same two in a shared or delegated mailbox (/users/{owner}/...): the ".Shared" variants. */
  declineSharedEvent: ["Calendars.ReadWrite.Shared"],
  readSharedMeetingRequest: ["Mail.Read.Shared"],
  /**
   * Job title and department of the people on an invite. User.ReadBasic.All does not return them
   * (its basic profile is displayName, givenName, surname, mail, photo, userPrincipalName), so we use
   * GET /me/people, whose least privileged permission is People.Read (no admin consent needed).
   */
  directory: ["People.Read"],
  /**
   * GET /me/calendarView and GET /me/events/{id}: the least privileged, Calendars.ReadBasic, leaves
   * out the body, which the engine reads, so the coming weeks need Calendars.Read ("List
   * calendarView" permissions table); users can consent to it themselves.
   */
  readCalendar: ["Calendars.Read"],
  /** The owner's calendar in a shared or delegated mailbox (/users/{owner}/calendarView). */
  readSharedCalendar: ["Calendars.Read.Shared"],
  /** GET /me/manager: least privileged is User.Read.All ("List manager" permissions table); admin consent. */
  manager: ["User.Read.All"],
} as const satisfies Record<string, readonly string[]>;

export type Scopes = readonly string[];
