import { FakeOutlook } from "../../src/demo/fake-office";
import { memoryStorage } from "../support/memory-storage";
import {
  loadStoredSettings,
  saveStoredSettings,
  SETTINGS_SAVE_FAILED,
} from "../../src/office/settings-store";

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
