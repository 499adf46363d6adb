import type { Host } from "../taskpane/host";
import { createEventChannel } from "./event-channel";
import { graphTargetOf } from "./graph-target";
import { readItemState } from "./item-reader";
import { openReplyForm } from "./reply-form";
import { loadStoredSettings, saveStoredSettings } from "./settings-store";
import { themeOf } from "./theme";

/**
 * Some clients never fire ItemChanged for a pinned pane and run Office.onReady again instead.
 * The first call is the pane's own start; each later one means a new item to read.
 */
function onReadyAgain(office: typeof Office, listener: () => void): void {
  if (typeof office.onReady !== "function") return;
  let calls = 0;
  void Promise.resolve(
    office.onReady(() => {
      calls += 1;
      if (calls > 1) listener();
    }),
  ).catch(() => undefined);
}

/** The pane's Host in Outlook. `office` is the Office.js namespace (a mock or fake in tests and the demo). */
export function createOfficeHost(office: typeof Office): Host {
  const itemChanged = createEventChannel(office, () => office.EventType?.ItemChanged);
  const themeChanged = createEventChannel(office, () => office.EventType?.OfficeThemeChanged);
  onReadyAgain(office, itemChanged.notify);
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
