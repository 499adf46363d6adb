import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { analyze, builtInPolicy, parseSnapshot } from "../../src/core";
import { createDirectoryLookup } from "../../src/graph/directory";
import { createGraphClient } from "../../src/graph/graph-client";
import { invite, QACI, MCS } from "../support/invite-builder";
import { GRAPH, grantingTokens, graphError, person, testClient } from "./graph-fixtures";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const PEOPLE: Record<string, ReturnType<typeof person>> = {
  "grace.liu@dcj-demo.example": person(
    "Grace.Liu@dcj-demo.example",
    "QACI Officer",
    "Quality Assurance and Continuous Improvement",
  ),
  "omar.haddad@dcj-demo.example": person(
    "omar.haddad@dcj-demo.example",
    "Manager Client Services",
    "Community Services",
  ),
};

/** Answers GET /me/people?$search="address" as the People API does, counting what was asked. */
function peopleApi() {
  const searched: string[] = [];
  const sources: (string | null)[] = [];
  server.use(
    http.get(`${GRAPH}/me/people`, ({ request }) => {
      const url = new URL(request.url);
      const search = (url.searchParams.get("$search") ?? "").replace(/"/g, "");
      searched.push(search);
      sources.push(request.headers.get("X-PeopleQuery-QuerySources"));
      const found = PEOPLE[search.toLowerCase()];
      return HttpResponse.json({ value: found ? [found] : [] });
    }),
  );
  return { searched, sources };
}

describe("roles from the directory", () => {
  it("returns job titles and departments in the engine's directory shape, keyed by lower-case address", async () => {
    const api = peopleApi();
    const tokens = grantingTokens();
    const lookup = createDirectoryLookup(testClient(tokens));
    const result = await lookup.rolesFor([
      "Grace.Liu@dcj-demo.example",
      "omar.haddad@dcj-demo.example",
      "pat.kim@dcj-demo.example",
    ]);
    expect(result).toEqual({
      directory: {
        "grace.liu@dcj-demo.example": {
          jobTitle: "QACI Officer",
          department: "Quality Assurance and Continuous Improvement",
        },
        "omar.haddad@dcj-demo.example": {
          jobTitle: "Manager Client Services",
          department: "Community Services",
        },
      },
    });
    expect(api.sources.every((source) => source === "Mailbox,Directory")).toBe(true);
    expect(tokens.asked.every((scopes) => scopes.join() === "People.Read")).toBe(true);
  });

  it("gives the engine roles it could not otherwise know", async () => {
    peopleApi();
    const input = invite(
      {
        subject: "QAMT review",
        requiredAttendees: [
          { ...QACI, recipientType: "user" as const },
          { ...MCS, recipientType: "user" as const },
        ],
      },
      { directory: {} },
    );
    const { directory } = await createDirectoryLookup(testClient()).rolesFor([
      QACI.emailAddress,
      MCS.emailAddress,
    ]);
    const result = analyze(parseSnapshot({ ...input, directory }), builtInPolicy());
    const grace = result.people.find((someone) => someone.email === QACI.emailAddress);
    expect(grace?.role).toMatchObject({ source: "directory", quote: "QACI Officer" });
  });

  it("asks Graph once per address per session, remembering people it did not find", async () => {
    const api = peopleApi();
    const lookup = createDirectoryLookup(testClient());
    await lookup.rolesFor(["grace.liu@dcj-demo.example", "pat.kim@dcj-demo.example"]);
    const again = await lookup.rolesFor(["GRACE.LIU@dcj-demo.example", "pat.kim@dcj-demo.example"]);
    expect(api.searched).toHaveLength(2);
    expect(Object.keys(again.directory)).toEqual(["grace.liu@dcj-demo.example"]);
  });

  it("remembers a failed lookup as unknown for the session", async () => {
    let calls = 0;
    server.use(
      http.get(`${GRAPH}/me/people`, () => {
        calls += 1;
        return HttpResponse.json(graphError("ServiceNotAvailable", "The service is not available."), {
          status: 503,
        });
      }),
    );
    const lookup = createDirectoryLookup(testClient());
    const first = await lookup.rolesFor(["grace.liu@dcj-demo.example"]);
    const second = await lookup.rolesFor(["grace.liu@dcj-demo.example"]);
    expect(first.directory).toEqual({});
    expect(first.error?.kind).toBe("server");
    expect(second.directory).toEqual({});
    expect(calls).toBe(1);
  });

  it("stops after the first refusal instead of asking for every attendee", async () => {
    let calls = 0;
    server.use(
      http.get(`${GRAPH}/me/people`, () => {
        calls += 1;
        return HttpResponse.json(graphError("ErrorAccessDenied", "Access is denied."), { status: 403 });
      }),
    );
    const result = await createDirectoryLookup(testClient()).rolesFor([
      "grace.liu@dcj-demo.example",
      "omar.haddad@dcj-demo.example",
      "pat.kim@dcj-demo.example",
    ]);
    expect(calls).toBe(1);
    expect(result.directory).toEqual({});
    expect(result.error?.kind).toBe("permission");
  });

  it("opens at most one sign-in when the user cancels it", async () => {
    let prompts = 0;
    const client = createGraphClient({
      fetch: (input, init) => fetch(input, init),
      getToken: async () => {
        prompts += 1;
        return { ok: false, reason: "cancelled", message: "Sign-in was cancelled, so nothing was done." };
      },
    });
    const lookup = createDirectoryLookup(client);
    const result = await lookup.rolesFor(["grace.liu@dcj-demo.example", "omar.haddad@dcj-demo.example"]);
    await lookup.rolesFor(["omar.haddad@dcj-demo.example"]);
    expect(prompts).toBe(1);
    expect(result.error?.kind).toBe("cancelled");
  });
});

describe("the user's manager from the directory", () => {
  it("suggests the manager's address, asking for User.Read.All only then", async () => {
    server.use(
      http.get(`${GRAPH}/me/manager`, () =>
        HttpResponse.json({
          "@odata.context": `${GRAPH}/$metadata#directoryObjects/$entity`,
          "@odata.type": "#microsoft.graph.user",
          id: "7d54cb02-aaa3-4016-9f9c-a4b49422dd9b",
          displayName: "Helen Ward",
          mail: "Helen.Ward@dcj-demo.example",
          userPrincipalName: "helen.ward@dcj-demo.example",
        }),
      ),
    );
    const tokens = grantingTokens();
    const result = await createDirectoryLookup(testClient(tokens)).findManager();
    expect(result).toEqual({ outcome: "found", email: "helen.ward@dcj-demo.example", name: "Helen Ward" });
    expect(tokens.asked).toEqual([["User.Read.All"]]);
  });

  it("says there is none when the directory records no manager", async () => {
    server.use(
      http.get(`${GRAPH}/me/manager`, () =>
        HttpResponse.json(graphError("Request_ResourceNotFound", "Resource 'manager' does not exist."), {
          status: 404,
        }),
      ),
    );
    expect(await createDirectoryLookup(testClient()).findManager()).toEqual({ outcome: "none" });
  });

  it("reports a refusal, and asks only once per session", async () => {
    let calls = 0;
    server.use(
      http.get(`${GRAPH}/me/manager`, () => {
        calls += 1;
        return HttpResponse.json(graphError("Authorization_RequestDenied", "Insufficient privileges."), {
          status: 403,
        });
      }),
    );
    const lookup = createDirectoryLookup(testClient());
    const first = await lookup.findManager();
    await lookup.findManager();
    expect(first).toMatchObject({ outcome: "failed", error: { kind: "permission" } });
    expect(calls).toBe(1);
  });
});

describe("offline", () => {
  it("looks an address up again once back online: an offline answer is not remembered", async () => {
    let online = false;
    server.use(
      http.get(`${GRAPH}/me/people`, () =>
        online ? HttpResponse.json({ value: [PEOPLE["grace.liu@dcj-demo.example"]] }) : HttpResponse.error(),
      ),
    );
    const lookup = createDirectoryLookup(testClient(grantingTokens()));
    const offline = await lookup.rolesFor(["grace.liu@dcj-demo.example"]);
    expect(offline).toEqual({ directory: {}, error: expect.objectContaining({ kind: "offline" }) });

    online = true;
    expect(await lookup.rolesFor(["grace.liu@dcj-demo.example"])).toEqual({
      directory: { "grace.liu@dcj-demo.example": expect.objectContaining({ jobTitle: "QACI Officer" }) },
    });
  });

  it("asks for the manager again once back online", async () => {
    let online = false;
    server.use(
      http.get(`${GRAPH}/me/manager`, () =>
        online
          ? HttpResponse.json({ displayName: "Helen Ward", mail: "helen.ward@dcj-demo.example" })
          : HttpResponse.error(),
      ),
    );
    const lookup = createDirectoryLookup(testClient(grantingTokens()));
    expect(await lookup.findManager()).toMatchObject({ outcome: "failed", error: { kind: "offline" } });
    online = true;
    expect(await lookup.findManager()).toEqual({
      outcome: "found",
      email: "helen.ward@dcj-demo.example",
      name: "Helen Ward",
    });
  });
});
