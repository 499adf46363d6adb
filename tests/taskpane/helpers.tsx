import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import fs from "fs";
import { axe as checkAccessibility } from "jest-axe";
import path from "path";
import type { StoredSettings } from "../../src/host";
import { App } from "../../src/taskpane/App";
import { ServicesProvider } from "../../src/taskpane/services";
import { FakeHost, INVITES_DIR, inviteFromFile } from "../support/fake-host";
import { testServices, type TestServices } from "./fake-m365";

export const EXPECTED = JSON.parse(
  fs.readFileSync(path.join(INVITES_DIR, "expected.json"), "utf8"),
) as Record<string, string[]>;

/** A host showing one test invite (or one from `folder`), with the settings the invite assumes. */
export function hostFor(name: string, settings: Partial<StoredSettings> = {}, folder?: string): FakeHost {
  const invite = inviteFromFile(name, folder);
  const host = new FakeHost({ ...invite.settings, ...settings });
  host.item = invite.item;
  return host;
}

export function renderPane(host: FakeHost, services: TestServices = testServices()) {
  const user = userEvent.setup();
  const onReload = jest.fn();
  const view = render(
    <ServicesProvider services={services}>
      <App host={host} onReload={onReload} />
    </ServicesProvider>,
  );
  return { user, onReload, services, ...view };
}

/**
 * The verdict region, once the invite has been read and checked and the sections below it (built
 * after the verdict is painted, from their own chunks) have arrived.
 */
export async function verdictRegion(): Promise<HTMLElement> {
  let region: HTMLElement | null = null;
  await waitFor(() => {
    region = document.querySelector<HTMLElement>("[data-verdict]");
    expect(region).not.toBeNull();
    expect(document.querySelector("[data-section-pending]")).toBeNull();
  });
  return region as unknown as HTMLElement;
}

export function verdictOf(): string | null {
  return document.querySelector("[data-verdict]")?.getAttribute("data-verdict") ?? null;
}

export async function openSettings(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Settings" }));
  return screen.findByRole("form", { name: "Settings" });
}

/**
 * jest-axe's check, inside act: work the pane does when the browser is idle (the record loading)
 * can land while axe runs, and React applies it as it would in the browser.
 */
export async function axe(container: Element): ReturnType<typeof checkAccessibility> {
  let results: Awaited<ReturnType<typeof checkAccessibility>> | undefined;
  await act(async () => {
    results = await checkAccessibility(container);
  });
  if (!results) throw new Error("axe gave no results");
  return results;
}
