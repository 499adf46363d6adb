import { DEFAULT_POLICY_ID, isRecord } from "../core";
import * as z from "../core/zod-mini";
import { HostError, type LoadedSettings, type StoredSettings } from "../host";
import { officeCall } from "./office-call";

export const SETTINGS_KEY = "qaMeetingCheck.settings";
/** Outlook keeps at most 32 KB of roaming settings per add-in. */
export const ROAMING_SETTINGS_LIMIT_BYTES = 32 * 1024;
export const SETTINGS_SAVE_FAILED =
  "Your settings could not be saved. Check your connection and try again; your changes are still in the form.";

/** What each stored field must be; a field that is not falls back to its default on its own. */
const fieldSchemas = {
  managerCasework: z.optional(z.string()),
  userName: z.optional(z.string()),
  roles: z.record(z.string(), z.string()),
  templateId: z.optional(z.string()),
  customTemplate: z.optional(z.string()),
  policyId: z.string().check(z.minLength(1)),
  theme: z.enum(["auto", "light", "dark"]),
  graphClientId: z.optional(z.string()),
  useDirectory: z.optional(z.boolean()),
};

/** Each field falls back on its own, so one bad value does not cost the user the others. */
const storedSettingsSchema = z.object({
  managerCasework: z.catch(fieldSchemas.managerCasework, undefined),
  userName: z.catch(fieldSchemas.userName, undefined),
  // Good role corrections are kept beside a bad one.
  roles: z.catch(z.record(z.string(), z.unknown()), {}),
  templateId: z.catch(fieldSchemas.templateId, undefined),
  customTemplate: z.catch(fieldSchemas.customTemplate, undefined),
  policyId: z.catch(fieldSchemas.policyId, DEFAULT_POLICY_ID),
  theme: z.catch(fieldSchemas.theme, "auto"),
  graphClientId: z.catch(fieldSchemas.graphClientId, undefined),
  useDirectory: z.catch(fieldSchemas.useDirectory, undefined),
});

/** Each field as the user knows it, for saying which could not be read. */
const FIELD_NAMES: Readonly<Record<keyof typeof fieldSchemas, string>> = {
  managerCasework: "your Manager Casework's address",
  userName: "your name",
  roles: "the role corrections",
  templateId: "the reply chosen",
  customTemplate: "your own reply wording",
  policyId: "the policy",
  theme: "the theme",
  graphClientId: "the Microsoft 365 app id",
  useDirectory: "the directory look-up choice",
};

/** Copies of stored settings that could not be read, kept on this device rather than lost. */
export const SETTINGS_SET_ASIDE_KEY = "qaMeetingCheck.settings.setAside";
const MAX_SET_ASIDE = 5;

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

type Stored = { raw: unknown; value: unknown; readable: boolean };

function storedValueOf(office: typeof Office): Stored {
  let raw: unknown;
  try {
    raw = office.context.roamingSettings.get(SETTINGS_KEY);
    return { raw, value: typeof raw === "string" ? JSON.parse(raw) : raw, readable: true };
  } catch {
    return { raw, value: undefined, readable: false };
  }
}

/** The names of the fields that were stored but could not be read. */
function unreadFields(value: Record<string, unknown>): string[] {
  return (Object.keys(fieldSchemas) as (keyof typeof fieldSchemas)[])
    .filter((key) => key in value && !z.safeParse(fieldSchemas[key], value[key]).success)
    .map((key) => FIELD_NAMES[key]);
}

/** Keeps an unreadable copy on this device. Whether it could. */
function setAside(raw: unknown, storage: Storage | undefined): boolean {
  if (!storage || raw === undefined) return false;
  try {
    const copy = typeof raw === "string" ? raw : JSON.stringify(raw);
    const kept: unknown = JSON.parse(storage.getItem(SETTINGS_SET_ASIDE_KEY) ?? "[]");
    const copies = Array.isArray(kept) ? kept.filter((entry) => typeof entry === "string") : [];
    if (!copies.includes(copy)) {
      storage.setItem(SETTINGS_SET_ASIDE_KEY, JSON.stringify([...copies, copy].slice(-MAX_SET_ASIDE)));
    }
    return true;
  } catch {
    return false;
  }
}

function unreadMessage(what: string | undefined, keptAside: boolean): string {
  const lead = what
    ? `Some of your saved settings could not be read (${what}), so those are back to their defaults.`
    : "Your saved settings could not be read, so the defaults are in use until you save new ones.";
  return keptAside ? `${lead} The unreadable copy is kept on this device, not deleted.` : lead;
}

function deviceStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The user's settings, or defaults for anything missing or invalid; what could not be read is
 * kept aside on this device and reported. Never throws.
 */
export function loadStoredSettings(office: typeof Office, storage = deviceStorage()): LoadedSettings {
  const stored = storedValueOf(office);
  const value = isRecord(stored.value) ? stored.value : {};
  const parsed = storedSettingsSchema.parse(value);
  const settings = withoutUndefined({ ...parsed, roles: rolesOf(parsed.roles) });
  const unreadable = !stored.readable || (stored.raw !== undefined && !isRecord(stored.value));
  const fields = unreadable ? [] : unreadFields(value);
  if (!unreadable && fields.length === 0) return { settings };
  const what = fields.length > 0 ? fields.join(", ") : undefined;
  return { settings, unread: unreadMessage(what, setAside(stored.raw, storage)) };
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
