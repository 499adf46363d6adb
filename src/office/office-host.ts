import { toHostError, type Host } from "../host";
import { supportsAppointmentForm, supportsBanner } from "./capabilities";
import { createEventChannel } from "./event-channel";
import { graphTargetOf } from "./graph-target";
import { readItemState } from "./item-reader";
import { openReplyForm, supportsReplyForm } from "./reply-form";
import { isMobile } from "./requirements";
import { loadStoredSettings, SETTINGS_SAVE_FAILED } from "./settings-store";
import { themeOf } from "./theme";

/** The pane's Host in Outlook. `office` is the Office.js namespace (a mock or fake in tests and the demo). */
/** When the code for a banner or for opening a meeting could not load (the connection dropped). */
const NOT_LOADED = {
  banner: "Outlook could not show the verdict on the invite. The check itself is not affected.",
  appointment: "Outlook could not open this meeting. Find it in your calendar instead.",
} as const;

export function createOfficeHost(office: typeof Office): Host {
  const itemChanged = createEventChannel(office, () => office.EventType?.ItemChanged);
  const themeChanged = createEventChannel(office, () => office.EventType?.OfficeThemeChanged);
  return {
    readItem: () => readItemState(office),
    onItemChanged: (listener) => itemChanged.subscribe(listener),
    loadSettings: () => loadStoredSettings(office),
    displayReplyForm: (html) => openReplyForm(office, html),
    getTheme: () => themeOf(office),
    onThemeChanged: (listener) => themeChanged.subscribe(listener),
    graphTarget: () => graphTargetOf(office),
    // These load when first used: none is on the way to the first verdict.
    saveSettings: (settings) =>
      import(/* webpackChunkName: "settings-save" */ "./settings-save").then(
        ({ saveStoredSettings }) => saveStoredSettings(office, settings),
        (error: unknown) => {
          throw toHostError(error, SETTINGS_SAVE_FAILED);
        },
      ),
    showBanner: (itemId, text) =>
      import(/* webpackChunkName: "office-banner" */ "./banner").then(
        ({ showBanner }) => showBanner(office, itemId, text),
        () => ({ outcome: "not-shown", reason: NOT_LOADED.banner }),
      ),
    openAppointment: (restId) =>
      import(/* webpackChunkName: "office-appointment" */ "./appointment-form").then(
        ({ openAppointment }) => openAppointment(office, restId),
        (error: unknown) => {
          throw toHostError(error, NOT_LOADED.appointment);
        },
      ),
    capabilities: () => ({
      banner: supportsBanner(office),
      openAppointment: supportsAppointmentForm(office),
      replyForm: supportsReplyForm(office),
      mobile: isMobile(office),
    }),
  };
}
