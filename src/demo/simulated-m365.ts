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

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** A recurring meeting's occurrences name their series by the event's id and this. */
const SERIES_SUFFIX = "-series";

/** A time as Graph writes it without a Prefer: outlook.timezone header: UTC, seven decimals. */
function graphTime(time: string | undefined, shift: number) {
  const parsed = Date.parse(time ?? "");
  if (Number.isNaN(parsed)) return null;
  return {
    dateTime: new Date(parsed + shift).toISOString().replace(/\.\d{3}Z$/, ".0000000"),
    timeZone: "UTC",
  };
}

type SampleAddress = NonNullable<DemoItem["snapshot"]["item"]["organizer"]>;

function graphAddress(address: SampleAddress | null | undefined) {
  return { emailAddress: { name: address?.displayName ?? "", address: address?.emailAddress ?? "" } };
}

/** The organizer and attendees, as Graph's event lists them. */
function peopleOf(item: DemoItem) {
  const { organizer, requiredAttendees, optionalAttendees, resources } = item.snapshot.item;
  const attendee = (type: string) => (address: SampleAddress) => ({
    type,
    status: { response: "none", time: "0001-01-01T00:00:00Z" },
    ...graphAddress(address),
  });
  return {
    organizer: graphAddress(organizer),
    attendees: [
      ...(requiredAttendees ?? []).map(attendee("required")),
      ...(optionalAttendees ?? []).map(attendee("optional")),
      ...(resources ?? []).map(attendee("resource")),
    ],
  };
}

const PATTERNS: Record<string, string> = {
  daily: "daily",
  weekly: "weekly",
  monthly: "absoluteMonthly",
  yearly: "absoluteYearly",
};

function recurrenceOf(item: DemoItem) {
  const type = item.snapshot.item.recurrence?.recurrenceType;
  return type
    ? { pattern: { type: PATTERNS[type] ?? "weekly", interval: 1 }, range: { type: "noEnd" } }
    : null;
}

/** A sample meeting as List calendarView gives an event; a recurring one as an occurrence of its series. */
function graphEventOf(id: string, item: DemoItem, shift: number) {
  const { subject, body, start, end, location, recurrence } = item.snapshot.item;
  return {
    "@odata.etag": `W/"DwAAABYAAADemo${item.id}"`,
    id,
    subject: subject ?? "",
    body: { contentType: "text", content: body ?? "" },
    start: graphTime(start ?? undefined, shift),
    end: graphTime(end ?? start ?? undefined, shift),
    isAllDay: false,
    location: { displayName: location ?? "", locationType: "default" },
    recurrence: null,
    type: recurrence ? "occurrence" : "singleInstance",
    seriesMasterId: recurrence ? `${id}${SERIES_SUFFIX}` : null,
    isCancelled: false,
    isOrganizer: false,
    responseStatus: { response: "notResponded", time: "0001-01-01T00:00:00Z" },
    ...peopleOf(item),
  };
}

export class SimulatedMicrosoft365 {
  private mode: FailureMode = "none";
  private readonly log: GraphRequestRecord[] = [];
  private readonly listeners = new Set<(record: GraphRequestRecord) => void>();
  /** Events declined here: Outlook removes a declined meeting, so Graph no longer finds it. */
  private readonly declined = new Set<string>();

  /** For tests: events per calendarView page, instead of the $top the add-in asks for. */
  private calendarPageSize: number | undefined;
  /** For tests: the next calendarView requests answer 429 with this Retry-After. */
  private throttleCalendar: { times: number; seconds: number } | undefined;

  constructor(private readonly source: SimulationSource) {}

  /** For tests: pages of this many events (undefined: as many as $top asks). */
  setCalendarPageSize(size: number | undefined): void {
    this.calendarPageSize = size;
  }

  /** For tests: the next `times` calendarView requests answer 429 Too Many Requests, Retry-After `seconds`. */
  throttleCalendarView(times: number, seconds: number): void {
    this.throttleCalendar = times > 0 ? { times, seconds } : undefined;
  }

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
    if (this.throttleCalendar && path.startsWith("/me/calendarView")) {
      const { times, seconds } = this.throttleCalendar;
      this.throttleCalendar = times > 1 ? { times: times - 1, seconds } : undefined;
      return { ...ERRORS.throttled, headers: { "Retry-After": String(seconds) } };
    }
    const [pathPart = "", query = ""] = path.split("?");
    const params = new URLSearchParams(query);
    const segments = pathPart.split("/").filter(Boolean).map(readable);
    if (segments[0] !== "me")
      return badRequest(`The demo's simulated Graph answers only /me/... requests, not ${pathPart}.`);
    const [, collection, id, action] = segments;
    if (method === "GET" && collection === "calendarView" && !id) return this.calendarView(path, params);
    if (method === "GET" && collection === "events" && id && !action) return this.event(id, params);
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
              event: this.declined.has(eventId)
                ? null
                : {
                    "@odata.etag": `W/"DwAAABYAAADemo"`,
                    id: eventId,
                    ...(expand.includes("attendees") ? peopleOf(item) : {}),
                  },
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

  /** The calendar's events: one per meeting in the mailbox (a request and its calendar item are one). */
  private events(): Map<string, DemoItem> {
    const events = new Map<string, DemoItem>();
    for (const item of this.source.items()) {
      const { itemType, itemClass } = item.snapshot.item;
      const isInvite =
        itemType === "appointment" || (itemClass ?? "").startsWith("IPM.Schedule.Meeting.Request");
      const eventId = this.eventIdOf(item);
      if (isInvite && item.snapshot.item.start && !this.declined.has(eventId) && !events.has(eventId))
        events.set(eventId, item);
    }
    return events;
  }

  /**
   * GET /me/calendarView?startDateTime&endDateTime: the mailbox's meetings in the span, by start,
   * $top (or the test's page size) at a time with an @odata.nextLink carrying $skip, as Graph pages
   * it. The samples are dated; when they lie before the span they move forward by whole weeks, so
   * the demo's calendar always has the coming weeks in it.
   */
  private calendarView(path: string, params: URLSearchParams): Answer {
    const start = Date.parse(params.get("startDateTime") ?? "");
    const end = Date.parse(params.get("endDateTime") ?? "");
    if (Number.isNaN(start) || Number.isNaN(end))
      return badRequest("startDateTime and endDateTime are required, as ISO 8601 date-times.");
    const events = [...this.events().entries()].map(([id, item]) => ({
      id,
      item,
      start: Date.parse(item.snapshot.item.start ?? ""),
    }));
    const earliest = Math.min(...events.map((event) => event.start));
    const shift = earliest < start ? Math.ceil((start - earliest) / WEEK_MS) * WEEK_MS : 0;
    const inSpan = events
      .filter((event) => event.start + shift >= start && event.start + shift < end)
      .sort((a, b) => a.start - b.start);
    const top = Number(params.get("$top") ?? "10");
    const size = this.calendarPageSize ?? (Number.isFinite(top) && top > 0 ? top : 10);
    const skip = Number(params.get("$skip") ?? "0") || 0;
    const select = (params.get("$select") ?? "").split(",").filter(Boolean);
    const value = inSpan.slice(skip, skip + size).map(({ id, item }) => {
      const full = graphEventOf(id, item, shift);
      if (select.length === 0) return full;
      return Object.fromEntries(
        Object.entries(full).filter(([key]) => key.startsWith("@") || key === "id" || select.includes(key)),
      );
    });
    const next = new URLSearchParams(params);
    next.set("$skip", String(skip + size));
    return {
      status: 200,
      body: {
        "@odata.context": `${GRAPH_ROOT}/$metadata#users('${this.account().localAccountId}')/calendarView`,
        value,
        ...(skip + size < inSpan.length
          ? { "@odata.nextLink": `${GRAPH_ROOT}${path.split("?")[0]}?${next.toString()}` }
          : {}),
      },
    };
  }

  /** GET /me/events/{id}: a series' recurrence, or a meeting's organizer and attendees. */
  private event(id: string, params: URLSearchParams): Answer {
    const series = id.endsWith(SERIES_SUFFIX) ? id.slice(0, -SERIES_SUFFIX.length) : undefined;
    const item = this.events().get(series ?? id);
    if (!item) return ERRORS.notFound;
    const full = series
      ? { id, type: "seriesMaster", recurrence: recurrenceOf(item) }
      : { ...graphEventOf(id, item, 0) };
    const select = (params.get("$select") ?? "").split(",").filter(Boolean);
    return {
      status: 200,
      body: {
        "@odata.context": `${GRAPH_ROOT}/$metadata#users('${this.account().localAccountId}')/events/$entity`,
        ...(select.length === 0
          ? full
          : Object.fromEntries(Object.entries(full).filter(([key]) => key === "id" || select.includes(key)))),
      },
    };
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
