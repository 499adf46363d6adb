import type { Host } from "../host";
import { createEventChannel } from "./event-channel";
import { graphTargetOf } from "./graph-target";
import { readItemState } from "./item-reader";
import { openReplyForm } from "./reply-form";
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
  };
}
