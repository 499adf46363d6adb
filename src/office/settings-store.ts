import { DEFAULT_POLICY_ID, isRecord } from "../core";
import * as z from "../core/zod-mini";
import { HostError, type StoredSettings } from "../host";
import { officeCall } from "./office-call";

export const SETTINGS_KEY = "qaMeetingCheck.settings";
/** Outlook keeps at most 32 KB of roaming settings per add-in. */
export const ROAMING_SETTINGS_LIMIT_BYTES = 32 * 1024;
export const SETTINGS_SAVE_FAILED =
  "Your settings could not be saved. Check your connection and try again; your changes are still in the form.";

const optionalText = z.catch(z.optional(z.string()), undefined);

/** Each field falls back on its own, so one bad value does not cost the user the others. */
const storedSettingsSchema = z.object({
  managerCasework: optionalText,
  userName: optionalText,
  roles: z.catch(z.record(z.string(), z.unknown()), {}),
  templateId: optionalText,
  customTemplate: optionalText,
  policyId: z.catch(z.string().check(z.minLength(1)), DEFAULT_POLICY_ID),
  theme: z.catch(z.enum(["auto", "light", "dark"]), "auto"),
  graphClientId: optionalText,
  useDirectory: z.catch(z.optional(z.boolean()), undefined),
  calendarWeeks: z.catch(z.optional(z.int().check(z.gte(1), z.lte(26))), undefined),
});

function rolesOf(roles: Record<string, unknown>): Record<string, string> {
  const entries = Object.entries(roles).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string",
  );
  return Object.fromEntries(entries.map(([address, role]) => [address.trim().toLowerCase(), role]));
}

type WithoutUndefined<T> = { [K in keyof T]: Exclude<T[K], undefined> };

function withoutUndefined<T extends object>(value: T): WithoutUndefined<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as WithoutUndefined<T>;
}

function storedValueOf(office: typeof Office): unknown {
  try {
    const raw: unknown = office.context.roamingSettings.get(SETTINGS_KEY);
    return typeof raw === "string" ? JSON.parse(raw) : raw;
  } catch {
    // Unreadable or corrupt settings are replaced by defaults: the user can set them again.
    return undefined;
  }
}

/** The user's settings, or defaults for anything missing or invalid. Never throws. */
export function loadStoredSettings(office: typeof Office): StoredSettings {
  const value = storedValueOf(office);
  const parsed = storedSettingsSchema.parse(isRecord(value) ? value : {});
  return withoutUndefined({ ...parsed, roles: rolesOf(parsed.roles) });
}

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
