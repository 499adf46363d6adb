import type { TokenGetter } from "./auth";
import { errorFromStatus, errorFromToken, GRAPH_MESSAGES, GraphError } from "./graph-error";
import type { Scopes } from "./scopes";

export const GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";

export interface GraphRequest {
  method: "GET" | "POST";
  /**
   * From the version root, e.g. "/me/events/AAMk.../decline" (callers encode ids), or a whole URL
   * Graph gave (an @odata.nextLink), which is followed only when it is under the version root.
   */
  path: string;
  /** The delegated scopes this request needs; the token is asked for exactly these. */
  scopes: Scopes;
  body?: unknown;
  headers?: Record<string, string>;
  /** What a 404 means here; by default, that the meeting is gone. */
  notFoundMessage?: string;
  /** Stops the request, and any wait before a retry; it then fails as "cancelled". */
  signal?: AbortSignal;
  /** Told before each wait Microsoft 365 asked for (429 with Retry-After), in seconds. */
  onWait?: (seconds: number) => void;
}

export type GraphResult<T> =
  { ok: true; status: number; data: T | undefined } | { ok: false; error: GraphError };

export interface GraphClient {
  request<T>(request: GraphRequest): Promise<GraphResult<T>>;
}

export interface GraphClientOptions {
  fetch: typeof fetch;
  getToken: TokenGetter;
  /** Waits this many milliseconds, or until the signal aborts; injectable so tests need no clock. */
  wait?: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
  /** Retries after 429 Too Many Requests; at most this many (default 2). */
  maxRetries?: number;
  /** A Retry-After longer than this (seconds) is not waited out; the user is told to try later. */
  maxWaitSeconds?: number;
  baseUrl?: string;
}

const DEFAULT_RETRY_AFTER_SECONDS = 5;
const FOREIGN_LINK = "Microsoft 365 sent a link to somewhere else, so QA Meeting Check did not follow it.";

/** Waits, ending early (and quietly) when the signal aborts: the caller looks at the signal next. */
function sleep(milliseconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, milliseconds);
    signal?.addEventListener("abort", done, { once: true });
  });
}

export const STOPPED_MESSAGE = "Stopped, as you asked.";

const stopped = () => new GraphError("cancelled", STOPPED_MESSAGE);

/** Retry-After as seconds: a number of seconds or an HTTP date. Undefined when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

async function readBody(response: Response): Promise<{ ok: true; body: unknown } | { ok: false }> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { ok: false };
  }
  if (text.trim() === "") return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A fetch-based Microsoft Graph client. It sends only the requests it is given: no telemetry, no batching. */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const fetchImpl = options.fetch;
  const wait = options.wait ?? sleep;
  const maxRetries = options.maxRetries ?? 2;
  const maxWaitSeconds = options.maxWaitSeconds ?? 60;
  const baseUrl = options.baseUrl ?? GRAPH_BASE_URL;

  /** The request's URL; a whole URL only under the version root, so the token goes nowhere else. */
  function urlOf(path: string): string | undefined {
    if (path.startsWith("/")) return `${baseUrl}${path}`;
    return path.startsWith(`${baseUrl}/`) ? path : undefined;
  }

  async function send(
    request: GraphRequest,
    url: string,
    accessToken: string,
  ): Promise<Response | GraphError> {
    const headers: Record<string, string> = { Authorization: `Bearer ${accessToken}`, ...request.headers };
    if (request.body !== undefined) headers["Content-Type"] = "application/json";
    try {
      return await fetchImpl(url, {
        method: request.method,
        headers,
        ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
        ...(request.signal ? { signal: request.signal } : {}),
      });
    } catch {
      return request.signal?.aborted ? stopped() : new GraphError("offline", GRAPH_MESSAGES.offline);
    }
  }

  async function request<T>(request: GraphRequest): Promise<GraphResult<T>> {
    const url = urlOf(request.path);
    if (url === undefined) return { ok: false, error: new GraphError("unexpected", FOREIGN_LINK) };
    if (request.signal?.aborted) return { ok: false, error: stopped() };
    const token = await options.getToken(request.scopes);
    if (!token.ok) return { ok: false, error: errorFromToken(token) };
    const notFound = request.notFoundMessage ?? GRAPH_MESSAGES.notFound;
    for (let attempt = 0; ; attempt += 1) {
      const response = await send(request, url, token.accessToken);
      if (response instanceof GraphError) return { ok: false, error: response };
      const body = await readBody(response);
      if (request.signal?.aborted) return { ok: false, error: stopped() };
      if (response.status === 429 && attempt < maxRetries) {
        const seconds = retryAfterSeconds(response.headers.get("Retry-After")) ?? DEFAULT_RETRY_AFTER_SECONDS;
        if (seconds <= maxWaitSeconds) {
          request.onWait?.(seconds);
          await wait(seconds * 1000, request.signal);
          if (request.signal?.aborted) return { ok: false, error: stopped() };
          continue;
        }
      }
      if (!response.ok)
        return {
          ok: false,
          error: errorFromStatus(response.status, body.ok ? body.body : undefined, notFound),
        };
      if (!body.ok) {
        return {
          ok: false,
          error: new GraphError(
            "unexpected",
            "Microsoft 365 sent an answer we could not read.",
            response.status,
          ),
        };
      }
      return { ok: true, status: response.status, data: body.body as T | undefined };
    }
  }

  return { request };
}
