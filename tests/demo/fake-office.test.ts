import { FakeOutlook } from "../../src/demo/fake-office";
import {
  loadStoredSettings,
  saveStoredSettings,
  SETTINGS_SAVE_FAILED,
} from "../../src/office/settings-store";

/** A localStorage that has run out of room: every write throws, as browsers do. */
function fullStorage(): Storage {
  const kept = new Map<string, string>();
  return {
    get length() {
      return kept.size;
    },
    clear: () => kept.clear(),
    getItem: (key) => kept.get(key) ?? null,
    key: (index) => [...kept.keys()][index] ?? null,
    removeItem: (key) => void kept.delete(key),
    setItem: () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    },
  };
}

describe("the demo's Outlook, when the browser cannot keep its settings", () => {
  it("reports the save as failed, so the pane says so instead of waiting for ever", async () => {
    const outlook = new FakeOutlook(
      { storage: fullStorage(), storageKey: "demo.settings", onReplyForm: () => undefined },
      { displayName: "Chris Nguyen", emailAddress: "chris.nguyen@dcj-demo.example" },
    );
    const settings = {
      ...loadStoredSettings(outlook.office).settings,
      managerCasework: "helen.ward@dcj-demo.example",
    };
    await expect(saveStoredSettings(outlook.office, settings)).rejects.toThrow(SETTINGS_SAVE_FAILED);
  });
});
