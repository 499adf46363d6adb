import { DEFAULT_POLICY_ID, isRecord } from "../core";
import type { LoadedSettings, StoredSettings, ThemeChoice } from "../host";

export const SETTINGS_KEY = "qaMeetingCheck.settings";
export const SETTINGS_SAVE_FAILED =
  "Your settings could not be saved. Check your connection and try again; your changes are still in the form.";

/** Whether a stored value can be used as is. */
type Check = (value: unknown) => boolean;

const THEMES: readonly ThemeChoice[] = ["auto", "light", "dark"];
const isText: Check = (value) => typeof value === "string";
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);

/**
 * What each stored field must be; a field that is not falls back to its default on its own.
 * Plain checks rather than a schema, so the pane starts without zod.
 */
const fieldChecks = {
  managerCasework: optional(isText),
  userName: optional(isText),
  roles: (value: unknown) => isRecord(value) && Object.values(value).every(isText),
  templateId: optional(isText),
  customTemplate: optional(isText),
  policyId: (value: unknown) => typeof value === "string" && value.length > 0,
  theme: (value: unknown) => THEMES.some((theme) => theme === value),
  graphClientId: optional(isText),
  useDirectory: optional((value) => typeof value === "boolean"),
  calendarWeeks: optional((value) => Number.isInteger(value) && Number(value) >= 1 && Number(value) <= 26),
} satisfies Readonly<Record<keyof StoredSettings, Check>>;

/** A field's stored value if it passes its check, else `fallback`. */
function field<T>(value: Record<string, unknown>, key: keyof typeof fieldChecks, fallback: T): T {
  return fieldChecks[key](value[key]) ? (value[key] as T) : fallback;
}

/** Each field falls back on its own, so one bad value does not cost the user the others. */
function storedSettingsOf(value: Record<string, unknown>) {
  return {
    managerCasework: field<string | undefined>(value, "managerCasework", undefined),
    userName: field<string | undefined>(value, "userName", undefined),
    // Good role corrections are kept beside a bad one.
    roles: isRecord(value.roles) ? value.roles : {},
    templateId: field<string | undefined>(value, "templateId", undefined),
    customTemplate: field<string | undefined>(value, "customTemplate", undefined),
    policyId: field<string>(value, "policyId", DEFAULT_POLICY_ID),
    theme: field<ThemeChoice>(value, "theme", "auto"),
    graphClientId: field<string | undefined>(value, "graphClientId", undefined),
    useDirectory: field<boolean | undefined>(value, "useDirectory", undefined),
    calendarWeeks: field<number | undefined>(value, "calendarWeeks", undefined),
  };
}

/** Each field as the user knows it, for saying which could not be read. */
const FIELD_NAMES: Readonly<Record<keyof typeof fieldChecks, string>> = {
  managerCasework: "your Manager Casework's address",
  userName: "your name",
  roles: "the role corrections",
  templateId: "the reply chosen",
  customTemplate: "your own reply wording",
  policyId: "the policy",
  theme: "the theme",
  graphClientId: "the Microsoft 365 app id",
  useDirectory: "the directory look-up choice",
  calendarWeeks: "how many weeks Check my calendar reads",
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
  return (Object.keys(fieldChecks) as (keyof typeof fieldChecks)[])
    .filter((key) => key in value && !fieldChecks[key](value[key]))
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
  const parsed = storedSettingsOf(value);
  const settings = withoutUndefined({ ...parsed, roles: rolesOf(parsed.roles) });
  const unreadable = !stored.readable || (stored.raw !== undefined && !isRecord(stored.value));
  const fields = unreadable ? [] : unreadFields(value);
  if (!unreadable && fields.length === 0) return { settings };
  const what = fields.length > 0 ? fields.join(", ") : undefined;
  return { settings, unread: unreadMessage(what, setAside(stored.raw, storage)) };
}
