import { DEFAULT_POLICY_ID } from "../../src/core";
import { createOfficeHost } from "../../src/office/office-host";
import {
  loadStoredSettings,
  SETTINGS_KEY,
  SETTINGS_SAVE_FAILED,
  SETTINGS_SET_ASIDE_KEY,
} from "../../src/office/settings-store";
import { HostError, type StoredSettings } from "../../src/host";
import { memoryStorage } from "../support/memory-storage";
import { failed, fakeOffice, NETWORK_ERROR, roamingSettingsOf } from "./office-fake";

const DEFAULTS: StoredSettings = { roles: {}, policyId: DEFAULT_POLICY_ID, theme: "auto" };

const SAVED: StoredSettings = {
  managerCasework: "helen.ward@dcj-demo.example",
  userName: "Chris Park",
  roles: { "sam.lee@dcj-demo.example": "casework-specialist" },
  templateId: "polite-decline",
  customTemplate: "Hi {{organizerFirstName}}, I will not attend.",
  policyId: DEFAULT_POLICY_ID,
  theme: "dark",
};

function hostWith(stored: Record<string, unknown>, saveResult?: unknown) {
  const roaming = roamingSettingsOf(stored, saveResult);
  return { host: createOfficeHost(fakeOffice({ roamingSettings: roaming.data })), roaming };
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("loadSettings", () => {
  it.each([
    ["nothing stored", undefined],
    ["text that is not JSON", "{not json"],
    ["a number", 42],
    ["a JSON array", "[1,2,3]"],
    ["JSON null", "null"],
    [
      "fields of the wrong kind",
      JSON.stringify({ roles: "admin", policyId: 7, theme: "purple", userName: 3 }),
    ],
  ])("gives the defaults for %s", (_label, stored) => {
    const { host } = hostWith(stored === undefined ? {} : { [SETTINGS_KEY]: stored });
    expect(host.loadSettings().settings).toEqual(DEFAULTS);
  });

  it("keeps the valid fields when only some are bad", () => {
    const { host } = hostWith({
      [SETTINGS_KEY]: JSON.stringify({
        managerCasework: "helen.ward@dcj-demo.example",
        theme: "purple",
        policyId: "",
      }),
    });
    expect(host.loadSettings().settings).toEqual({
      ...DEFAULTS,
      managerCasework: "helen.ward@dcj-demo.example",
    });
  });

  it("lower-cases role addresses and drops roles that are not text", () => {
    const roles = { "Sam.Lee@DCJ-demo.example": "casework-specialist", "x@dcj-demo.example": 5 };
    const { host } = hostWith({ [SETTINGS_KEY]: JSON.stringify({ roles }) });
    expect(host.loadSettings().settings.roles).toEqual({ "sam.lee@dcj-demo.example": "casework-specialist" });
  });

  it("never throws, even when Outlook's roaming settings throw", () => {
    const roaming = roamingSettingsOf();
    roaming.data.get = () => {
      throw new Error("settings unavailable");
    };
    const host = createOfficeHost(fakeOffice({ roamingSettings: roaming.data }));
    expect(host.loadSettings().settings).toEqual(DEFAULTS);
  });
});

describe("saveSettings", () => {
  it("saves under one key so the next load gives the same settings back", async () => {
    const { host, roaming } = hostWith({});
    await host.saveSettings(SAVED);

    expect(roaming.saveAsync).toHaveBeenCalledTimes(1);
    expect([...roaming.persisted.keys()]).toEqual([SETTINGS_KEY]);
    const reopened = hostWith(Object.fromEntries(roaming.persisted)).host;
    expect(reopened.loadSettings().settings).toEqual(SAVED);
  });

  it("rejects with a HostError when Outlook cannot save, keeping what was stored before", async () => {
    const before = JSON.stringify({ ...DEFAULTS, userName: "Before" });
    const { host, roaming } = hostWith({ [SETTINGS_KEY]: before }, failed(NETWORK_ERROR));

    const error = await rejectionOf(host.saveSettings(SAVED));

    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ message: SETTINGS_SAVE_FAILED, code: "9041 NetworkError" });
    expect(roaming.persisted.get(SETTINGS_KEY)).toBe(before);
  });

  it("rejects settings over Outlook's 32 KB without storing anything, and says to shorten the reply wording", async () => {
    const before = JSON.stringify(SAVED);
    const { host, roaming } = hostWith({ [SETTINGS_KEY]: before });

    const error = await rejectionOf(
      host.saveSettings({ ...SAVED, customTemplate: "Dear colleague. ".repeat(2500) }),
    );

    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(/too large.*32 KB.*Shorten your own reply wording/s);
    expect(roaming.set).not.toHaveBeenCalled();
    expect(roaming.saveAsync).not.toHaveBeenCalled();
    expect(host.loadSettings().settings).toEqual(SAVED);
  });

  it("names the role corrections when they are what makes the settings too large", async () => {
    const roles = Object.fromEntries(
      Array.from({ length: 800 }, (_, index) => [`person.${index}@dcj-demo.example`, "casework-specialist"]),
    );
    const { host, roaming } = hostWith({});

    const error = await rejectionOf(host.saveSettings({ ...DEFAULTS, roles }));

    expect((error as HostError).message).toMatch(/role corrections \(800 saved\)/);
    expect(roaming.set).not.toHaveBeenCalled();
  });

  it("saves settings just under the limit", async () => {
    const { host, roaming } = hostWith({});
    await host.saveSettings({ ...DEFAULTS, customTemplate: "x".repeat(31 * 1024) });
    expect(roaming.persisted.has(SETTINGS_KEY)).toBe(true);
  });

  it("counts the limit in UTF-8 bytes, as Outlook does: non-ASCII wording fills it sooner", async () => {
    // 11,000 characters either way: as ASCII about 11 KB, as "€" (3 bytes in UTF-8) about 33 KB.
    const ascii = hostWith({});
    await ascii.host.saveSettings({ ...DEFAULTS, customTemplate: "E".repeat(11_000) });
    expect(ascii.roaming.persisted.has(SETTINGS_KEY)).toBe(true);

    const euros = hostWith({});
    const error = await rejectionOf(
      euros.host.saveSettings({ ...DEFAULTS, customTemplate: "€".repeat(11_000) }),
    );
    expect(error).toMatchObject({ code: "SettingsTooLarge" });
    expect((error as HostError).message).toMatch(/\(33 KB; the limit is 32 KB\)/);
    expect(euros.roaming.set).not.toHaveBeenCalled();
  });
});

describe("Microsoft 365 settings", () => {
  it("keeps the directory opt-in and the client id across a save and a load", async () => {
    const { host } = hostWith({});
    const settings: StoredSettings = {
      ...DEFAULTS,
      useDirectory: true,
      graphClientId: "11111111-2222-3333-4444-555555555555",
    };
    await host.saveSettings(settings);
    expect(host.loadSettings().settings).toEqual(settings);
  });

  it("drops a directory opt-in that is not true or false, so look-ups stay off", () => {
    const { host } = hostWith({
      [SETTINGS_KEY]: JSON.stringify({ ...DEFAULTS, useDirectory: "yes", graphClientId: 7 }),
    });
    const loaded = host.loadSettings().settings;
    expect(loaded.useDirectory).toBeUndefined();
    expect(loaded.graphClientId).toBeUndefined();
    expect(loaded.policyId).toBe(DEFAULT_POLICY_ID);
  });
});

describe("the span Check my calendar reads", () => {
  it("keeps a span of whole weeks across a save and a load", async () => {
    const { host } = hostWith({});
    await host.saveSettings({ ...DEFAULTS, calendarWeeks: 8 });
    expect(host.loadSettings().settings.calendarWeeks).toBe(8);
  });

  it.each([0, 2.5, 52, "4"])("drops a span of %p, so the default four weeks apply", (calendarWeeks) => {
    const { host } = hostWith({ [SETTINGS_KEY]: JSON.stringify({ ...DEFAULTS, calendarWeeks }) });
    const loaded = host.loadSettings().settings;
    expect(loaded.calendarWeeks).toBeUndefined();
    expect(loaded.policyId).toBe(DEFAULT_POLICY_ID);
  });
});

describe("settings that could not be read", () => {
  const officeWith = (stored: unknown) =>
    fakeOffice({ roamingSettings: roamingSettingsOf({ [SETTINGS_KEY]: stored }).data });

  it("says the settings could not be read, and keeps the unreadable copy on this device", () => {
    const storage = memoryStorage();
    const loaded = loadStoredSettings(officeWith("{not json"), storage);
    expect(loaded.settings).toEqual(DEFAULTS);
    expect(loaded.unread).toBe(
      "Your saved settings could not be read, so the defaults are in use until you save new ones. " +
        "The unreadable copy is kept on this device, not deleted.",
    );
    expect(JSON.parse(storage.kept.get(SETTINGS_SET_ASIDE_KEY) ?? "[]")).toEqual(["{not json"]);
  });

  it("names the fields that fell back, and loads the rest", () => {
    const stored = JSON.stringify({
      managerCasework: "helen.ward@dcj-demo.example",
      theme: "purple",
      userName: 3,
    });
    const loaded = loadStoredSettings(officeWith(stored), memoryStorage());
    expect(loaded.settings.managerCasework).toBe("helen.ward@dcj-demo.example");
    expect(loaded.unread).toMatch(/^Some of your saved settings could not be read \(your name, the theme\)/);
  });

  it("keeps one copy however often the same settings are loaded", () => {
    const storage = memoryStorage();
    loadStoredSettings(officeWith("{not json"), storage);
    loadStoredSettings(officeWith("{not json"), storage);
    expect(JSON.parse(storage.kept.get(SETTINGS_SET_ASIDE_KEY) ?? "[]")).toHaveLength(1);
  });

  it("does not claim a copy was kept when this device's storage is full", () => {
    const loaded = loadStoredSettings(officeWith("{not json"), memoryStorage(true));
    expect(loaded.unread).not.toMatch(/kept/);
  });

  it("says nothing when the settings were read whole", () => {
    const loaded = loadStoredSettings(officeWith(JSON.stringify(SAVED)), memoryStorage());
    expect(loaded).toEqual({ settings: SAVED });
  });
});
