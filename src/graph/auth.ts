import type { AccountInfo, Configuration, IPublicClientApplication } from "@azure/msal-browser";
import { describeError } from "../host";
import { UNAVAILABLE } from "./availability";
import type { Scopes } from "./scopes";

/** The part of MSAL's PublicClientApplication we use: what nested app authentication supports. */
export type MsalClient = Pick<
  IPublicClientApplication,
  "acquireTokenSilent" | "acquireTokenPopup" | "getActiveAccount" | "getAllAccounts"
>;

export type TokenResult =
  | { ok: true; accessToken: string }
  /** The user closed the sign-in or consent window. */
  | { ok: false; reason: "cancelled"; message: string }
  /** Sign-in cannot work here: no nested app authentication, or no client id configured. */
  | { ok: false; reason: "unavailable"; message: string }
  /** No network connection reached Microsoft's sign-in service. */
  | { ok: false; reason: "offline"; message: string }
  | { ok: false; reason: "failed"; message: string; code?: string };

export type TokenGetter = (scopes: Scopes) => Promise<TokenResult>;

export interface AuthOptions {
  /** The answer to Office.context.requirements.isSetSupported("NestedAppAuth", "1.1"). */
  naaSupported: boolean;
  /** From resolveClientId(setting). */
  clientId: string | undefined;
  /** Creates the MSAL client; by default @azure/msal-browser's createNestablePublicClientApplication. */
  createClient?: (configuration: Configuration) => Promise<MsalClient>;
  /** Defaults to "https://login.microsoftonline.com/organizations" (work or school accounts). */
  authority?: string;
}

export interface Auth {
  /** False when sign-in cannot work here; getToken then answers "unavailable" without any network call. */
  readonly available: boolean;
  /** Silently first, then by popup when Microsoft 365 needs the user (sign-in or consent). */
  getToken: TokenGetter;
}

export const MESSAGES = {
  noNaa: UNAVAILABLE.noNaa,
  noClientId: UNAVAILABLE.noClientId,
  cancelled: "Sign-in was cancelled, so nothing was done.",
  offline: "You seem to be offline. Check your connection and try again.",
  popupBlocked: "The sign-in window could not open. Allow pop-ups for Outlook and try again.",
  inProgress: "A sign-in window is already open. Finish or close it, then try again.",
} as const;

const INTERACTION_CODES = new Set([
  "interaction_required",
  "consent_required",
  "login_required",
  "no_tokens_found",
  "no_account_error",
  "no_account_found",
  "bad_token",
  "refresh_token_expired",
  "native_account_unavailable",
]);
/** "user_cancelled" from browser popups, "user_canceled" from the nested app auth bridge. */
const CANCEL_CODES = new Set(["user_cancelled", "user_canceled"]);
const OFFLINE_CODES = new Set(["no_network_connectivity", "network_error", "endpoints_resolution_error"]);
const POPUP_CODES = new Set(["popup_window_error", "empty_window_error", "block_nested_popups"]);

interface MsalLikeError {
  name?: unknown;
  errorCode?: unknown;
  message?: unknown;
}

function errorCodeOf(error: unknown): string {
  const code = (error as MsalLikeError | null)?.errorCode;
  return typeof code === "string" ? code : "";
}

export function needsInteraction(error: unknown): boolean {
  return (
    (error as MsalLikeError | null)?.name === "InteractionRequiredAuthError" ||
    INTERACTION_CODES.has(errorCodeOf(error))
  );
}

/** Maps an MSAL failure to what the pane shows. */
export function describeAuthFailure(error: unknown): Exclude<TokenResult, { ok: true }> {
  const code = errorCodeOf(error);
  if (CANCEL_CODES.has(code)) return { ok: false, reason: "cancelled", message: MESSAGES.cancelled };
  if (OFFLINE_CODES.has(code)) return { ok: false, reason: "offline", message: MESSAGES.offline };
  if (POPUP_CODES.has(code)) return { ok: false, reason: "failed", message: MESSAGES.popupBlocked, code };
  if (code === "interaction_in_progress")
    return { ok: false, reason: "failed", message: MESSAGES.inProgress, code };
  return {
    ok: false,
    reason: "failed",
    message: `Signing in to Microsoft 365 did not work. ${describeError(error)}`.trim(),
    ...(code ? { code } : {}),
  };
}

async function defaultCreateClient(configuration: Configuration): Promise<MsalClient> {
  const { createNestablePublicClientApplication } = await import("@azure/msal-browser");
  return createNestablePublicClientApplication(configuration);
}

function accountOf(client: MsalClient): AccountInfo | undefined {
  return client.getActiveAccount() ?? client.getAllAccounts()[0] ?? undefined;
}

async function acquire(client: MsalClient, scopes: Scopes): Promise<TokenResult> {
  const account = accountOf(client);
  const request = { scopes: [...scopes], ...(account ? { account } : {}) };
  try {
    const result = await client.acquireTokenSilent(request);
    return { ok: true, accessToken: result.accessToken };
  } catch (silentError) {
    if (!needsInteraction(silentError)) return describeAuthFailure(silentError);
  }
  try {
    const result = await client.acquireTokenPopup({ scopes: [...scopes], ...(account ? { account } : {}) });
    return { ok: true, accessToken: result.accessToken };
  } catch (popupError) {
    return describeAuthFailure(popupError);
  }
}

/** Sign-in by nested app authentication. Creates the MSAL client on first use, never at load. */
export function createAuth(options: AuthOptions): Auth {
  const { naaSupported, clientId } = options;
  const createClient = options.createClient ?? defaultCreateClient;
  const authority = options.authority ?? "https://login.microsoftonline.com/organizations";
  let client: Promise<MsalClient> | undefined;

  const getToken: TokenGetter = async (scopes) => {
    if (!naaSupported) return { ok: false, reason: "unavailable", message: MESSAGES.noNaa };
    if (!clientId) return { ok: false, reason: "unavailable", message: MESSAGES.noClientId };
    client ??= createClient({ auth: { clientId, authority } });
    let ready: MsalClient;
    try {
      ready = await client;
    } catch (error) {
      client = undefined; // let the next action try again
      return describeAuthFailure(error);
    }
    return acquire(ready, scopes);
  };

  return { available: naaSupported && clientId !== undefined, getToken };
}
