import type { Host } from "../host";
import { openAppointment, supportsAppointmentForm } from "./appointment-form";
import { showBanner, supportsBanner } from "./banner";
import { createEventChannel } from "./event-channel";
import { graphTargetOf } from "./graph-target";
import { readItemState } from "./item-reader";
import { openReplyForm, supportsReplyForm } from "./reply-form";
import { isMobile } from "./requirements";
import { loadStoredSettings, saveStoredSettings } from "./settings-store";
import { themeOf } from "./theme";

/** The pane's Host in Outlook. `office` is the Office.js namespace (a mock or fake in tests and the demo). */
export function createOfficeHost(office: typeof Office): Host {
  const itemChanged = createEventChannel(office, () => office.EventType?.ItemChanged);
  const themeChanged = createEventChannel(office, () => office.EventType?.OfficeThemeChanged);
  return {
    readItem: () => readItemState(office),
    onItemChanged: (listener) => itemChanged.subscribe(listener),
    loadSettings: () => loadStoredSettings(office),
    saveSettings: (settings) => saveStoredSettings(office, settings),
    displayReplyForm: (html) => openReplyForm(office, html),
    getTheme: () => themeOf(office),
    onThemeChanged: (listener) => themeChanged.subscribe(listener),
    graphTarget: () => graphTargetOf(office),
    showBanner: (itemId, text) => showBanner(office, itemId, text),
    openAppointment: (restId) => openAppointment(office, restId),
    capabilities: () => ({
      banner: supportsBanner(office),
      openAppointment: supportsAppointmentForm(office),
      replyForm: supportsReplyForm(office),
      mobile: isMobile(office),
    }),
  };
}
