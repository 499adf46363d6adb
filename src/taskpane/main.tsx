import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createOfficeHost } from "../office/office-host";
import { whenOfficeReady } from "../office/office-ready";
import { App } from "./App";
import { HostError } from "../host";
import { StartupFailure } from "./components/StatusViews";

const OFFICE_READY_TIMEOUT_MS = 8000;

function container(): HTMLElement {
  const existing = document.getElementById("root");
  if (existing) return existing;
  const created = document.createElement("div");
  created.id = "root";
  document.body.appendChild(created);
  return created;
}

/** A HostError, even from another copy of the module (the name survives where the class may not). */
function isHostError(error: unknown): error is HostError {
  return error instanceof HostError || (error instanceof Error && error.name === "HostError");
}

const root = createRoot(container());
const reload = () => window.location.reload();

root.render(
  <FluentProvider theme={webLightTheme}>
    <Spinner label="Starting QA Meeting Check…" />
  </FluentProvider>,
);

whenOfficeReady(OFFICE_READY_TIMEOUT_MS)
  .then((office) => createOfficeHost(office))
  .then(
    (host) => {
      root.render(
        <FluentProvider theme={webLightTheme}>
          <App host={host} />
        </FluentProvider>,
      );
    },
    (error: unknown) => {
      console.error("QA Meeting Check could not start", error);
      root.render(
        <FluentProvider theme={webLightTheme}>
          <StartupFailure error={isHostError(error) ? error : undefined} onReload={reload} />
        </FluentProvider>,
      );
    },
  );
