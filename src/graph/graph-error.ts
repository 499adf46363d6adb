import type { TokenResult } from "./auth";

export type GraphErrorKind =
  /** 401 or 403: the app lacks consent or permission. */
  | "permission"
  /** 404: the item is gone (for a meeting: already declined, cancelled or moved). */
  | "not-found"
  /** 429 after the allowed retries, or a wait too long to make the user sit through. */
  | "throttled"
  /** 5xx: Microsoft 365 had a problem. */
  | "server"
  /** The request never reached Microsoft 365. */
  | "offline"
  /** The user closed the sign-in window, or stopped the request. */
  | "cancelled"
  /** Sign-in failed or is not available here. */
  | "sign-in"
  /** Any other answer: 400, 409, an unreadable body. */
  | "unexpected";

/** A Microsoft 365 failure in words a caseworker understands, with Graph's own code for the details line. */
export class GraphError extends Error {
  override readonly name = "GraphError";
  constructor(
    readonly kind: GraphErrorKind,
    message: string,
    readonly status?: number,
    /** Graph's error code (e.g. "ErrorItemNotFound") or MSAL's error code. */
    readonly code?: string,
  ) {
    super(message);
  }
}

export const GRAPH_MESSAGES = {
  permission:
    "QA Meeting Check does not have permission to do this in Microsoft 365. You may need to approve it when asked, or an administrator may need to approve the app for your organisation.",
  notFound:
    "Outlook could not find this meeting any more. It may already have been declined, cancelled or moved. Check your calendar.",
  throttled: "Microsoft 365 is busy and asked us to slow down. Wait a minute and try again.",
  server: "Microsoft 365 had a problem and could not do this just now. Try again in a few minutes.",
  offline: "You seem to be offline. Check your connection and try again.",
  unexpected: "Microsoft 365 did not accept the request.",
} as const;

export function errorFromToken(result: Exclude<TokenResult, { ok: true }>): GraphError {
  switch (result.reason) {
    case "cancelled":
      return new GraphError("cancelled", result.message);
    case "offline":
      return new GraphError("offline", result.message);
    case "unavailable":
      return new GraphError("sign-in", result.message);
    case "failed":
      return new GraphError("sign-in", result.message, undefined, result.code);
  }
}

/** Graph's error body: { error: { code, message } }. */
export function graphErrorBody(body: unknown): { code?: string; message?: string } {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return {
    ...(typeof error?.code === "string" ? { code: error.code } : {}),
    ...(typeof error?.message === "string" ? { message: error.message } : {}),
  };
}

export function errorFromStatus(status: number, body: unknown, notFoundMessage: string): GraphError {
  const { code, message } = graphErrorBody(body);
  if (status === 401 || status === 403)
    return new GraphError("permission", GRAPH_MESSAGES.permission, status, code);
  if (status === 404) return new GraphError("not-found", notFoundMessage, status, code);
  if (status === 429) return new GraphError("throttled", GRAPH_MESSAGES.throttled, status, code);
  if (status >= 500) return new GraphError("server", GRAPH_MESSAGES.server, status, code);
  const detail = message ? ` It said: ${message}` : "";
  return new GraphError("unexpected", `${GRAPH_MESSAGES.unexpected}${detail}`, status, code);
}
