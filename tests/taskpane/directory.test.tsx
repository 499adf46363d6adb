/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, waitFor } from "@testing-library/react";
import { toHaveNoViolations } from "jest-axe";
import { GRAPH_MESSAGES } from "../../src/graph/graph-error";
import { FakeHost, inviteWith } from "../support/fake-host";
import { CLIENT_ID, graphError, testServices } from "./fake-m365";
import { axe, hostFor, renderPane, verdictOf, verdictRegion } from "./helpers";

expect.extend(toHaveNoViolations);
jest.setTimeout(30_000);

const PAT = "pat.kim@dcj-demo.example";
const HELEN = "helen.ward@dcj-demo.example";

function directoryStatus(): HTMLElement | null {
  return document.querySelector<HTMLElement>("[data-directory]");
}

test("the verdict shows at once, then changes when directory roles arrive, and the pane says what changed", async () => {
  const host = hostFor("unknown-single-person", { graphClientId: CLIENT_ID, useDirectory: true });
  const services = testServices();
  const roles = services.m365.holdRoles();
  const { container } = renderPane(host, services);

  await verdictRegion();
  expect(verdictOf()).toBe("unclear");
  await waitFor(() => expect(services.m365.roleLookups).toEqual([[PAT]]));
  expect(directoryStatus()).toBeNull();

  await act(async () => roles.resolve({ directory: { [PAT]: { jobTitle: "QACI Officer" } } }));
  await waitFor(() => expect(verdictOf()).toBe("directive-applies"));
  expect(directoryStatus()).toHaveTextContent(
    "Directory roles arrived: Pat Kim is QACI. The verdict changed from Check before you decide to The PSA direction covers this meeting.",
  );
  expect(screen.getByText(/Role from: directory/)).toHaveTextContent("QACI Officer");
  expect(await axe(container)).toHaveNoViolations();
});

test("a role the user corrected beats the directory", async () => {
  const host = hostFor("unknown-single-person", {
    graphClientId: CLIENT_ID,
    useDirectory: true,
    roles: { [PAT]: "manager-casework" },
  });
  const services = testServices();
  services.m365.directory = { [PAT]: { jobTitle: "QACI Officer" } };
  renderPane(host, services);
  await verdictRegion();
  await waitFor(() => expect(directoryStatus()).not.toBeNull());
  expect(directoryStatus()).toHaveTextContent("Your own correction stands over the directory for Pat Kim.");
  expect(directoryStatus()).toHaveTextContent(
    "The verdict is still Permitted: one-to-one with your Manager Casework.",
  );
  expect(verdictOf()).toBe("one-to-one");
  expect(screen.getByText(/Role from: your settings/)).toBeInTheDocument();
});

test("with no Manager Casework set, the directory manager stands in, says so, and can be saved", async () => {
  const host = new FakeHost({ graphClientId: CLIENT_ID, useDirectory: true });
  host.item = inviteWith("one-to-one-1", {
    subject: "QAMT review",
    organizer: { displayName: "Helen Ward", emailAddress: HELEN },
    requiredAttendees: [{ displayName: "Chris Park", emailAddress: "chris.park@dcj-demo.example" }],
    body: "QAMT review of your files.",
  });
  const services = testServices();
  services.m365.manager = { outcome: "found", email: HELEN, name: "Helen Ward" };
  const { user } = renderPane(host, services);

  await verdictRegion();
  await waitFor(() => expect(verdictOf()).toBe("one-to-one"));
  const suggestion = document.querySelector("[data-manager-suggestion]");
  expect(suggestion).toHaveTextContent(
    "Manager Casework: Helen Ward (helen.ward@dcj-demo.example), from your directory manager.",
  );
  expect(directoryStatus()).toHaveTextContent("Your directory manager is Helen Ward.");
  expect(directoryStatus()).toHaveTextContent(
    "The verdict changed from Check before you decide to Permitted: one-to-one with your Manager Casework.",
  );

  await user.click(screen.getByRole("button", { name: "Yes, save Helen Ward as my Manager Casework" }));
  await waitFor(() => expect(host.stored.managerCasework).toBe(HELEN));
  expect(await screen.findByText(`${HELEN} is saved as your Manager Casework.`)).toBeInTheDocument();
  expect(document.querySelector("[data-manager-suggestion]")).toBeNull();
  expect(verdictOf()).toBe("one-to-one");
});

test("the manager is not asked for when the user has set their Manager Casework", async () => {
  const host = hostFor("unknown-single-person", {
    graphClientId: CLIENT_ID,
    useDirectory: true,
    managerCasework: HELEN,
  });
  const services = testServices();
  services.m365.manager = { outcome: "found", email: "someone.else@dcj-demo.example", name: "Someone Else" };
  renderPane(host, services);
  await verdictRegion();
  await waitFor(() => expect(directoryStatus()).not.toBeNull());
  expect(services.m365.managerCalls).toBe(0);
  expect(document.querySelector("[data-manager-suggestion]")).toBeNull();
});

test("with directory look-ups off (the default), nothing is looked up", async () => {
  const host = hostFor("unknown-single-person", { graphClientId: CLIENT_ID });
  const services = testServices();
  services.m365.directory = { [PAT]: { jobTitle: "QACI Officer" } };
  renderPane(host, services);
  await verdictRegion();
  // Outlook has answered (the decline button is offered), and still nothing was asked of Microsoft 365.
  await screen.findByRole("button", { name: "Decline and send" });
  expect(services.m365.loads).toHaveLength(0);
  expect(services.m365.roleLookups).toHaveLength(0);
  expect(services.m365.managerCalls).toBe(0);
  expect(verdictOf()).toBe("unclear");
  expect(directoryStatus()).toBeNull();
});

test("when the directory refuses, the pane says why and the verdict stays", async () => {
  const host = hostFor("unknown-single-person", { graphClientId: CLIENT_ID, useDirectory: true });
  const services = testServices();
  services.m365.directoryError = graphError("permission", GRAPH_MESSAGES.permission, 403);
  renderPane(host, services);
  await verdictRegion();
  const problem = await screen.findByText(/Some roles could not be looked up in the directory/);
  expect(problem).toHaveTextContent(GRAPH_MESSAGES.permission);
  expect(verdictOf()).toBe("unclear");
});

describe("switching items while the directory answers", () => {
  const KAREN = "karen.mitchell@dcj-demo.example";
  const first = inviteWith("item-a", {
    subject: "QAMT review",
    organizer: { displayName: "Pat Kim", emailAddress: PAT },
    requiredAttendees: [{ displayName: "Chris Park", emailAddress: "chris.park@dcj-demo.example" }],
    body: "QAMT review.",
  });
  const second = inviteWith("item-b", {
    subject: "QAMT review",
    organizer: { displayName: "Karen Mitchell", emailAddress: KAREN },
    requiredAttendees: [{ displayName: "Chris Park", emailAddress: "chris.park@dcj-demo.example" }],
    body: "QAMT review.",
  });
  const QACI_PAT = { directory: { [PAT]: { jobTitle: "QACI Officer" } } };
  const MANAGER_KAREN = { directory: { [KAREN]: { jobTitle: "Manager Casework" } } };

  async function showFirstThenSecond() {
    const host = new FakeHost({ graphClientId: CLIENT_ID, useDirectory: true });
    host.item = first;
    const services = testServices();
    const forFirst = services.m365.holdRoles();
    const forSecond = services.m365.holdRoles();
    renderPane(host, services);
    await waitFor(() => expect(services.m365.roleLookups).toEqual([[PAT]]));
    act(() => host.selectItem(second));
    await waitFor(() => expect(services.m365.roleLookups).toEqual([[PAT], [KAREN]]));
    return { forFirst, forSecond };
  }

  test("a late answer for the previous item does not overwrite the refinement of the item shown", async () => {
    const { forFirst, forSecond } = await showFirstThenSecond();
    await act(async () => forSecond.resolve(MANAGER_KAREN));
    await waitFor(() => expect(verdictOf()).toBe("one-to-one"));
    const refined = directoryStatus()?.textContent;
    expect(refined).toContain("Directory roles arrived: Karen Mitchell is Manager Casework.");

    await act(async () => forFirst.resolve(QACI_PAT));
    expect(verdictOf()).toBe("one-to-one");
    expect(directoryStatus()?.textContent).toBe(refined);
    const people = screen.getByRole("region", { name: "Who will be there" });
    expect(people).toHaveTextContent("Karen Mitchell");
    expect(people).not.toHaveTextContent("Pat Kim");
  });

  test("an answer for the previous item that comes first is never shown for the item now open", async () => {
    const { forFirst, forSecond } = await showFirstThenSecond();
    await act(async () => forFirst.resolve(QACI_PAT));
    expect(directoryStatus()).toBeNull();
    expect(verdictOf()).toBe("unclear");

    await act(async () => forSecond.resolve(MANAGER_KAREN));
    await waitFor(() => expect(verdictOf()).toBe("one-to-one"));
    expect(directoryStatus()).toHaveTextContent(
      "Directory roles arrived: Karen Mitchell is Manager Casework.",
    );
  });
});

test("only people are looked up: a booked room is never sent to the directory", async () => {
  const room = { displayName: "Wollongong CSC Room 3", emailAddress: "wollongong.room3@dcj-demo.example" };
  const host = new FakeHost({ graphClientId: CLIENT_ID, useDirectory: true, managerCasework: HELEN });
  host.item = inviteWith("with-room", {
    subject: "QAMT review",
    organizer: { displayName: "Pat Kim", emailAddress: PAT },
    requiredAttendees: [
      { displayName: "Chris Park", emailAddress: "chris.park@dcj-demo.example", recipientType: "user" },
      { ...room, recipientType: "other" },
    ],
    resources: [{ ...room, recipientType: "other" }],
    body: "QAMT review.",
  });
  const services = testServices();
  renderPane(host, services);
  await verdictRegion();
  await waitFor(() => expect(directoryStatus()).not.toBeNull());
  expect(services.m365.roleLookups).toEqual([[PAT]]);
});
