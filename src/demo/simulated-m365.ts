import type { AccountInfo, AuthenticationResult, Configuration } from "@azure/msal-browser";
import type { MsalClient } from "../graph/auth";
import { demoEventIdOf, demoItemIdOfRestId, demoRestId, type DemoItem } from "./fake-office";

/**
 * A SIMULATED Microsoft 365 for the demo page, at the seams src/graph is built with, so the pane's
 * real Microsoft 365 code runs unchanged above them: `createMsalClient` stands in for MSAL's nested
 * app authentication (AuthOptions.createClient) and `fetch` answers the Graph client's requests to
 * https://graph.microsoft.com/v1.0/... (GraphClientOptions.fetch). Nothing leaves the page: the token
 * is a made-up string, the directory is the samples' own, and every request is shown in the demo's
 * "Simulated Microsoft 365" panel.
 */

export const GRAPH_ROOT = "https://graph.microsoft.com/v1.0";
/** The demo's app (client) id: not a real app registration. */
export const DEMO_CLIENT_ID = "00000000-0000-0000-0000-00000000de70";
export const SIMULATED_ACCESS_TOKEN = "SIMULATED-DEMO-TOKEN.not-a-real-access-token";
const TENANT_ID = "00000000-0000-0000-0000-0000000de301";
const LATENCY_MS = 40;
/** The demo's own switch (localStorage): whether the simulated directory records Priya's manager. */
export const MANAGER_STORAGE_KEY = "qaMeetingCheck.demo.directoryManager";

export type FailureMode = "none" | "consent" | "already-declined" | "throttled" | "offline";

export const FAILURE_MODES: readonly { mode: FailureMode; label: string }[] = [
  { mode: "none", label: "Everything works" },
  { mode: "consent", label: "No consent: every request answers 403" },
  { mode: "already-declined", label: "Already declined: the meeting answers 404" },
  { mode: "throttled", label: "Busy: every request answers 429 (Retry-After: 1)" },
  { mode: "offline", label: "Offline: no request gets through" },
];

/** One request the pane made of the simulated Graph, as the demo panel lists it. */
export interface GraphRequestRecord {
  method: string;
  /** As sent, from the version root: "/me/events/AAMk.../decline". */
  path: string;
  /** The path with ids and the query decoded, for reading. */
  readablePath: string;
  /** The JSON body sent, if any (the decline's { comment, sendResponse }). */
  body: unknown;
  /** The answer's status; 0 when the simulation was "offline". */
  status: number;
  mode: FailureMode;
}

export interface DirectoryPerson {
  displayName: string;
  jobTitle?: string;
  department?: string;
}

interface Address {
  displayName?: string | null;
  emailAddress?: string | null;
}

export interface SimulationSource {
  /** The signed-in user: the demo mailbox's owner. */
  me: Address;
  /** The items in the mailbox now (the page adds opened files). */
  items(): readonly DemoItem[];
  /**
   * Whether the directory records the user's manager (the samples' Manager Casework). Off by
   * default: the samples' expected verdicts are for a user whose manager the add-in does not know.
   */
  managerRecorded(): boolean;
}

/** The samples' directory records, by lower-case address, with a display name from the invites. */
export function directoryOf(items: readonly DemoItem[]): Map<string, DirectoryPerson> {
  const names = new Map<string, string>();
  for (const { snapshot } of items) {
    const { item } = snapshot;
    for (const address of [
      snapshot.mailbox,
      item.organizer,
      ...(item.requiredAttendees ?? []),
      ...(item.optionalAttendees ?? []),
    ]) {
      const email = address?.emailAddress?.trim().toLowerCase();
      if (email && address?.displayName && !names.has(email)) names.set(email, address.displayName);
    }
  }
  const people = new Map<string, DirectoryPerson>();
  for (const { snapshot } of items) {
    for (const [address, entry] of Object.entries(snapshot.directory ?? {})) {
      const email = address.trim().toLowerCase();
      if (people.has(email) || (!entry?.jobTitle && !entry?.department)) continue;
      people.set(email, {
        displayName: names.get(email) ?? email,
        ...(entry.jobTitle ? { jobTitle: entry.jobTitle } : {}),
        ...(entry.department ? { department: entry.department } : {}),
      });
    }
  }
  return people;
}

/** The mailbox owner's Manager Casework as the samples' settings record it. */
export function managerOf(items: readonly DemoItem[], me: Address): string | undefined {
  const mine = me.emailAddress?.toLowerCase();
  for (const { snapshot } of items) {
    const owner = snapshot.mailbox.emailAddress?.toLowerCase();
    const manager = snapshot.settings?.managerCasework?.trim().toLowerCase();
    if (manager && (!owner || owner === mine)) return manager;
  }
  return undefined;
}

/** A stable made-up GUID for an address (the directory object id of the simulated user). */
function idFor(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  const hex = hash.toString(16).padStart(8, "0");
  return `${hex}-0000-4000-8000-00000000de70`;
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const ERRORS = {
  consent: {
    status: 403,
    body: {
      error: { code: "ErrorAccessDenied", message: "Access is denied. Check credentials and try again." },
    },
  },
  notFound: {
    status: 404,
    body: {
      error: { code: "ErrorItemNotFound", message: "The specified object was not found in the store." },
    },
  },
  throttled: {
    status: 429,
    headers: { "Retry-After": "1" },
    body: {
      error: {
        code: "ApplicationThrottled",
        message: "Application is over its MailboxConcurrency limit.",
      },
    },
  },
  unauthorized: {
    status: 401,
    body: {
      error: { code: "InvalidAuthenticationToken", message: "Access token is empty or invalid." },
    },
  },
} satisfies Record<string, Answer>;

function badRequest(message: string): Answer {
  return { status: 400, body: { error: { code: "BadRequest", message } } };
}

function readable(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export class SimulatedMicrosoft365 {
  private mode: FailureMode = "none";
  private readonly log: GraphRequestRecord[] = [];
  private readonly listeners = new Set<(record: GraphRequestRecord) => void>();
  /** Events declined here: Outlook removes a declined meeting, so Graph no longer finds it. */
  private readonly declined = new Set<string>();

  constructor(private readonly source: SimulationSource) {}

  get failureMode(): FailureMode {
    return this.mode;
  }

  setFailureMode(mode: FailureMode): void {
    this.mode = mode;
  }

  get requests(): readonly GraphRequestRecord[] {
    return this.log;
  }

  onRequest(listener: (record: GraphRequestRecord) => void): void {
    this.listeners.add(listener);
  }

  /** Graph's answers, as the Graph client's fetch: anything else is refused (nothing leaves the page). */
  readonly fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(`${GRAPH_ROOT}/`))
      return Promise.reject(
        new TypeError(`The demo's simulated Microsoft 365 only answers ${GRAPH_ROOT}/...`),
      );
    return this.answer(url, input instanceof Request ? input : undefined, init);
  };

  /** MSAL as the add-in uses it, signed in as the demo user: every token is the simulated one. */
  readonly createMsalClient = (configuration: Configuration): Promise<MsalClient> => {
    const account = this.account();
    const token = (scopes: string[]): Promise<AuthenticationResult> =>
      Promise.resolve({
        authority: configuration.auth.authority ?? "",
        uniqueId: account.localAccountId,
        tenantId: TENANT_ID,
        scopes,
        account,
        idToken: "",
        idTokenClaims: {},
        accessToken: SIMULATED_ACCESS_TOKEN,
        fromCache: false,
        expiresOn: new Date(Date.now() + 3_600_000),
        tokenType: "Bearer",
        correlationId: "simulated",
      });
    return Promise.resolve({
      acquireTokenSilent: (request) => token(request.scopes),
      acquireTokenPopup: (request) => token(request.scopes),
      getActiveAccount: () => account,
      getAllAccounts: () => [account],
    });
  };

  // --- The signed-in account ---

  private account(): AccountInfo {
    const email = this.source.me.emailAddress?.toLowerCase() ?? "";
    const oid = idFor(email);
    return {
      homeAccountId: `${oid}.${TENANT_ID}`,
      environment: "login.microsoftonline.com",
      tenantId: TENANT_ID,
      username: email,
      localAccountId: oid,
      name: this.source.me.displayName ?? email,
    };
  }

  // --- Microsoft Graph ---

  private async answer(url: string, request: Request | undefined, init: RequestInit | undefined) {
    const method = (init?.method ?? request?.method ?? "GET").toUpperCase();
    const path = url.slice(GRAPH_ROOT.length);
    const headers = new Headers(init?.headers ?? request?.headers);
    let body: unknown = undefined;
    const rawBody = typeof init?.body === "string" ? init.body : undefined;
    if (rawBody !== undefined) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        body = rawBody;
      }
    }
    const record: GraphRequestRecord = {
      method,
      path,
      readablePath: readable(path),
      body,
      status: 0,
      mode: this.mode,
    };
    await new Promise((resolve) => setTimeout(resolve, LATENCY_MS));
    if (this.mode === "offline") {
      this.remember(record);
      throw new TypeError("Failed to fetch (simulated: offline)");
    }
    const result = this.route(method, path, headers, body);
    record.status = result.status;
    this.remember(record);
    const responseHeaders: Record<string, string> = { ...result.headers };
    if (result.body !== undefined) responseHeaders["Content-Type"] = "application/json; charset=utf-8";
    return new Response(result.body === undefined ? null : JSON.stringify(result.body), {
      status: result.status,
      headers: responseHeaders,
    });
  }

  private remember(record: GraphRequestRecord): void {
    this.log.push(record);
    for (const listener of this.listeners) listener(record);
  }

  private route(method: string, path: string, headers: Headers, body: unknown): Answer {
    if (headers.get("Authorization") !== `Bearer ${SIMULATED_ACCESS_TOKEN}`) return ERRORS.unauthorized;
    if (this.mode === "consent") return ERRORS.consent;
    if (this.mode === "throttled") return ERRORS.throttled;
    const [pathPart = "", query = ""] = path.split("?");
    const params = new URLSearchParams(query);
    const segments = pathPart.split("/").filter(Boolean).map(readable);
    if (segments[0] !== "me")
      return badRequest(`The demo's simulated Graph answers only /me/... requests, not ${pathPart}.`);
    const [, collection, id, action] = segments;
    if (method === "GET" && collection === "messages" && id && !action) return this.eventMessage(id, params);
    if (method === "POST" && collection === "events" && id && action === "decline" && segments.length === 4)
      return this.decline(id, body);
    if (method === "GET" && collection === "people" && !id) return this.people(params);
    if (method === "GET" && collection === "manager" && !id) return this.manager(params);
    return badRequest(`The demo's simulated Graph does not implement ${method} ${pathPart}.`);
  }

  private item(restId: string): DemoItem | undefined {
    const itemId = demoItemIdOfRestId(restId);
    return itemId === undefined ? undefined : this.source.items().find((item) => item.id === itemId);
  }

  /** The calendar event a meeting request (or calendar item) stands for, by its Graph id. */
  private eventIdOf(item: DemoItem): string {
    return demoRestId(demoEventIdOf(item));
  }

  /** GET /me/messages/{id}?$select=id&$expand=microsoft.graph.eventMessage/event($select=id) */
  private eventMessage(restId: string, params: URLSearchParams): Answer {
    if (this.mode === "already-declined") return ERRORS.notFound;
    const item = this.item(restId);
    if (!item || item.snapshot.item.itemType === "appointment") return ERRORS.notFound;
    const isRequest = (item.snapshot.item.itemClass ?? "").startsWith("IPM.Schedule.Meeting");
    const eventId = this.eventIdOf(item);
    const expand = params.get("$expand") ?? "";
    return {
      status: 200,
      body: {
        "@odata.context": `${GRAPH_ROOT}/$metadata#users('${this.account().localAccountId}')/messages(id,microsoft.graph.eventMessage/event(id))/$entity`,
        "@odata.type": isRequest ? "#microsoft.graph.eventMessageRequest" : "#microsoft.graph.message",
        "@odata.etag": `W/"CQAAABYAAADemo${item.id}"`,
        id: restId,
        ...(isRequest && expand.includes("microsoft.graph.eventMessage/event")
          ? {
              "event@odata.context": `${GRAPH_ROOT}/$metadata#users('${this.account().localAccountId}')/messages('${restId}')/microsoft.graph.eventMessage/event(id)/$entity`,
              event: this.declined.has(eventId) ? null : { "@odata.etag": `W/"DwAAABYAAADemo"`, id: eventId },
            }
          : {}),
      },
    };
  }

  /** POST /me/events/{id}/decline with { comment, sendResponse }: 202 Accepted, no body. */
  private decline(eventId: string, body: unknown): Answer {
    if (this.mode === "already-declined") return ERRORS.notFound;
    const known = this.source.items().some((item) => this.eventIdOf(item) === eventId);
    if (!known || this.declined.has(eventId)) return ERRORS.notFound;
    const request = body as { comment?: unknown; sendResponse?: unknown } | undefined;
    if (typeof request !== "object" || request === null)
      return badRequest("The request body must be a JSON object.");
    if (request.comment !== undefined && typeof request.comment !== "string")
      return badRequest("comment must be a string.");
    if (request.sendResponse !== undefined && typeof request.sendResponse !== "boolean")
      return badRequest("sendResponse must be a boolean.");
    this.declined.add(eventId);
    return { status: 202 };
  }

  /** GET /me/people?$search="address": the directory's record of that person, if any. */
  private people(params: URLSearchParams): Answer {
    const search = (params.get("$search") ?? "").replace(/^"|"$/g, "").trim().toLowerCase();
    const top = Number(params.get("$top") ?? "10");
    const select = (params.get("$select") ?? "").split(",").filter(Boolean);
    const directory = directoryOf(this.source.items());
    const matches = [...directory.entries()]
      .filter(([email, person]) =>
        search.includes("@") ? email === search : person.displayName.toLowerCase().includes(search),
      )
      .slice(0, Number.isFinite(top) && top > 0 ? top : 10);
    const value = matches.map(([email, person]) => {
      const full: Record<string, unknown> = {
        id: idFor(email),
        displayName: person.displayName,
        jobTitle: person.jobTitle ?? null,
        department: person.department ?? null,
        userPrincipalName: email,
        scoredEmailAddresses: [{ address: email, relevanceScore: 8, selectionLikelihood: "notSpecified" }],
        personType: { class: "Person", subclass: "OrganizationUser" },
      };
      if (select.length === 0) return full;
      return Object.fromEntries(Object.entries(full).filter(([key]) => key === "id" || select.includes(key)));
    });
    return {
      status: 200,
      body: {
        "@odata.context": `${GRAPH_ROOT}/$metadata#users('${this.account().localAccountId}')/people`,
        value,
      },
    };
  }

  /** GET /me/manager: the mailbox owner's Manager Casework from the samples, or 404. */
  private manager(params: URLSearchParams): Answer {
    const items = this.source.items();
    const email = this.source.managerRecorded() ? managerOf(items, this.source.me) : undefined;
    if (!email)
      return {
        status: 404,
        body: {
          error: {
            code: "Request_ResourceNotFound",
            message:
              "Resource 'manager' does not exist or one of its queried reference-property objects are not present.",
          },
        },
      };
    const person = directoryOf(items).get(email);
    const full: Record<string, unknown> = {
      "@odata.type": "#microsoft.graph.user",
      id: idFor(email),
      displayName: person?.displayName ?? email,
      mail: email,
      userPrincipalName: email,
      jobTitle: person?.jobTitle ?? null,
    };
    const select = (params.get("$select") ?? "").split(",").filter(Boolean);
    const body =
      select.length === 0
        ? full
        : Object.fromEntries(
            Object.entries(full).filter(
              ([key]) => key.startsWith("@") || key === "id" || select.includes(key),
            ),
          );
    return {
      status: 200,
      body: { "@odata.context": `${GRAPH_ROOT}/$metadata#directoryObjects/$entity`, ...body },
    };
  }
}
