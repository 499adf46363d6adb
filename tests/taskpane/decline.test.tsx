/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { toHaveNoViolations } from "jest-axe";
import { GRAPH_MESSAGES } from "../../src/graph/graph-error";
import type { GraphErrorKind } from "../../src/graph/graph-error";
import { CLIENT_ID, graphError, testServices } from "./fake-m365";
import { axe, hostFor, renderPane, verdictRegion } from "./helpers";

expect.extend(toHaveNoViolations);
jest.setTimeout(30_000);

function replyBox(): HTMLTextAreaElement {
  return screen.getByRole<HTMLTextAreaElement>("textbox", { name: /Reply text/ });
}

function outcome(): HTMLElement {
  const element = document.querySelector<HTMLElement>("[data-outcome]");
  if (!element) throw new Error("no outcome is shown");
  return element;
}

/** The dialog is gone and the pane is usable again (nothing left hidden from assistive technology). */
async function dialogClosed(): Promise<void> {
  await waitFor(() => {
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(document.querySelector("main")?.closest("[aria-hidden=true]")).toBeNull();
  });
}

async function declineButton(): Promise<HTMLElement> {
  return screen.findByRole("button", { name: "Decline and send" });
}

test("Decline and send shows what will be sent and to whom, then declines once confirmed", async () => {
  const host = hostFor("qamt-panel", { graphClientId: CLIENT_ID });
  const { user, services, container } = renderPane(host);
  await verdictRegion();
  const text = replyBox().value;
  await user.click(await declineButton());

  const dialog = await screen.findByRole("alertdialog", { name: "Decline this meeting?" });
  expect(dialog).toHaveTextContent("send this reply to Helen Ward (helen.ward@dcj-demo.example)");
  expect(dialog).toHaveTextContent("This is a recurring meeting: declining declines the whole series.");
  expect(within(dialog).getByTestId("decline-comment").textContent).toBe(text);
  expect(services.m365.declines).toHaveLength(0);
  expect(await axe(document.body)).toHaveNoViolations();

  await user.click(within(dialog).getByRole("button", { name: "Decline and send now" }));
  await waitFor(() => expect(outcome()).toHaveAttribute("data-outcome", "declined"));
  await dialogClosed();
  expect(outcome()).toHaveTextContent("Declined. Outlook sent your reply to Helen Ward with the decline");
  expect(outcome()).toHaveFocus();
  expect(services.m365.declines).toEqual([
    {
      item: { kind: "meeting-request", restId: "rest-item-qamt-panel" },
      comment: text,
      mailboxOwner: undefined,
    },
  ]);
  expect(services.m365.loads).toEqual([{ clientId: CLIENT_ID, naaSupported: true }]);
  // Declined once: the button goes, and the record says so.
  expect(screen.queryByRole("button", { name: "Decline and send" })).toBeNull();
  expect(services.record.entries()[0]?.action).toBe("declined");
  expect(document.querySelectorAll("[data-outcome]")).toHaveLength(1);
  expect(await axe(container)).toHaveNoViolations();
});

test.each([
  [
    "Cancel",
    (user: ReturnType<typeof renderPane>["user"], dialog: HTMLElement) =>
      user.click(within(dialog).getByRole("button", { name: "Cancel" })),
  ],
  ["Escape", (user: ReturnType<typeof renderPane>["user"]) => user.keyboard("{Escape}")],
])("%s in the confirmation sends nothing and returns focus to Decline and send", async (_how, dismiss) => {
  const host = hostFor("qamt-panel", { graphClientId: CLIENT_ID });
  const { user, services } = renderPane(host);
  await verdictRegion();
  const button = await declineButton();

  await user.click(button);
  await dismiss(user, await screen.findByRole("alertdialog"));
  await dialogClosed();
  expect(button).toHaveFocus();

  expect(services.m365.declines).toHaveLength(0);
  expect(document.querySelector("[data-outcome]")).toBeNull();
  expect(services.record.entries()[0]?.action).toBe("ignored");
});

const FAILURES: [string, GraphErrorKind, string, number | undefined][] = [
  ["no consent (403)", "permission", GRAPH_MESSAGES.permission, 403],
  ["already declined or cancelled (404)", "not-found", GRAPH_MESSAGES.notFound, 404],
  ["throttled (429)", "throttled", GRAPH_MESSAGES.throttled, 429],
  ["offline", "offline", GRAPH_MESSAGES.offline, undefined],
  ["sign-in cancelled", "cancelled", "Sign-in was cancelled, so nothing was done.", undefined],
];

test.each(FAILURES)(
  "when declining fails (%s) the pane says why, keeps the reply and offers the reply form",
  async (_name, kind, message, status) => {
    const host = hostFor("qamt-panel", { graphClientId: CLIENT_ID });
    const services = testServices();
    services.m365.declineFailure = graphError(kind, message, status);
    const { user } = renderPane(host, services);
    await verdictRegion();
    await user.clear(replyBox());
    await user.type(replyBox(), "Hi Helen,{Enter}{Enter}I will not attend.{Enter}Chris");

    await user.click(await declineButton());
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Decline and send now" }));

    await waitFor(() => expect(outcome()).toHaveAttribute("data-outcome", "failed"));
    await dialogClosed();
    expect(outcome()).toHaveAttribute("data-outcome-of", "decline");
    expect(outcome()).toHaveTextContent("The meeting was not declined.");
    expect(outcome()).toHaveTextContent(message);
    expect(outcome()).toHaveTextContent("use Reply to organizer or Copy reply text");
    expect(replyBox().value).toBe("Hi Helen,\n\nI will not attend.\nChris");
    expect(services.m365.declines).toHaveLength(1);
    expect(services.record.entries()[0]?.action).toBe("ignored");

    // The reply-form path works with the same words, and may be tried again.
    await user.click(screen.getByRole("button", { name: "Reply to organizer" }));
    await waitFor(() => expect(outcome()).toHaveAttribute("data-outcome", "opened"));
    expect(host.replyForms).toEqual(["<p>Hi Helen,</p><p>I will not attend.<br>Chris</p>"]);
    expect(services.record.entries()[0]?.action).toBe("replied");
    expect(screen.getByRole("button", { name: "Decline and send" })).toBeInTheDocument();
  },
);

test("without a client id, Decline and send says it is not set up, and Microsoft 365 is never loaded", async () => {
  const host = hostFor("qamt-panel");
  const { services } = renderPane(host);
  await verdictRegion();
  const note = await screen.findByText(/Decline and send is not available/);
  expect(note).toHaveTextContent("not set up for this add-in");
  expect(screen.queryByRole("button", { name: "Decline and send" })).toBeNull();
  expect(screen.getByRole("button", { name: "Reply to organizer" })).toBeInTheDocument();
  expect(services.m365.loads).toHaveLength(0);
});

test("in an Outlook without nested app authentication, Decline and send says it is not available", async () => {
  const host = hostFor("qamt-panel", { graphClientId: CLIENT_ID, useDirectory: true });
  host.target = { item: { kind: "meeting-request", restId: "rest-1" }, naaSupported: false };
  const { services } = renderPane(host);
  await verdictRegion();
  expect(await screen.findByText(/Decline and send is not available/)).toHaveTextContent(
    "This version of Outlook cannot sign in to Microsoft 365",
  );
  expect(screen.queryByRole("button", { name: "Decline and send" })).toBeNull();
  expect(services.m365.loads).toHaveLength(0);
  expect(services.m365.roleLookups).toHaveLength(0);
  expect(document.querySelector("[data-directory-problem]")).toHaveTextContent(
    "Roles cannot be looked up in the directory. This version of Outlook cannot sign in to Microsoft 365",
  );
});

test("an item Outlook cannot give to Microsoft 365 cannot be declined from the pane", async () => {
  const host = hostFor("qamt-panel", { graphClientId: CLIENT_ID });
  host.target = { item: undefined, naaSupported: true };
  renderPane(host);
  await verdictRegion();
  expect(await screen.findByText(/Decline and send is not available/)).toHaveTextContent(
    "Outlook cannot give Microsoft 365 this item",
  );
});
