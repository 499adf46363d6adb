/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import { toHaveNoViolations } from "jest-axe";
import { FakeHost, HostError, inviteWith } from "../support/fake-host";
import { axe, hostFor, renderPane, verdictOf, verdictRegion } from "./helpers";

expect.extend(toHaveNoViolations);
// Fluent's DOM is large, and axe and typing through user-event take a while in jsdom.
jest.setTimeout(30_000);

function replyBox(): HTMLTextAreaElement {
  return screen.getByRole<HTMLTextAreaElement>("textbox", { name: /Reply text/ });
}

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, "clipboard", {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
}

afterEach(() => setClipboard(undefined));

test("Reply to organizer opens Outlook's reply form with the edited text as escaped HTML", async () => {
  const host = hostFor("qamt-panel");
  const { user, container } = renderPane(host);
  await verdictRegion();
  await user.clear(replyBox());
  await user.type(replyBox(), "Hi Helen,{Enter}{Enter}I will not attend <this> & that.{Enter}Chris");
  await user.click(screen.getByRole("button", { name: "Reply to organizer" }));
  const outcome = await screen.findByText(/Outlook opened a reply to the organizer/);
  expect(outcome).toHaveAttribute("data-outcome", "opened");
  expect(host.replyForms).toEqual([
    "<p>Hi Helen,</p><p>I will not attend &lt;this&gt; &amp; that.<br>Chris</p>",
  ]);
  expect(await axe(container)).toHaveNoViolations();
});

test("when the reply form fails, the message says why and points to Copy", async () => {
  const host = hostFor("qamt-panel");
  host.replyFormError = new HostError("This version of Outlook cannot open a reply from an add-in.");
  const { user } = renderPane(host);
  await verdictRegion();
  await user.click(screen.getByRole("button", { name: "Reply to organizer" }));
  const outcome = await screen.findByText(/Outlook could not open the reply form/);
  expect(outcome).toHaveAttribute("data-outcome", "failed");
  expect(outcome).toHaveTextContent("This version of Outlook cannot open a reply from an add-in.");
  expect(outcome).toHaveTextContent("Use Copy reply text instead");
  expect(host.replyForms).toHaveLength(0);
});

test("Copy puts the reply text on the clipboard", async () => {
  const writes: string[] = [];
  const { user } = renderPane(hostFor("qamt-panel"));
  await verdictRegion();
  setClipboard(async (text) => {
    writes.push(text);
  });
  await user.click(screen.getByRole("button", { name: "Copy reply text" }));
  expect(await screen.findByText(/The reply text is copied/)).toHaveAttribute("data-outcome", "copied");
  expect(writes).toEqual([replyBox().value]);
  expect(writes[0]).toContain("I respectfully decline");
});

test("Copy explains what to do when the clipboard is unavailable or refuses", async () => {
  const { user } = renderPane(hostFor("qamt-panel"));
  await verdictRegion();
  setClipboard(undefined);
  await user.click(screen.getByRole("button", { name: "Copy reply text" }));
  expect(await screen.findByText(/Copying is not available here/)).toHaveAttribute(
    "data-outcome",
    "copy-failed",
  );

  setClipboard(() => Promise.reject(new Error("Document is not focused.")));
  await user.click(screen.getByRole("button", { name: "Copy reply text" }));
  expect(await screen.findByText(/could not be copied \(Document is not focused\.\)/)).toHaveAttribute(
    "data-outcome",
    "copy-failed",
  );
});

test("the user's edits stay while the verdict changes, and go when they choose another template", async () => {
  const host = hostFor("unknown-single-person");
  const { user } = renderPane(host);
  await verdictRegion();
  await user.type(replyBox(), " PS: see you soon");
  await user.selectOptions(screen.getByRole("combobox", { name: "Role of Pat Kim" }), "QACI");
  expect(verdictOf()).toBe("directive-applies");
  expect(replyBox().value).toMatch(/PS: see you soon$/);

  await user.selectOptions(
    screen.getByRole("combobox", { name: "Reply template" }),
    "Propose one-to-one supervision instead",
  );
  expect(replyBox().value).not.toContain("PS: see you soon");
  expect(replyBox().value).toContain("Could we instead go through this work one-to-one");
  await waitFor(() => expect(host.saved.at(-1)?.templateId).toBe("propose-one-to-one"));
});

test("the delegate template speaks on behalf of the member", async () => {
  const { user } = renderPane(hostFor("qamt-panel"));
  await verdictRegion();
  await user.selectOptions(
    screen.getByRole("combobox", { name: "Reply template" }),
    "PSA delegate, on behalf of a member",
  );
  expect(replyBox().value).toContain("I am writing as a PSA workplace delegate on behalf of Chris Park");
});

test("hostile invite text appears as text and creates no element", async () => {
  const hostile = "<img src=x onerror=alert(1)>";
  const host = new FakeHost();
  host.item = inviteWith("hostile-1", {
    subject: `QAMT review ${hostile}`,
    organizer: { displayName: `Helen ${hostile}`, emailAddress: "helen.ward@dcj-demo.example" },
    requiredAttendees: [
      { displayName: "Grace Liu (QACI)", emailAddress: "grace.liu@dcj-demo.example", recipientType: "user" },
    ],
    body: `Monthly QAMT review with QACI. ${hostile}`,
  });
  const { container, user } = renderPane(host);
  await verdictRegion();
  expect(container.querySelector("img")).toBeNull();
  expect(screen.getByText(`QAMT review ${hostile}`)).toBeInTheDocument();
  expect(replyBox().value).toContain(`"QAMT review ${hostile}"`);
  await user.click(screen.getByRole("button", { name: "Reply to organizer" }));
  await screen.findByText(/Outlook opened a reply/);
  expect(host.replyForms[0]).toContain("QAMT review &lt;img src=x onerror=alert(1)&gt;");
  expect(host.replyForms[0]).not.toContain("<img");
  expect(document.querySelector("img")).toBeNull();
});
