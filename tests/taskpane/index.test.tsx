/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { toHaveNoViolations } from "jest-axe";
import { FakeHost } from "../support/fake-host";
import { axe } from "./helpers";

expect.extend(toHaveNoViolations);
jest.setTimeout(30_000);

const whenOfficeReady = jest.fn<Promise<unknown>, [number]>();
const createOfficeHost = jest.fn<FakeHost, [unknown]>();

jest.mock("../../src/office/office-ready", () => ({ whenOfficeReady: (ms: number) => whenOfficeReady(ms) }));
jest.mock("../../src/office/office-host", () => ({
  createOfficeHost: (office: unknown) => createOfficeHost(office),
}));

/** Loads the entry afresh, as the page does, into a page with taskpane.html's #root. */
async function start() {
  document.body.innerHTML = '<div id="root"><p>Loading…</p></div>';
  await jest.isolateModulesAsync(async () => {
    // act from the same fresh copy of React that the entry renders with.
    const { act } = await import("react");
    await act(async () => {
      await import("../../src/taskpane/main");
      // Let the entry's promise chain (Office ready, then the host) settle inside act.
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  });
}

afterEach(() => {
  whenOfficeReady.mockReset();
  createOfficeHost.mockReset();
});

test("renders the pane in #root once Office is ready", async () => {
  const office = { context: {} };
  const host = new FakeHost();
  whenOfficeReady.mockResolvedValue(office);
  createOfficeHost.mockReturnValue(host);
  await start();
  expect(await screen.findByRole("heading", { name: "Select a meeting invite" })).toBeInTheDocument();
  expect(whenOfficeReady).toHaveBeenCalledWith(8000);
  expect(createOfficeHost).toHaveBeenCalledWith(office);
  expect(document.getElementById("root")).toContainElement(
    screen.getByRole("heading", { name: "QA Meeting Check" }),
  );
});

test("when Office never becomes ready, says so with a Reload button instead of a blank pane", async () => {
  const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
  let failure: unknown;
  // The HostError comes from the entry's own copy of src/host, as the Office adapter's would.
  whenOfficeReady.mockImplementation(async () => {
    const { HostError } = await import("../../src/host");
    failure = new HostError("Outlook did not finish starting the add-in. Close the pane and open it again.");
    throw failure;
  });
  await start();
  expect(
    await screen.findByRole("heading", { name: "QA Meeting Check could not start" }),
  ).toBeInTheDocument();
  expect(screen.getByText(/Outlook did not finish starting the add-in\./)).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Reload" })).toBeInTheDocument();
  expect(createOfficeHost).not.toHaveBeenCalled();
  expect(consoleError).toHaveBeenCalledWith("QA Meeting Check could not start", failure);
  consoleError.mockRestore();
  expect(await axe(document.body)).toHaveNoViolations();
});
