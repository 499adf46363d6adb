import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { createGraphClient, retryAfterSeconds } from "../../src/graph/graph-client";
import type { GraphError } from "../../src/graph/graph-error";
import { GRAPH, grantingTokens, graphError, recordedWaits, testClient } from "./graph-fixtures";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ME = { method: "GET", path: "/me/events/AAMk1", scopes: ["Calendars.ReadWrite"] } as const;

function failureOf(result: { ok: true } | { ok: false; error: GraphError }): GraphError {
  if (result.ok) throw new Error("expected the request to fail");
  return result.error;
}

describe("the Graph client", () => {
  it("sends the bearer token for exactly the scopes asked and returns the answer", async () => {
    let authorization: string | null = null;
    server.use(
      http.get(`${GRAPH}/me/events/AAMk1`, ({ request }) => {
        authorization = request.headers.get("Authorization");
        return HttpResponse.json({ id: "AAMk1", subject: "QAMT review" });
      }),
    );
    const tokens = grantingTokens();
    const result = await testClient(tokens).request<{ subject: string }>(ME);
    expect(result).toEqual({ ok: true, status: 200, data: { id: "AAMk1", subject: "QAMT review" } });
    expect(authorization).toBe("Bearer token-123");
    expect(tokens.asked).toEqual([["Calendars.ReadWrite"]]);
  });

  it.each([401, 403])(
    "explains a %i as missing permission an administrator may need to approve",
    async (status) => {
      server.use(
        http.get(`${GRAPH}/me/events/AAMk1`, () =>
          HttpResponse.json(
            graphError("ErrorAccessDenied", "Access is denied. Check credentials and try again."),
            { status },
          ),
        ),
      );
      const error = failureOf(await testClient().request(ME));
      expect(error.kind).toBe("permission");
      expect(error.message).toMatch(/administrator may need to approve/);
      expect(error.code).toBe("ErrorAccessDenied");
      expect(error.status).toBe(status);
    },
  );

  it("explains a 404 as a meeting already declined, cancelled or moved", async () => {
    server.use(
      http.get(`${GRAPH}/me/events/AAMk1`, () =>
        HttpResponse.json(
          graphError("ErrorItemNotFound", "The specified object was not found in the store."),
          {
            status: 404,
          },
        ),
      ),
    );
    const error = failureOf(await testClient().request(ME));
    expect(error.kind).toBe("not-found");
    expect(error.message).toMatch(/already have been declined, cancelled or moved/);
    expect(error.code).toBe("ErrorItemNotFound");
  });

  it("waits as long as Retry-After says after a 429, then retries and succeeds", async () => {
    let calls = 0;
    server.use(
      http.get(`${GRAPH}/me/events/AAMk1`, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json(graphError("ApplicationThrottled", "Too many requests"), {
              status: 429,
              headers: { "Retry-After": "3" },
            })
          : HttpResponse.json({ id: "AAMk1" });
      }),
    );
    const waits = recordedWaits();
    const result = await testClient(grantingTokens(), waits).request(ME);
    expect(result.ok).toBe(true);
    expect(waits.waits).toEqual([3000]);
    expect(calls).toBe(2);
  });

  it("waits five seconds after a 429 that does not say how long", async () => {
    let calls = 0;
    server.use(
      http.get(`${GRAPH}/me/events/AAMk1`, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json(graphError("ApplicationThrottled", "Too many requests"), { status: 429 })
          : HttpResponse.json({ id: "AAMk1" });
      }),
    );
    const waits = recordedWaits();
    const result = await testClient(grantingTokens(), waits).request(ME);
    expect(result.ok).toBe(true);
    expect(waits.waits).toEqual([5000]);
    expect(calls).toBe(2);
  });

  it("gives up after two retries and says Microsoft 365 is busy", async () => {
    let calls = 0;
    server.use(
      http.get(`${GRAPH}/me/events/AAMk1`, () => {
        calls += 1;
        return HttpResponse.json(graphError("ApplicationThrottled", "Too many requests"), {
          status: 429,
          headers: { "Retry-After": "7" },
        });
      }),
    );
    const waits = recordedWaits();
    const error = failureOf(await testClient(grantingTokens(), waits).request(ME));
    expect(error.kind).toBe("throttled");
    expect(error.message).toMatch(/busy/);
    expect(waits.waits).toEqual([7000, 7000]);
    expect(calls).toBe(3);
  });

  it("does not make the user wait out a very long Retry-After", async () => {
    let calls = 0;
    server.use(
      http.get(`${GRAPH}/me/events/AAMk1`, () => {
        calls += 1;
        return HttpResponse.json(graphError("ApplicationThrottled", "Too many requests"), {
          status: 429,
          headers: { "Retry-After": "3600" },
        });
      }),
    );
    const waits = recordedWaits();
    const error = failureOf(await testClient(grantingTokens(), waits).request(ME));
    expect(error.kind).toBe("throttled");
    expect(waits.waits).toEqual([]);
    expect(calls).toBe(1);
  });

  it("explains a 5xx as a Microsoft 365 problem, without retrying", async () => {
    let calls = 0;
    server.use(
      http.get(`${GRAPH}/me/events/AAMk1`, () => {
        calls += 1;
        return HttpResponse.json(graphError("ServiceNotAvailable", "The service is not available."), {
          status: 503,
        });
      }),
    );
    const error = failureOf(await testClient().request(ME));
    expect(error.kind).toBe("server");
    expect(error.message).toMatch(/Microsoft 365 had a problem/);
    expect(calls).toBe(1);
  });

  it("says the user seems to be offline when the network fails", async () => {
    server.use(http.get(`${GRAPH}/me/events/AAMk1`, () => HttpResponse.error()));
    const error = failureOf(await testClient().request(ME));
    expect(error.kind).toBe("offline");
    expect(error.message).toBe("You seem to be offline. Check your connection and try again.");
  });

  it("passes on Graph's own words for a request it rejects", async () => {
    server.use(
      http.get(`${GRAPH}/me/events/AAMk1`, () =>
        HttpResponse.json(graphError("ErrorInvalidIdMalformed", "Id is malformed."), { status: 400 }),
      ),
    );
    const error = failureOf(await testClient().request(ME));
    expect(error.kind).toBe("unexpected");
    expect(error.message).toContain("Id is malformed.");
  });

  it("sends nothing when sign-in is cancelled", async () => {
    let calls = 0;
    server.use(
      http.get(`${GRAPH}/me/events/AAMk1`, () => {
        calls += 1;
        return HttpResponse.json({});
      }),
    );
    const client = createGraphClient({
      fetch: (input, init) => fetch(input, init),
      getToken: async () => ({
        ok: false,
        reason: "cancelled",
        message: "Sign-in was cancelled, so nothing was done.",
      }),
    });
    const error = failureOf(await client.request(ME));
    expect(error.kind).toBe("cancelled");
    expect(error.message).toBe("Sign-in was cancelled, so nothing was done.");
    expect(calls).toBe(0);
  });
});

describe("Retry-After", () => {
  it("reads seconds and HTTP dates, and nothing else", () => {
    const now = Date.parse("2026-11-26T04:50:00Z");
    expect(retryAfterSeconds("12", now)).toBe(12);
    expect(retryAfterSeconds("Thu, 26 Nov 2026 04:50:30 GMT", now)).toBe(30);
    expect(retryAfterSeconds("soon", now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});
