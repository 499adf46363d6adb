import { createContext, useContext } from "react";
import { DEFAULT_CLIENT_ID } from "../graph/client-id";
import { createLocalStorage } from "../record/storage";
import { createMeetingRecord, type MeetingRecord } from "../record/meeting-record";
import { loadMicrosoft365, type Microsoft365Loader } from "./microsoft365";

/** What the pane uses besides its Host: Microsoft 365 and the local record. Injectable for tests. */
export interface PaneServices {
  loadMicrosoft365: Microsoft365Loader;
  record: MeetingRecord;
  /** The build-time client id (DefinePlugin); a setting overrides it. */
  defaultClientId: string;
  now(): Date;
}

let defaults: PaneServices | undefined;

/** The real services, made on first use (the record reads localStorage then). */
export function defaultServices(): PaneServices {
  defaults ??= {
    loadMicrosoft365,
    record: createMeetingRecord(createLocalStorage()),
    defaultClientId: DEFAULT_CLIENT_ID,
    now: () => new Date(),
  };
  return defaults;
}

export const ServicesContext = createContext<PaneServices | undefined>(undefined);

export function useServices(): PaneServices {
  return useContext(ServicesContext) ?? defaultServices();
}
