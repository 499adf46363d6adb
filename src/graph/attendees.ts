import type { EmailAddress } from "../core";
import type { DeclineItem } from "../host";
import { addressOf, attendeesOf, type GraphEvent } from "./events";
import type { GraphClient } from "./graph-client";
import { GRAPH_MESSAGES, GraphError } from "./graph-error";
import { mailboxRoot } from "./mailbox-root";
import { SCOPES } from "./scopes";

/**
 * Everyone invited to a meeting, from its event in Graph: for when Outlook gave the pane only the
 * first recipients (on the web and in new Outlook, a meeting request's To and Cc stop at 20 while
 * its header is collapsed). Only the people are fetched, never the body.
 */

export interface FullAttendees {
  organizer: EmailAddress | undefined;
  requiredAttendees: EmailAddress[];
  optionalAttendees: EmailAddress[];
  resources: EmailAddress[];
}

export type AttendeesResult =
  { outcome: "read"; attendees: FullAttendees } | { outcome: "failed"; error: GraphError };

type People = Pick<GraphEvent, "organizer" | "attendees">;

const PEOPLE = "$select=attendees,organizer";

async function eventPeople(
  client: GraphClient,
  item: DeclineItem,
  mailboxOwner: string | undefined,
): Promise<People | GraphError> {
  const root = mailboxRoot(mailboxOwner);
  const shared = root !== "/me";
  if (item.kind === "event") {
    const result = await client.request<People>({
      method: "GET",
      path: `${root}/events/${encodeURIComponent(item.restId)}?${PEOPLE}`,
      scopes: shared ? SCOPES.readSharedCalendar : SCOPES.readCalendar,
    });
    return result.ok ? (result.data ?? {}) : result.error;
  }
  // The meeting request's event, expanded as Graph's "Get eventMessage" example 2 shows.
  const result = await client.request<{ event?: People | null }>({
    method: "GET",
    path: `${root}/messages/${encodeURIComponent(item.restId)}?$select=id&$expand=microsoft.graph.eventMessage/event(${PEOPLE})`,
    scopes: shared ? SCOPES.readSharedMeetingRequest : SCOPES.readMeetingRequest,
  });
  if (!result.ok) return result.error;
  return result.data?.event ?? new GraphError("not-found", GRAPH_MESSAGES.notFound, 200);
}

/** The meeting's organizer and every attendee. Never rejects. */
export async function readFullAttendees(
  client: GraphClient,
  item: DeclineItem,
  mailboxOwner?: string,
): Promise<AttendeesResult> {
  const people = await eventPeople(client, item, mailboxOwner);
  if (people instanceof GraphError) return { outcome: "failed", error: people };
  return {
    outcome: "read",
    attendees: { organizer: addressOf(people.organizer?.emailAddress), ...attendeesOf(people.attendees) },
  };
}
