import {
  type AccountInfo,
  type AuthenticationResult,
  BrowserAuthError,
  ClientAuthError,
  type Configuration,
  InteractionRequiredAuthError,
} from "@azure/msal-browser";
import { createAuth, type MsalClient } from "../../src/graph/auth";
import { resolveClientId } from "../../src/graph/client-id";

const CLIENT_ID = "0b7e2f9c-3d41-4c5a-9e8f-6a1b2c3d4e5f";

const ACCOUNT = {
  homeAccountId: "home",
  environment: "login.microsoftonline.com",
  tenantId: "t",
  username: "chris.park@dcj-demo.example",
  localAccountId: "local",
} as AccountInfo;

function tokenFor(scopes: string[]): AuthenticationResult {
  return { accessToken: `token for ${scopes.join(" ")}` } as AuthenticationResult;
}

/** A fake PublicClientApplication at MSAL's interface: it records what was asked and answers as told. */
class FakeMsal implements MsalClient {
  silentCalls: string[][] = [];
  popupCalls: string[][] = [];
  constructor(
    private readonly silent: (scopes: string[]) => Promise<AuthenticationResult>,
    private readonly popup: (scopes: string[]) => Promise<AuthenticationResult> = async (scopes) =>
      tokenFor(scopes),
    private readonly accounts: AccountInfo[] = [ACCOUNT],
  ) {}
  acquireTokenSilent: MsalClient["acquireTokenSilent"] = (request) => {
    this.silentCalls.push(request.scopes);
    return this.silent(request.scopes);
  };
  acquireTokenPopup: MsalClient["acquireTokenPopup"] = (request) => {
    this.popupCalls.push(request.scopes);
    return this.popup(request.scopes);
  };
  getActiveAccount = () => null;
  getAllAccounts = () => this.accounts;
}

function authWith(fake: FakeMsal, configs: Configuration[] = []) {
  return createAuth({
    naaSupported: true,
    clientId: CLIENT_ID,
    createClient: async (configuration) => {
      configs.push(configuration);
      return fake;
    },
  });
}

describe("sign-in by nested app authentication", () => {
  it("gets a token silently when it can, without a popup, for only the scopes asked", async () => {
    const fake = new FakeMsal(async (scopes) => tokenFor(scopes));
    const configs: Configuration[] = [];
    const result = await authWith(fake, configs).getToken(["People.Read"]);
    expect(result).toEqual({ ok: true, accessToken: "token for People.Read" });
    expect(fake.silentCalls).toEqual([["People.Read"]]);
    expect(fake.popupCalls).toEqual([]);
    expect(configs).toEqual([
      { auth: { clientId: CLIENT_ID, authority: "https://login.microsoftonline.com/organizations" } },
    ]);
  });

  it("opens the popup when Microsoft 365 needs the user (consent or sign-in)", async () => {
    const fake = new FakeMsal(async () => {
      throw new InteractionRequiredAuthError(
        "consent_required",
        "",
        "AADSTS65001: The user has not consented.",
      );
    });
    const result = await authWith(fake).getToken(["Calendars.ReadWrite"]);
    expect(result).toEqual({ ok: true, accessToken: "token for Calendars.ReadWrite" });
    expect(fake.popupCalls).toEqual([["Calendars.ReadWrite"]]);
  });

  it("opens the popup when the nested auth bridge has no account yet", async () => {
    const fake = new FakeMsal(
      async () => {
        throw new ClientAuthError("no_account_found", "");
      },
      undefined,
      [],
    );
    const result = await authWith(fake).getToken(["People.Read"]);
    expect(result.ok).toBe(true);
    expect(fake.popupCalls).toHaveLength(1);
  });

  it.each([
    ["a browser popup", new BrowserAuthError("user_cancelled", "")],
    ["the nested auth bridge", new ClientAuthError("user_canceled", "")],
  ])("answers 'cancelled' when the user closes the sign-in window (%s)", async (_where, cancel) => {
    const fake = new FakeMsal(
      async () => {
        throw new InteractionRequiredAuthError("interaction_required", "");
      },
      async () => {
        throw cancel;
      },
    );
    const result = await authWith(fake).getToken(["Calendars.ReadWrite"]);
    expect(result).toEqual({
      ok: false,
      reason: "cancelled",
      message: "Sign-in was cancelled, so nothing was done.",
    });
  });

  it("explains a blocked popup", async () => {
    const fake = new FakeMsal(
      async () => {
        throw new InteractionRequiredAuthError("interaction_required", "");
      },
      async () => {
        throw new BrowserAuthError("popup_window_error", "");
      },
    );
    const result = await authWith(fake).getToken(["People.Read"]);
    expect(result).toMatchObject({ ok: false, reason: "failed", code: "popup_window_error" });
    expect(result.ok || result.message).toMatch(/Allow pop-ups/);
  });

  it("does not open a popup for a failure a popup cannot fix, and says it is offline", async () => {
    const fake = new FakeMsal(async () => {
      throw new ClientAuthError("no_network_connectivity", "");
    });
    const result = await authWith(fake).getToken(["People.Read"]);
    expect(result).toEqual({
      ok: false,
      reason: "offline",
      message: "You seem to be offline. Check your connection and try again.",
    });
    expect(fake.popupCalls).toEqual([]);
  });

  it("is unavailable, without creating MSAL, where Outlook lacks nested app authentication", async () => {
    let created = 0;
    const auth = createAuth({
      naaSupported: false,
      clientId: CLIENT_ID,
      createClient: async () => {
        created += 1;
        return new FakeMsal(async (scopes) => tokenFor(scopes));
      },
    });
    expect(auth.available).toBe(false);
    const result = await auth.getToken(["People.Read"]);
    expect(result).toMatchObject({ ok: false, reason: "unavailable" });
    expect(created).toBe(0);
  });

  it("is unavailable when no app registration is configured", async () => {
    const auth = createAuth({ naaSupported: true, clientId: resolveClientId("not a guid", "") });
    expect(auth.available).toBe(false);
    expect(await auth.getToken(["People.Read"])).toMatchObject({ ok: false, reason: "unavailable" });
  });
});

describe("the client id", () => {
  it("prefers a valid setting over the build-time default", () => {
    const other = "11111111-2222-4333-8444-555555555555";
    expect(resolveClientId(` ${other} `, CLIENT_ID)).toBe(other);
    expect(resolveClientId("", CLIENT_ID)).toBe(CLIENT_ID);
    expect(resolveClientId("my app", CLIENT_ID)).toBe(CLIENT_ID);
    expect(resolveClientId(undefined, "")).toBeUndefined();
  });
});
