/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { toHaveNoViolations } from "jest-axe";
import { Activity } from "react";
import { App } from "../../src/taskpane/App";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";
import { ServicesProvider } from "../../src/taskpane/services";
import { FakeHost, HostError, inviteFromFile, inviteWith } from "../support/fake-host";
import { testServices } from "./fake-m365";
import { axe, hostFor, renderPane, verdictOf, verdictRegion } from "./helpers";

expect.extend(toHaveNoViolations);
// Fluent's DOM is large, and axe and typing through user-event take a while in jsdom.
jest.setTimeout(30_000);

test("shows a labelled spinner while the item is read", async () => {
  const host = new FakeHost();
  host.deferReads = true;
  const { container } = renderPane(host);
  expect(screen.getByText("Reading the meeting invite…")).toBeInTheDocument();
  expect(container.querySelector('[data-pane-state="loading"]')).not.toBeNull();
  expect(await axe(container)).toHaveNoViolations();
});

test("asks for a meeting invite when no item is selected", async () => {
  const host = new FakeHost();
  const { container } = renderPane(host);
  expect(await screen.findByRole("heading", { name: "Select a meeting invite" })).toBeInTheDocument();
  expect(verdictOf()).toBeNull();
  expect(await axe(container)).toHaveNoViolations();
});

test("explains that only meeting invites are checked", async () => {
  const host = new FakeHost();
  host.item = { kind: "not-invite", itemId: "mail-1", itemClass: "IPM.Note", subject: "Lunch on Friday?" };
  const { container } = renderPane(host);
  expect(await screen.findByRole("heading", { name: "This is not a meeting invite" })).toBeInTheDocument();
  expect(screen.getByText(/only checks meeting invites/)).toHaveTextContent(
    "Open a meeting invite from your Inbox or calendar",
  );
  expect(screen.getByText("Lunch on Friday?")).toBeInTheDocument();
  expect(verdictOf()).toBeNull();
  expect(await axe(container)).toHaveNoViolations();
});

test("a read error shows the host's message, and Retry reads again and focuses the result", async () => {
  const host = hostFor("qamt-panel");
  host.readError = new HostError(
    "Outlook could not read this item. Check your connection.",
    "InternalServerError",
  );
  const { container, user } = renderPane(host);
  expect(await screen.findByRole("heading", { name: "The invite could not be read" })).toBeInTheDocument();
  expect(screen.getByText(/Outlook could not read this item\. Check your connection\./)).toHaveTextContent(
    "(Details: InternalServerError)",
  );
  expect(await axe(container)).toHaveNoViolations();
  expect(host.readCount).toBe(1);

  host.readError = undefined;
  await user.click(screen.getByRole("button", { name: "Retry" }));
  const region = await verdictRegion();
  expect(host.readCount).toBe(2);
  expect(region).toHaveAttribute("data-verdict", "directive-applies");
  await waitFor(() =>
    expect(screen.getByRole("heading", { name: "The PSA direction covers this meeting" })).toHaveFocus(),
  );
});

test("a read error that is not a HostError still shows words, never the program's own message", async () => {
  const host = new FakeHost();
  host.deferReads = true;
  renderPane(host);
  await act(async () => host.pendingReads[0]?.reject(new TypeError("item is undefined")));
  expect(await screen.findByRole("heading", { name: "The invite could not be read" })).toBeInTheDocument();
  const message = screen.getByText(/Something went wrong while talking to Outlook\. Try again\./);
  expect(message).toHaveTextContent("(Details: TypeError)");
  expect(document.body).not.toHaveTextContent("item is undefined");
});

test("a slow read for an item the user has left never paints over the new item", async () => {
  const host = new FakeHost();
  host.deferReads = true;
  renderPane(host);
  expect(host.pendingReads).toHaveLength(1);

  // The user moves to another item before the first read answers.
  act(() => host.selectItem(inviteFromFile("team-meeting").item));
  expect(host.pendingReads).toHaveLength(2);
  const [first, second] = host.pendingReads;

  await act(async () => second?.resolve(inviteFromFile("team-meeting").item));
  expect((await verdictRegion()).getAttribute("data-verdict")).toBe("not-qa-review");

  await act(async () => first?.resolve(inviteFromFile("qamt-panel").item));
  expect(verdictOf()).toBe("not-qa-review");
  expect(screen.queryByText("The PSA direction covers this meeting")).not.toBeInTheDocument();
});

test("a failed read for an item the user has left is ignored too", async () => {
  const host = new FakeHost();
  host.deferReads = true;
  renderPane(host);
  act(() => host.selectItem({ kind: "none" }));
  const [first, second] = host.pendingReads;
  await act(async () => second?.resolve({ kind: "none" }));
  await act(async () => first?.reject(new HostError("too late")));
  expect(screen.getByRole("heading", { name: "Select a meeting invite" })).toBeInTheDocument();
  expect(screen.queryByText("too late")).not.toBeInTheDocument();
});

test("a pinned pane follows the selected item and stops listening when closed", async () => {
  const host = hostFor("qamt-panel");
  const { unmount } = renderPane(host);
  expect((await verdictRegion()).getAttribute("data-verdict")).toBe("directive-applies");
  expect(host.itemListenerCount).toBe(1);

  act(() => host.selectItem(inviteFromFile("one-to-one-directory").item));
  await waitFor(() => expect(verdictOf()).toBe("one-to-one"));

  act(() => host.selectItem({ kind: "none" }));
  expect(await screen.findByRole("heading", { name: "Select a meeting invite" })).toBeInTheDocument();
  unmount();
  expect(host.itemListenerCount).toBe(0);
});

test("a read that finishes while the pane is closed is never shown: the pane reads again when it opens", async () => {
  // Closed but kept (React's Activity, hidden): the pane stops listening to Outlook, so whatever it
  // read then may be about an item the user has since left.
  const host = new FakeHost();
  host.deferReads = true;
  const services = testServices();
  const pane = (mode: "visible" | "hidden") => (
    <ServicesProvider services={services}>
      <Activity mode={mode}>
        <App host={host} />
      </Activity>
    </ServicesProvider>
  );
  const { rerender } = render(pane("visible"));
  expect(host.pendingReads).toHaveLength(1);

  act(() => rerender(pane("hidden")));
  expect(host.itemListenerCount).toBe(0);
  await act(async () => host.pendingReads[0]?.resolve(inviteFromFile("qamt-panel").item));

  act(() => rerender(pane("visible")));
  expect(host.pendingReads).toHaveLength(2);
  expect(verdictOf()).toBeNull();
  expect(document.querySelector('[data-pane-state="loading"]')).not.toBeNull();

  await act(async () => host.pendingReads[1]?.resolve(inviteFromFile("team-meeting").item));
  expect(verdictOf()).toBe("not-qa-review");
});

test("a pane given no services says something went wrong, and uses no real ones instead", async () => {
  const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const setItem = jest.spyOn(Storage.prototype, "setItem");
  render(<App host={hostFor("qamt-panel")} />);
  expect(await screen.findByText("Something went wrong")).toBeInTheDocument();
  expect(document.querySelector("[data-pane-state=crashed]")).not.toBeNull();
  expect(setItem).not.toHaveBeenCalled();
  setItem.mockRestore();
  consoleError.mockRestore();
});

test("an invite the engine cannot read is explained, with Retry", async () => {
  const host = new FakeHost();
  host.item = inviteWith("bad-1", { start: "not a date" });
  renderPane(host);
  expect(await screen.findByRole("heading", { name: "The invite could not be checked" })).toBeInTheDocument();
  expect(screen.getByText(/item\.start: is not a date and time/)).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
});

describe("the error boundary", () => {
  function Broken(): never {
    throw new Error("secret stack detail");
  }

  test("shows a friendly message with Reload, never the error itself", async () => {
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const onReload = jest.fn();
    const user = userEvent.setup();
    const { container } = render(
      <ErrorBoundary onReload={onReload}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Something went wrong");
    expect(container).not.toHaveTextContent("secret stack detail");
    expect(consoleError).toHaveBeenCalledWith(
      "QA Meeting Check could not show this view",
      expect.objectContaining({ message: "secret stack detail" }),
      expect.any(String),
    );
    consoleError.mockRestore();
    await user.click(screen.getByRole("button", { name: "Reload" }));
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(await axe(container)).toHaveNoViolations();
  });

  test("tries again when the item changes", () => {
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { rerender } = render(
      <ErrorBoundary resetKey="a">
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert")).toBeInTheDocument();
    rerender(
      <ErrorBoundary resetKey="b">
        <p>Another invite</p>
      </ErrorBoundary>,
    );
    consoleError.mockRestore();
    expect(screen.getByText("Another invite")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
