/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import { toHaveNoViolations } from "jest-axe";
import { webDarkTheme } from "@fluentui/react-components";
import { analyze, builtInPolicy, parseSnapshot } from "../../src/core";
import { templateValues } from "../../src/core/reply";
import { FakeHost, HostError, inviteFromFile } from "../support/fake-host";
import { axe, hostFor, openSettings, renderPane, verdictOf, verdictRegion } from "./helpers";

expect.extend(toHaveNoViolations);
// Fluent's DOM is large, and axe and typing through user-event take a while in jsdom.
jest.setTimeout(30_000);

const WITHDRAWN = "psa-2022-09-withdrawn";

test("a settings save that fails shows the message and keeps everything typed", async () => {
  const host = hostFor("qamt-panel");
  host.saveError = new HostError("Outlook could not save your settings: you are offline.");
  const { user, container } = renderPane(host);
  await verdictRegion();
  const form = await openSettings(user);
  await user.type(within(form).getByRole("textbox", { name: "My name, to sign replies" }), "Chris P.");
  await user.selectOptions(
    within(form).getByRole("combobox", { name: /My Manager Casework/ }),
    "Helen Ward (helen.ward@dcj-demo.example)",
  );
  await user.click(within(form).getByRole("radio", { name: "Dark" }));
  await user.click(within(form).getByRole("button", { name: "Save settings" }));

  const failure = await within(form).findByText(
    /Your settings could not be saved: Outlook could not save your settings: you are offline\./,
  );
  expect(failure.closest("[data-settings-outcome]")).toHaveAttribute("data-settings-outcome", "failed");
  expect(within(form).getByRole("textbox", { name: "My name, to sign replies" })).toHaveValue("Chris P.");
  expect(within(form).getByRole("combobox", { name: /My Manager Casework/ })).toHaveValue(
    "helen.ward@dcj-demo.example",
  );
  expect(within(form).getByRole("radio", { name: "Dark" })).toBeChecked();
  expect(host.saved).toHaveLength(0);
  expect(await axe(container)).toHaveNoViolations();

  host.saveError = undefined;
  await user.click(within(form).getByRole("button", { name: "Save settings" }));
  expect(await within(form).findByText("Settings saved.")).toHaveAttribute("data-settings-outcome", "saved");
  expect(host.saved[0]).toMatchObject({
    userName: "Chris P.",
    managerCasework: "helen.ward@dcj-demo.example",
    theme: "dark",
  });
  expect(screen.getByRole<HTMLTextAreaElement>("textbox", { name: /Reply text/ }).value).toMatch(
    /Chris P\.$/,
  );
});

test("choosing my Manager Casework from the invite and saving changes the verdict", async () => {
  const host = hostFor("qamt-panel");
  const { user } = renderPane(host);
  await verdictRegion();
  const form = await openSettings(user);
  await user.selectOptions(
    within(form).getByRole("combobox", { name: /My Manager Casework/ }),
    "Someone else (type their address)",
  );
  const address = within(form).getByRole("textbox", { name: "My Manager Casework's e-mail address" });
  await user.type(address, "not an address");
  expect(within(form).getByText(/Type an e-mail address/)).toBeInTheDocument();
  await user.click(within(form).getByRole("button", { name: "Save settings" }));
  expect(host.saved).toHaveLength(0);

  await user.clear(address);
  await user.type(address, "Helen.Ward@dcj-demo.example");
  await user.click(within(form).getByRole("button", { name: "Save settings" }));
  await waitFor(() => expect(host.saved[0]?.managerCasework).toBe("Helen.Ward@dcj-demo.example"));
  const helen = screen.getByRole("heading", { name: "Helen Ward" }).closest("li") as HTMLElement;
  expect(helen).toHaveTextContent("Your Manager Casework");
});

test("my own wording shows a live preview and a syntax error without throwing", async () => {
  const host = hostFor("qamt-panel", { userName: "Chris" });
  const { user } = renderPane(host);
  await verdictRegion();
  const form = await openSettings(user);
  const wording = within(form).getByRole("textbox", { name: /My own reply wording/ });
  await user.click(wording);
  await user.paste("Dear {{organizerFirstName}}, not {{subject}}. {{userName}}");
  expect(within(form).getByTestId("wording-preview")).toHaveTextContent("Dear Helen, not QAMT Review. Chris");

  await user.paste(" {{#oops}}");
  expect(within(form).getByText(/The wording has a mistake: Unclosed section "oops"/)).toBeInTheDocument();
  expect(within(form).queryByTestId("wording-preview")).not.toBeInTheDocument();

  await user.type(wording, "{Backspace}".repeat(" {{#oops}}".length));
  await user.click(within(form).getByRole("button", { name: "Save settings" }));
  await waitFor(() =>
    expect(host.saved[0]?.customTemplate).toBe("Dear {{organizerFirstName}}, not {{subject}}. {{userName}}"),
  );
  await user.selectOptions(
    screen.getByRole("combobox", { name: "Reply template" }),
    "My own wording (from Settings)",
  );
  expect(screen.getByRole("textbox", { name: /Reply text/ })).toHaveValue(
    "Dear Helen, not QAMT Review. Chris",
  );
});

test("a withdrawn policy changes the standing, the advice and the templates", async () => {
  const host = hostFor("qamt-panel");
  const { user, container } = renderPane(host);
  await verdictRegion();
  expect(screen.getByRole("combobox", { name: "Reply template" })).toHaveTextContent(
    "Decline, citing the PSA direction",
  );

  const form = await openSettings(user);
  await user.selectOptions(
    within(form).getByRole("combobox", { name: "Policy in use" }),
    "PSA direction on QA review meetings (September 2022), withdrawn",
  );
  await user.click(within(form).getByRole("button", { name: "Save settings" }));
  await waitFor(() => expect(host.saved[0]?.policyId).toBe(WITHDRAWN));

  const region = await verdictRegion();
  expect(region).toHaveTextContent("The PSA has withdrawn its direction not to attend");
  const directive = screen.getByRole("region", { name: "The PSA direction" });
  expect(directive).toHaveAttribute("data-directive-status", "withdrawn");
  expect(directive).toHaveTextContent("Withdrawn");
  expect(directive).toHaveTextContent("The PSA has withdrawn this direction.");
  expect(within(directive).getByRole("link", { name: "Check the PSA's current position" })).toHaveAttribute(
    "href",
    "https://psa.asn.au/quality-assurance-meeting-power-imbalance-and-caseworkers-disrespected/",
  );
  expect(within(directive).getByRole("link", { name: "Read the original direction" })).toHaveAttribute(
    "rel",
    "noopener",
  );
  const templates = screen.getByRole("combobox", { name: "Reply template" });
  expect(templates).not.toHaveTextContent("Decline, citing the PSA direction");
  expect(templates).toHaveTextContent("Ask for one-to-one or the agreed guidelines");
  expect(screen.getByRole<HTMLTextAreaElement>("textbox", { name: /Reply text/ }).value).toContain(
    "agreed guidelines and Terms of Reference",
  );
  expect(await axe(container)).toHaveNoViolations();
});

test("an unknown policy id falls back to the default and says so", async () => {
  const host = hostFor("qamt-panel", { policyId: "psa-2030-01" });
  renderPane(host);
  await verdictRegion();
  expect(verdictOf()).toBe("directive-applies");
  expect(screen.getByText(/Your settings name a policy this version cannot use/)).toHaveTextContent(
    '"psa-2030-01" is not a built-in policy',
  );
});

describe("the theme", () => {
  // Light is the pane's stylesheet (lightTheme.css, not loaded in jsdom; tests/browser checks the
  // colours): the provider then sets no colour of its own. Dark is the provider's.
  const LIGHT = "";

  function providerTheme(container: HTMLElement): string {
    const provider = container.querySelector(".fui-FluentProvider main")?.parentElement;
    if (!provider) throw new Error("no FluentProvider");
    return getComputedStyle(provider).getPropertyValue("--colorNeutralBackground1").trim();
  }

  test("Auto follows Outlook as its theme changes; Dark overrides it", async () => {
    const host = new FakeHost();
    const { container, user } = renderPane(host);
    await screen.findByRole("heading", { name: "Select a meeting invite" });
    await waitFor(() => expect(providerTheme(container)).toBe(LIGHT));
    act(() => host.setTheme("dark"));
    await waitFor(() => expect(providerTheme(container)).toBe(webDarkTheme.colorNeutralBackground1));

    act(() => host.setTheme("light"));
    await waitFor(() => expect(providerTheme(container)).toBe(LIGHT));
    const form = await openSettings(user);
    await user.click(within(form).getByRole("radio", { name: "Dark" }));
    await user.click(within(form).getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(providerTheme(container)).toBe(webDarkTheme.colorNeutralBackground1));
  });
});

test("the wording hint names every placeholder a reply can use, and each one fills in the preview", async () => {
  const host = hostFor("qamt-panel");
  const { user } = renderPane(host);
  await verdictRegion();
  const form = await openSettings(user);
  const wording = within(form).getByRole("textbox", { name: /My own reply wording/ });
  const invite = inviteFromFile("qamt-panel").item;
  if (invite.kind !== "invite") throw new Error("qamt-panel is an invite");
  const snapshot = parseSnapshot(invite.snapshot);
  const policy = builtInPolicy();
  const filled = templateValues(snapshot, analyze(snapshot, policy), policy);

  const hint = wording.getAttribute("aria-describedby") ?? "";
  const hintText = hint
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");
  expect(Object.keys(filled).filter((name) => !hintText.includes(`{{${name}}}`))).toEqual([]);

  await user.click(wording);
  await user.paste(
    Object.keys(filled)
      .map((name) => `[{{${name}}}]`)
      .join(""),
  );
  const preview = await within(form).findByTestId("wording-preview");
  expect(preview.textContent).not.toContain("[]");
});

test("settings that could not be read are reported until new ones are saved", async () => {
  const host = hostFor("qamt-panel");
  host.unread =
    "Some of your saved settings could not be read (the theme), so those are back to their defaults.";
  const { user } = renderPane(host);
  await verdictRegion();
  expect(screen.getByText(/could not be read \(the theme\)/)).toBeInTheDocument();

  const form = await openSettings(user);
  await user.click(within(form).getByRole("radio", { name: "Dark" }));
  await user.click(within(form).getByRole("button", { name: "Save settings" }));
  await within(form).findByText("Settings saved.");
  expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
});
