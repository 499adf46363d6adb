import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { declineMeeting } from "../../src/graph/decline";
import { GRAPH, grantingTokens, graphError, eventMessageWithEvent, testClient } from "./graph-fixtures";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const REPLY = "Hi Helen,\nUnder the PSA direction I won't attend this QA review panel.\nChris";

/** Captures the decline POSTs so the tests can see what was sent to the organizer. */
function acceptDeclines(pathPrefix: string) {
  const sent: { eventId: string; body: unknown }[] = [];
  server.use(
    http.post(`${GRAPH}${pathPrefix}/events/:eventId/decline`, async ({ request, params }) => {
      sent.push({ eventId: String(params.eventId), body: await request.json() });
      return new HttpResponse(null, { status: 202 });
    }),
  );
  return sent;
}

describe("declining a meeting", () => {
  it("declines a calendar item by its REST id and sends the user's reply to the organizer", async () => {
    const sent = acceptDeclines("/me");
    const tokens = grantingTokens();
    const result = await declineMeeting({
      client: testClient(tokens),
      item: { kind: "event", restId: "AAMkAGI2-event" },
      comment: REPLY,
    });
    expect(result).toEqual({ outcome: "declined" });
    expect(sent).toEqual([{ eventId: "AAMkAGI2-event", body: { comment: REPLY, sendResponse: true } }]);
    expect(tokens.asked).toEqual([["Calendars.ReadWrite"]]);
  });

  it("finds the event behind a meeting request message, reading ids only, then declines it", async () => {
    let query: URLSearchParams | undefined;
    server.use(
      http.get(`${GRAPH}/me/messages/:messageId`, ({ request, params }) => {
        query = new URL(request.url).searchParams;
        return HttpResponse.json(eventMessageWithEvent(String(params.messageId), "AAMkADYAAAImVu6AAA="));
      }),
    );
    const sent = acceptDeclines("/me");
    const tokens = grantingTokens();
    const result = await declineMeeting({
      client: testClient(tokens),
      item: { kind: "meeting-request", restId: "AAMkADYAAAImV_jAAA=" },
      comment: REPLY,
    });
    expect(result).toEqual({ outcome: "declined" });
    expect(query?.get("$expand")).toBe("microsoft.graph.eventMessage/event($select=id)");
    expect(query?.get("$select")).toBe("id");
    expect(sent.map((decline) => decline.eventId)).toEqual(["AAMkADYAAAImVu6AAA="]);
    expect(tokens.asked).toEqual([
      ["Mail.Read", "Calendars.ReadWrite"],
      ["Mail.Read", "Calendars.ReadWrite"],
    ]);
  });

  it("declines in the owner's mailbox, with the shared permissions, for a shared or delegated item", async () => {
    const sent = acceptDeclines("/users/team.inbox%40dcj-demo.example");
    const tokens = grantingTokens();
    const result = await declineMeeting({
      client: testClient(tokens),
      item: { kind: "event", restId: "AAMk-shared" },
      comment: REPLY,
      mailboxOwner: "team.inbox@dcj-demo.example",
    });
    expect(result).toEqual({ outcome: "declined" });
    expect(sent).toHaveLength(1);
    expect(tokens.asked).toEqual([["Calendars.ReadWrite.Shared"]]);
  });

  it("keeps the user's reply when the meeting is already gone", async () => {
    server.use(
      http.post(`${GRAPH}/me/events/:eventId/decline`, () =>
        HttpResponse.json(
          graphError("ErrorItemNotFound", "The specified object was not found in the store."),
          {
            status: 404,
          },
        ),
      ),
    );
    const result = await declineMeeting({
      client: testClient(),
      item: { kind: "event", restId: "AAMk-gone" },
      comment: REPLY,
    });
    if (result.outcome !== "failed") throw new Error("expected the decline to fail");
    expect(result.comment).toBe(REPLY);
    expect(result.error.kind).toBe("not-found");
    expect(result.error.message).toMatch(/declined, cancelled or moved/);
  });

  it("keeps the user's reply when the message has no meeting behind it", async () => {
    server.use(http.get(`${GRAPH}/me/messages/:messageId`, () => HttpResponse.json({ id: "AAMk-msg" })));
    const result = await declineMeeting({
      client: testClient(),
      item: { kind: "meeting-request", restId: "AAMk-msg" },
      comment: REPLY,
    });
    expect(result).toMatchObject({ outcome: "failed", comment: REPLY, error: { kind: "not-found" } });
  });

  it("keeps the user's reply when offline, and sends no decline", async () => {
    server.use(http.get(`${GRAPH}/me/messages/:messageId`, () => HttpResponse.error()));
    const sent = acceptDeclines("/me");
    const result = await declineMeeting({
      client: testClient(),
      item: { kind: "meeting-request", restId: "AAMk-msg" },
      comment: REPLY,
    });
    expect(result).toMatchObject({ outcome: "failed", comment: REPLY, error: { kind: "offline" } });
    expect(sent).toEqual([]);
  });

  it("keeps the user's reply when permission is refused", async () => {
    server.use(
      http.post(`${GRAPH}/me/events/:eventId/decline`, () =>
        HttpResponse.json(graphError("ErrorAccessDenied", "Access is denied."), { status: 403 }),
      ),
    );
    const result = await declineMeeting({
      client: testClient(),
      item: { kind: "event", restId: "AAMk1" },
      comment: REPLY,
    });
    expect(result).toMatchObject({ outcome: "failed", comment: REPLY, error: { kind: "permission" } });
  });
});
