import type { TokenGetter } from "../../src/graph/auth";
import { createGraphClient, type GraphClient } from "../../src/graph/graph-client";

/** Response bodies in the shapes Microsoft's Graph documentation gives. */

export const GRAPH = "https://graph.microsoft.com/v1.0";

/** Graph's error body. */
export function graphError(code: string, message: string) {
  return { error: { code, message, innerError: { date: "2026-11-26T04:50:00", "request-id": "b7a1c3d2" } } };
}

/** An eventMessage (meeting request) with its event expanded, cut down by $select=id as we ask. */
export function eventMessageWithEvent(messageId: string, eventId: string) {
  return {
    "@odata.context": `${GRAPH}/$metadata#users('8fd6e83b')/messages(id,microsoft.graph.eventMessage/event(id))/$entity`,
    "@odata.type": "#microsoft.graph.eventMessageRequest",
    "@odata.etag": 'W/"CwAAABYAAABXlB/SL0N4Q6g6o+jSYAEuAAAImkVF"',
    id: messageId,
    "event@odata.context": `${GRAPH}/$metadata#users('8fd6e83b')/messages('${messageId}')/microsoft.graph.eventMessage/event(id)/$entity`,
    event: { "@odata.etag": 'W/"V5Qf0i9DeEOoOqPo0mABLgAACJpBWg=="', id: eventId },
  };
}

/** A person from GET /me/people, as the People API documentation shows one. */
export function person(address: string, jobTitle: string | null, department: string | null) {
  return {
    id: `id-${address}`,
    displayName: address.split("@")[0],
    jobTitle,
    department,
    userPrincipalName: address,
    scoredEmailAddresses: [{ address, relevanceScore: 8 }],
    personType: { class: "Person", subclass: "OrganizationUser" },
  };
}

export interface TokenLog {
  getToken: TokenGetter;
  /** The scopes asked for, one entry per request. */
  asked: string[][];
}

export function grantingTokens(): TokenLog {
  const asked: string[][] = [];
  return {
    asked,
    getToken: async (scopes) => {
      asked.push([...scopes]);
      return { ok: true, accessToken: "token-123" };
    },
  };
}

export interface WaitLog {
  wait: (milliseconds: number) => Promise<void>;
  waits: number[];
}

/** Records the waits instead of sleeping: the retry policy is asserted without a clock. */
export function recordedWaits(): WaitLog {
  const waits: number[] = [];
  return { waits, wait: async (milliseconds) => void waits.push(milliseconds) };
}

export function testClient(
  tokens: TokenLog = grantingTokens(),
  waits: WaitLog = recordedWaits(),
): GraphClient {
  return createGraphClient({
    fetch: (input, init) => fetch(input, init),
    getToken: tokens.getToken,
    wait: waits.wait,
  });
}
