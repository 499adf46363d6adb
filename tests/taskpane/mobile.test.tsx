/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { toHaveNoViolations } from "jest-axe";
import { CLIENT_ID } from "./fake-m365";
import { axe, hostFor, renderPane, verdictRegion } from "./helpers";

expect.extend(toHaveNoViolations);
jest.setTimeout(30_000);

const PHONE = { banner: true, openAppointment: false, replyForm: false, mobile: true };

test("on a phone (no reply form) the pane offers Copy reply text and Decline and send, and says why", async () => {
  const host = hostFor("qamt-panel", { graphClientId: CLIENT_ID });
  host.hostCapabilities = PHONE;
  renderPane(host);
  await verdictRegion();
  const reply = screen.getByRole("region", { name: "Reply to the organizer" });
  expect(within(reply).queryByRole("button", { name: "Reply to organizer" })).toBeNull();
  expect(within(reply).getByRole("button", { name: "Copy reply text" })).toBeInTheDocument();
  expect(await within(reply).findByRole("button", { name: "Decline and send" })).toBeInTheDocument();
  expect(reply.querySelector("[data-reply-form-unavailable]")).toHaveTextContent(
    "This Outlook cannot open a reply from the add-in (Outlook on phones has none). Copy the reply text and paste it into a reply to the organizer, or decline and send it through Microsoft 365.",
  );
  expect(host.replyForms).toEqual([]);
  expect(await axe(document.body)).toHaveNoViolations();
});

test("on a phone without nested app authentication only copying is offered, and the pane says so", async () => {
  const host = hostFor("qamt-panel", { graphClientId: CLIENT_ID });
  host.hostCapabilities = PHONE;
  host.target = { item: { kind: "meeting-request", restId: "x" }, naaSupported: false };
  renderPane(host);
  await verdictRegion();
  const reply = screen.getByRole("region", { name: "Reply to the organizer" });
  expect(await within(reply).findByText(/Decline and send is not available/)).toBeInTheDocument();
  expect(within(reply).queryByRole("button", { name: "Decline and send" })).toBeNull();
  expect(reply.querySelector("[data-reply-form-unavailable]")).toHaveTextContent(
    "paste it into a reply to the organizer.",
  );
});

test("on the desktop Reply to organizer stays, with no phone note", async () => {
  const host = hostFor("qamt-panel", { graphClientId: CLIENT_ID });
  renderPane(host);
  await verdictRegion();
  expect(screen.getByRole("button", { name: "Reply to organizer" })).toBeInTheDocument();
  expect(document.querySelector("[data-reply-form-unavailable]")).toBeNull();
});
