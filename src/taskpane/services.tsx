import { createContext, useContext, type ReactNode } from "react";
import type { Microsoft365Loader } from "./microsoft365";
import type { RecordLoader } from "./record";

/** What the pane uses besides its Host: Microsoft 365, the local record and the clock. */
export interface PaneServices {
  loadMicrosoft365: Microsoft365Loader;
  loadRecord: RecordLoader;
  /** The build-time client id (DefinePlugin); a setting overrides it. */
  defaultClientId: string;
  now(): Date;
}

const ServicesContext = createContext<PaneServices | undefined>(undefined);

/** Gives the pane its services: main.tsx in Outlook, the demo's entry, a test's render. */
export function ServicesProvider({ services, children }: { services: PaneServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): PaneServices {
  const services = useContext(ServicesContext);
  if (!services)
    throw new Error("The pane was rendered without its services: wrap it in <ServicesProvider>.");
  return services;
}
