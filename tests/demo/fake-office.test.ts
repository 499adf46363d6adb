import { FakeOutlook, type TimeZoneOffsetSpan } from "../../src/demo/fake-office";
import { memoryStorage } from "../support/memory-storage";
import { saveStoredSettings } from "../../src/office/settings-save";
import { loadStoredSettings, SETTINGS_SAVE_FAILED } from "../../src/office/settings-store";

describe("the demo's Outlook, when the browser cannot keep its settings", () => {
  it("reports the save as failed, so the pane says so instead of waiting for ever", async () => {
    const outlook = new FakeOutlook(
      { storage: memoryStorage(true), storageKey: "demo.settings", onReplyForm: () => undefined },
      { displayName: "Chris Nguyen", emailAddress: "chris.nguyen@dcj-demo.example" },
    );
    const settings = {
      ...loadStoredSettings(outlook.office).settings,
      managerCasework: "helen.ward@dcj-demo.example",
    };
    await expect(saveStoredSettings(outlook.office, settings)).rejects.toThrow(SETTINGS_SAVE_FAILED);
  });
});

describe("the demo's Outlook converting times to the mailbox's zone", () => {
  const user = { displayName: "Chris Nguyen", emailAddress: "chris.nguyen@dcj-demo.example" };
  const outlookWith = (timeZoneOffsets?: TimeZoneOffsetSpan[]) =>
    new FakeOutlook(
      {
        storage: memoryStorage(),
        storageKey: "demo.settings",
        onReplyForm: () => undefined,
        timeZone: "Australia/Sydney",
        ...(timeZoneOffsets ? { timeZoneOffsets } : {}),
      },
      user,
    );
  const convert = (outlook: FakeOutlook, instant: string) =>
    outlook.office.context.mailbox.convertToLocalClientTime(new Date(instant));
  // Sydney in 2026: daylight saving (UTC+11) ends 5 April, 3 am, and starts again 4 October, 2 am.
  const SYDNEY_2026: TimeZoneOffsetSpan[] = [
    { start: Date.UTC(2025, 9, 4, 16), end: Date.UTC(2026, 3, 4, 16), offsetMinutes: 660 },
    { start: Date.UTC(2026, 3, 4, 16), end: Date.UTC(2026, 9, 3, 16), offsetMinutes: 600 },
    { start: Date.UTC(2026, 9, 3, 16), end: Date.UTC(2027, 3, 3, 16), offsetMinutes: 660 },
  ];

  it.each([
    "2026-04-04T15:59:00Z",
    "2026-04-04T16:00:00Z",
    "2026-07-01T23:30:00Z",
    "2026-10-03T15:59:59Z",
    "2026-10-03T16:00:00Z",
    "2026-12-31T13:00:00Z",
  ])("gives %s the wall clock Intl gives it, from the zone's offsets as Office does", (instant) => {
    expect(convert(outlookWith(SYDNEY_2026), instant)).toEqual(convert(outlookWith(), instant));
  });

  it("takes the offset it was given for a time inside it, and asks Intl for one outside", () => {
    const utcIn2026 = [{ start: Date.UTC(2026, 0, 1), end: Date.UTC(2027, 0, 1), offsetMinutes: 0 }];
    expect(convert(outlookWith(utcIn2026), "2026-06-01T00:00:00Z")).toMatchObject({
      hours: 0,
      timezoneOffset: 0,
    });
    expect(convert(outlookWith(utcIn2026), "2030-01-01T00:00:00Z")).toMatchObject({
      hours: 11,
      timezoneOffset: 660,
    });
  });
});
