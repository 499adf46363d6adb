/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { toHaveNoViolations } from "jest-axe";
import { HostError } from "../support/fake-host";
import { axe, hostFor, renderPane, verdictOf, verdictRegion } from "./helpers";

expect.extend(toHaveNoViolations);
// Fluent's DOM is large, and axe and typing through user-event take a while in jsdom.
jest.setTimeout(30_000);

function personItem(name: string): HTMLElement {
  return screen.getByRole("heading", { name }).closest("li") as HTMLElement;
}

test("correcting a role updates the verdict at once and saves the correction", async () => {
  const host = hostFor("unknown-single-person");
  const { user, container } = renderPane(host);
  expect((await verdictRegion()).getAttribute("data-verdict")).toBe("unclear");

  const role = within(personItem("Pat Kim")).getByRole("combobox", { name: "Role of Pat Kim" });
  await user.selectOptions(role, "Manager Client Services");

  expect(verdictOf()).toBe("directive-applies");
  expect(
    within(personItem("Pat Kim")).getByText("Manager Client Services", { selector: "[data-role]" }),
  ).toBeInTheDocument();
  expect(personItem("Pat Kim")).toHaveTextContent("Role from: your settings");
  await waitFor(() => expect(host.saved).toHaveLength(1));
  expect(host.saved[0]?.roles).toEqual({ "pat.kim@dcj-demo.example": "manager-client-services" });
  expect(await screen.findByText(/Saved, so QA Meeting Check will remember it\./)).toHaveAttribute(
    "data-correction",
    "saved",
  );
  expect(await axe(container)).toHaveNoViolations();
});

test("a correction can be cleared again", async () => {
  const host = hostFor("unknown-single-person", { roles: { "pat.kim@dcj-demo.example": "qaci" } });
  const { user } = renderPane(host);
  expect((await verdictRegion()).getAttribute("data-verdict")).toBe("directive-applies");
  await user.selectOptions(screen.getByRole("combobox", { name: "Role of Pat Kim" }), "Clear my correction");
  expect(verdictOf()).toBe("unclear");
  await waitFor(() => expect(host.saved.at(-1)?.roles).toEqual({}));
});

test("the role list and the Manager Casework action work from the keyboard", async () => {
  const host = hostFor("unknown-single-person");
  const { user } = renderPane(host);
  await verdictRegion();
  const role = screen.getByRole("combobox", { name: "Role of Pat Kim" });
  const button = within(personItem("Pat Kim")).getByRole("button", { name: "This is my Manager Casework" });
  // The first Tab from the page reaches the role list (nothing before it takes focus).
  await user.tab();
  expect(role).toHaveFocus();
  // jsdom has no layout, so Fluent's focus manager cannot run a Tab sequence; focus the action directly.
  button.focus();
  await user.keyboard("{Enter}");
  expect(verdictOf()).toBe("one-to-one");
  await waitFor(() => expect(host.saved).toHaveLength(1));
});

test("'This is my Manager Casework' makes a one-to-one and is remembered", async () => {
  const host = hostFor("unknown-single-person");
  const { user } = renderPane(host);
  await verdictRegion();
  await user.click(
    within(personItem("Pat Kim")).getByRole("button", { name: "This is my Manager Casework" }),
  );
  expect(verdictOf()).toBe("one-to-one");
  expect(personItem("Pat Kim")).toHaveTextContent("Your Manager Casework");
  expect(screen.getByRole("combobox", { name: "Role of Pat Kim" })).toHaveFocus();
  await waitFor(() => expect(host.saved[0]?.managerCasework).toBe("pat.kim@dcj-demo.example"));
});

test("a correction that cannot be saved still applies, and says it was not saved", async () => {
  const host = hostFor("unknown-single-person");
  host.saveError = new HostError("Your settings are too large to save.");
  const { user } = renderPane(host);
  await verdictRegion();
  await user.selectOptions(screen.getByRole("combobox", { name: "Role of Pat Kim" }), "QACI");
  expect(verdictOf()).toBe("directive-applies");
  const status = await screen.findByText(/could not be saved: Your settings are too large to save\./);
  expect(status).toHaveAttribute("data-correction", "failed");
  expect(host.saved).toHaveLength(0);
});

test("people named only in the body and distribution lists have no role control", async () => {
  renderPane(hostFor("distribution-list"));
  await verdictRegion();
  const list = personItem("Southern CSC Staff");
  expect(list).toHaveTextContent("Distribution list");
  expect(within(list).queryByRole("combobox")).not.toBeInTheDocument();
});

test("a body mention shows its source in words", async () => {
  renderPane(hostFor("body-mentions-extra-person"));
  await verdictRegion();
  const mentioned = personItem("the Manager Client Services");
  expect(mentioned).toHaveTextContent("Role from: named in the body");
  expect(within(mentioned).queryByRole("combobox")).not.toBeInTheDocument();
});
