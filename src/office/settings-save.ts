// Saving the settings: loaded when the user first saves, as it is not on the way to the first verdict.
import { HostError, type StoredSettings } from "../host";
import { officeCall } from "./office-call";
import { SETTINGS_KEY, SETTINGS_SAVE_FAILED } from "./settings-store";

/** Outlook keeps at most 32 KB of roaming settings per add-in. */
export const ROAMING_SETTINGS_LIMIT_BYTES = 32 * 1024;

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** What to shorten: the largest part of the settings, in the user's words. */
function largestPart(settings: StoredSettings): string {
  const roleCount = Object.keys(settings.roles).length;
  const parts: [string, unknown][] = [
    ["your own reply wording", settings.customTemplate],
    [`the role corrections (${roleCount} saved): remove some you no longer need`, settings.roles],
    ["your name", settings.userName],
    ["your Manager Casework's address", settings.managerCasework],
  ];
  const sized = parts.map(([label, part]) => ({ label, size: byteLength(JSON.stringify(part) ?? "") }));
  sized.sort((first, second) => second.size - first.size);
  return sized[0]?.label ?? "your settings";
}

function tooLargeError(settings: StoredSettings, size: number): HostError {
  const kilobytes = Math.ceil(size / 1024);
  return new HostError(
    `Your settings are too large for Outlook to keep (${kilobytes} KB; the limit is 32 KB), so nothing was saved. ` +
      `Shorten ${largestPart(settings)}, then save again.`,
    "SettingsTooLarge",
  );
}

/** Saves the settings under one key. Rejects with HostError, leaving what is stored untouched when too large. */
export async function saveStoredSettings(office: typeof Office, settings: StoredSettings): Promise<void> {
  const json = JSON.stringify(settings);
  const size = byteLength(JSON.stringify({ [SETTINGS_KEY]: json }));
  if (size > ROAMING_SETTINGS_LIMIT_BYTES) throw tooLargeError(settings, size);
  await officeCall<void>(
    office,
    (callback) => {
      const roamingSettings = office.context.roamingSettings;
      roamingSettings.set(SETTINGS_KEY, json);
      roamingSettings.saveAsync(callback);
    },
    SETTINGS_SAVE_FAILED,
  );
}
