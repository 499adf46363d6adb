import type { DeclineItem } from "../host";
import type { GraphClient } from "./graph-client";
import { GRAPH_MESSAGES, GraphError } from "./graph-error";
import { mailboxRoot } from "./mailbox-root";
import { SCOPES } from "./scopes";

export interface DeclineInput {
  client: GraphClient;
  item: DeclineItem;
  /** The reply as the user edited it, in plain text: Graph sends it to the organizer with the decline. */
  comment: string;
  /** The owner's address when the item is in a shared or delegated mailbox (getSharedPropertiesAsync().owner). */
  mailboxOwner?: string;
}

export type DeclineResult =
  | { outcome: "declined" }
  /** The comment comes back unchanged so the user's words are never lost. */
  | { outcome: "failed"; error: GraphError; comment: string };

interface EventMessage {
  event?: { id?: unknown } | null;
}

/** Both scopes the action needs, asked for together so the user sees at most one consent prompt. */
function scopesFor(item: DeclineItem, shared: boolean): string[] {
  const calendar = shared ? SCOPES.declineSharedEvent : SCOPES.declineEvent;
  const mail = shared ? SCOPES.readSharedMeetingRequest : SCOPES.readMeetingRequest;
  return item.kind === "meeting-request" ? [...mail, ...calendar] : [...calendar];
}

async function eventIdOf(
  client: GraphClient,
  root: string,
  item: DeclineItem,
  scopes: string[],
): Promise<string | GraphError> {
  if (item.kind === "event") return item.restId;
  // Only the ids: the message and event bodies are never fetched.
  const query = "?$select=id&$expand=microsoft.graph.eventMessage/event($select=id)";
  const result = await client.request<EventMessage>({
    method: "GET",
    path: `${root}/messages/${encodeURIComponent(item.restId)}${query}`,
    scopes,
  });
  if (!result.ok) return result.error;
  const id = result.data?.event?.id;
  return typeof id === "string" && id !== "" ? id : new GraphError("not-found", GRAPH_MESSAGES.notFound, 200);
}

/** Declines the meeting and sends the user's reply to the organizer. Never throws. */
export async function declineMeeting({
  client,
  item,
  comment,
  mailboxOwner,
}: DeclineInput): Promise<DeclineResult> {
  const root = mailboxRoot(mailboxOwner);
  const scopes = scopesFor(item, root !== "/me");
  const eventId = await eventIdOf(client, root, item, scopes);
  if (eventId instanceof GraphError) return { outcome: "failed", error: eventId, comment };
  const result = await client.request<undefined>({
    method: "POST",
    path: `${root}/events/${encodeURIComponent(eventId)}/decline`,
    scopes,
    body: { comment, sendResponse: true },
  });
  return result.ok ? { outcome: "declined" } : { outcome: "failed", error: result.error, comment };
}
