import type { AttendeesResult } from "../graph/attendees";
import type { CalendarRequest, CalendarResult } from "../graph/calendar";
import type { DeclineResult } from "../graph/decline";
import type { DirectoryResult, ManagerResult } from "../graph/directory";
import type { AuthOptions } from "../graph/auth";
import type { Availability } from "../graph/availability";
import type { DeclineItem, GraphTarget } from "../host";

/**
 * The Microsoft 365 actions the pane uses. The real ones come from src/graph (and MSAL), loaded
 * only when the user first starts an action or has directory look-ups on; tests inject fakes.
 */
export interface Microsoft365 {
  /** Declines the meeting and sends the comment to the organizer. Never rejects. */
  decline(item: DeclineItem, comment: string, mailboxOwner: string | undefined): Promise<DeclineResult>;
  /** Job titles and departments for these addresses. Never rejects. */
  rolesFor(addresses: readonly string[]): Promise<DirectoryResult>;
  /** The user's manager in the directory. Never rejects. */
  findManager(): Promise<ManagerResult>;
  /** The meetings in a span of the caseworker's calendar (GET /me/calendarView), page by page. Never rejects. */
  readCalendar(request: CalendarRequest): Promise<CalendarResult>;
  /** Everyone invited to the meeting, from its event: when Outlook gave only the first recipients. Never rejects. */
  fullAttendees(item: DeclineItem, mailboxOwner: string | undefined): Promise<AttendeesResult>;
}

/** What the pane knows of Microsoft 365 for the open item. */
export interface Microsoft365Access {
  /** What Outlook said about the open item; undefined until it answers. */
  target: GraphTarget | undefined;
  availability: Availability;
  /** Loads src/graph on first use. Rejects only if its chunk cannot load. */
  services(): Promise<Microsoft365>;
}

export interface Microsoft365Config {
  clientId: string;
  naaSupported: boolean;
}

export type Microsoft365Loader = (config: Microsoft365Config) => Promise<Microsoft365>;

/** Where src/graph meets the outside world; by default MSAL's nested app authentication and fetch. */
export interface Microsoft365Seams {
  createClient?: AuthOptions["createClient"];
  fetch?: typeof fetch;
}

/** Loads src/graph in its own chunk, so MSAL never weighs on the pane's first load. */
export function createMicrosoft365Loader(seams: Microsoft365Seams = {}): Microsoft365Loader {
  return async ({ clientId, naaSupported }) => {
    const graph = await import(/* webpackChunkName: "microsoft365" */ "../graph");
    const auth = graph.createAuth({
      clientId,
      naaSupported,
      ...(seams.createClient ? { createClient: seams.createClient } : {}),
    });
    const client = graph.createGraphClient({
      fetch: seams.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      getToken: auth.getToken,
    });
    const directory = graph.createDirectoryLookup(client);
    return {
      decline: (item, comment, mailboxOwner) =>
        graph.declineMeeting({ client, item, comment, ...(mailboxOwner ? { mailboxOwner } : {}) }),
      rolesFor: (addresses) => directory.rolesFor(addresses),
      findManager: () => directory.findManager(),
      readCalendar: (request) => graph.readCalendar(client, request),
      fullAttendees: (item, mailboxOwner) => graph.readFullAttendees(client, item, mailboxOwner),
    };
  };
}
