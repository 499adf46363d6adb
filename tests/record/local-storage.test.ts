/** @jest-environment jsdom */
import { createMeetingRecord } from "../../src/record/meeting-record";
import { createLocalStorage, RECORD_STORAGE_KEY, STORAGE_MESSAGES } from "../../src/record/storage";
import type { RecordEntry } from "../../src/record/entry";
import { recordedEntry } from "../support/record-entry";

const ENTRY: RecordEntry = recordedEntry({
  roles: ["QACI"],
  reasons: ['QAMT: "QAMT review"'],
  action: "ignored",
});

afterEach(() => {
  localStorage.clear();
  jest.restoreAllMocks();
});

describe("the record in localStorage", () => {
  it("is there the next time the pane opens", () => {
    createMeetingRecord(createLocalStorage()).add(ENTRY);
    expect(localStorage.getItem(RECORD_STORAGE_KEY)).toContain("QAMT review");
    expect(createMeetingRecord(createLocalStorage()).entries()).toEqual([ENTRY]);
  });

  it("says the device is full, and still keeps the record in memory, when the quota is exceeded", () => {
    jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const record = createMeetingRecord(createLocalStorage());
    const saved = record.add(ENTRY);
    expect(saved).toEqual({ ok: false, problem: { kind: "full", message: STORAGE_MESSAGES.full } });
    expect(record.entries()).toEqual([ENTRY]);
    expect(record.toCsv()).toContain("QAMT review");
  });

  it("works in memory and says why when storage is turned off", () => {
    const storage = createLocalStorage(RECORD_STORAGE_KEY, () => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    const record = createMeetingRecord(storage);
    expect(record.loadProblem).toEqual({ kind: "unavailable", message: STORAGE_MESSAGES.unavailable });
    expect(record.add(ENTRY)).toMatchObject({ ok: false, problem: { kind: "unavailable" } });
    record.setAction("AAMk-1", "declined");
    expect(record.entries()[0]?.action).toBe("declined");
  });

  it("tells the pane when another window changes the record, and shows that window's entries", () => {
    const here = createMeetingRecord(createLocalStorage());
    const heard = jest.fn();
    const unsubscribe = here.onChange(heard);
    // Another window's pane writes (its storage event is what this window receives).
    createMeetingRecord(createLocalStorage()).add(ENTRY);
    window.dispatchEvent(new StorageEvent("storage", { key: RECORD_STORAGE_KEY }));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(here.entries()).toEqual([ENTRY]);
    window.dispatchEvent(new StorageEvent("storage", { key: "some.other.key" }));
    expect(heard).toHaveBeenCalledTimes(1);
    unsubscribe();
    window.dispatchEvent(new StorageEvent("storage", { key: null }));
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it("keeps a corrupted saved record aside in localStorage, and loads what it can", () => {
    localStorage.setItem(RECORD_STORAGE_KEY, '{"version": 1, "entries": [');
    const record = createMeetingRecord(createLocalStorage());
    expect(record.loadProblem?.message).toBe(STORAGE_MESSAGES.unreadable);
    record.add(ENTRY);
    expect(JSON.parse(localStorage.getItem(RECORD_STORAGE_KEY) ?? "")).toEqual({
      version: 1,
      entries: [ENTRY],
      setAside: ['{"version": 1, "entries": ['],
    });
  });
});
