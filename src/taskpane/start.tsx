import { FluentProvider } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { HostError } from "../host";
import { createOfficeHost } from "../office/office-host";
import { whenOfficeReady } from "../office/office-ready";
import { App } from "./App";
import { BusySpinner } from "./components/basics";
import { StartupFailure } from "./components/StatusViews";
import { LIGHT_THEME, loadDarkTheme, startsDark } from "./hooks/useTheme";
import "./lightTheme.css";
import { ServicesProvider, type PaneServices } from "./services";

export const OFFICE_READY_TIMEOUT_MS = 8000;

function container(): HTMLElement {
  const existing = document.getElementById("root");
  if (existing) return existing;
  const created = document.createElement("div");
  created.id = "root";
  document.body.appendChild(created);
  return created;
}

/**
 * Starts the pane in #root: Office ready, then the host, then <App> with these services. Until
 * then a spinner; if Office never gets ready, a message and a Reload button, never a blank pane.
 */
export async function startPane(services: PaneServices): Promise<void> {
  const root = createRoot(container());
  const show = (content: ReactNode) =>
    root.render(<FluentProvider theme={LIGHT_THEME}>{content}</FluentProvider>);

  show(<BusySpinner label="Starting QA Meeting Check…" />);
  let host;
  try {
    host = createOfficeHost(await whenOfficeReady(OFFICE_READY_TIMEOUT_MS));
  } catch (error) {
    console.error("QA Meeting Check could not start", error);
    const reload = () => window.location.reload();
    show(<StartupFailure error={error instanceof HostError ? error : undefined} onReload={reload} />);
    return;
  }
  // A pane that starts dark waits for the dark theme rather than flash light first.
  if (startsDark(host, host.loadSettings().settings)) await loadDarkTheme().catch(() => undefined);
  show(
    <ServicesProvider services={services}>
      <App host={host} />
    </ServicesProvider>,
  );
}
