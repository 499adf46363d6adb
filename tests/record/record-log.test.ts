import { entryFromAnalysis, type RecordEntry } from "../../src/record/entry";
import { capLog, setAction, upsertEntry } from "../../src/record/log";
import { createMeetingRecord, parseStoredLog } from "../../src/record/meeting-record";
import { createMemoryStorage, STORAGE_MESSAGES } from "../../src/record/storage";
import { analyze, builtInPolicy, parseSnapshot } from "../../src/core";
import { invite, MCS, QACI } from "../support/invite-builder";

/** A sentence only the invite's body holds: it must never reach the record. */
const BODY = "Private case notes about the Nguyen family placement, file 2026-0457, discussed in confidence.";

function checkedPanel(itemId = "AAMk-panel", at = "2026-11-26T04:50:00.000Z"): RecordEntry {
  const snapshot = parseSnapshot(
    invite({
      subject: "QAMT review of your files",
      location: "Penrith CSC, Room 2",
      body: BODY,
      requiredAttendees: [
        { ...QACI, recipientType: "user" as const },
        { ...MCS, recipientType: "user" as const },
      ],
    }),
  );
  const policy = builtInPolicy();
  return entryFromAnalysis({
    itemId,
    snapshot,
    analysis: analyze(snapshot, policy),
    policy,
    checkedAt: new Date(at),
  });
}

const entry = checkedPanel;

describe("a record entry", () => {
  it("keeps what the delegate needs: when and where, organizer, people, roles, verdict, reasons, whose and by which policy", () => {
    const recorded = checkedPanel();
    expect(recorded).toEqual({
      itemId: "AAMk-panel",
      checkedAt: "2026-11-26T04:50:00.000Z",
      meetingStart: "2026-12-10T14:00:00+11:00",
      subject: "QAMT review of your files",
      location: "Penrith CSC, Room 2",
      organizer: { name: "Helen Ward", email: "helen.ward@dcj-demo.example", role: "Manager Casework" },
      otherPeople: 3,
      roles: ["Manager Casework", "QACI", "Manager Client Services"],
      verdict: "directive-applies",
      reasons: expect.any(Array),
      action: "ignored",
      member: { name: "Chris Park", email: "chris.park@dcj-demo.example" },
      policy: { id: "psa-2022-09-in-force", version: "2022-09.1" },
    });
    expect(recorded.reasons.length).toBeGreaterThan(0);
    expect(recorded.reasons.length).toBeLessThanOrEqual(3);
    expect(recorded.reasons[0]).toMatch(/QAMT/);
  });

  it("never holds the invite's body, even when a caller hands one in", () => {
    const storage = createMemoryStorage();
    const record = createMeetingRecord(storage);
    record.add({ ...checkedPanel(), body: BODY } as RecordEntry);
    expect(storage.text).toContain("QAMT review of your files");
    expect(storage.text).not.toContain("Nguyen");
    expect(storage.text).not.toContain('"body"');
    expect(JSON.stringify(record.entries())).not.toContain("Nguyen");
    expect(record.toCsv()).not.toContain("Nguyen");
  });
});

describe("the log", () => {
  it("adds a newly checked invite at the newest end", () => {
    const log = upsertEntry(upsertEntry([], entry("a")), entry("b"));
    expect(log.map((recorded) => recorded.itemId)).toEqual(["a", "b"]);
  });

  it("updates the entry when the same invite is checked again, keeping what the user did", () => {
    let log = upsertEntry(upsertEntry([], entry("a", "2026-11-20T01:00:00.000Z")), entry("b"));
    log = setAction(log, "a", "declined");
    log = upsertEntry(log, entry("a", "2026-11-26T06:00:00.000Z"));
    expect(log).toHaveLength(2);
    expect(log.map((recorded) => recorded.itemId)).toEqual(["b", "a"]);
    expect(log[1]).toMatchObject({ checkedAt: "2026-11-26T06:00:00.000Z", action: "declined" });
  });

  it("records what the user did, and ignores an item it does not hold", () => {
    const log = upsertEntry([], entry("a"));
    expect(setAction(log, "a", "attended")[0]?.action).toBe("attended");
    expect(setAction(log, "zzz", "attended")).toBe(log);
  });

  it("drops the oldest entries past the cap", () => {
    let log = upsertEntry([], entry("first"));
    for (const id of ["second", "third", "fourth"]) log = upsertEntry(log, entry(id), 3);
    expect(log.map((recorded) => recorded.itemId)).toEqual(["second", "third", "fourth"]);
    expect(capLog(log, 2).map((recorded) => recorded.itemId)).toEqual(["third", "fourth"]);
  });
});

describe("the meeting record", () => {
  it("persists across sessions, and clear() empties it everywhere", () => {
    const storage = createMemoryStorage();
    const first = createMeetingRecord(storage);
    first.add(entry("a"));
    first.setAction("a", "replied");
    const reopened = createMeetingRecord(storage);
    expect(reopened.entries()).toEqual([{ ...entry("a"), action: "replied" }]);
    expect(reopened.clear()).toEqual({ ok: true });
    expect(reopened.entries()).toEqual([]);
    expect(createMeetingRecord(storage).entries()).toEqual([]);
  });

  it("caps what it keeps", () => {
    const record = createMeetingRecord(createMemoryStorage(), { max: 2 });
    for (const id of ["a", "b", "c"]) record.add(entry(id));
    expect(record.entries().map((recorded) => recorded.itemId)).toEqual(["b", "c"]);
  });

  it.each([
    ["is not JSON", "{not json"],
    ["is of another shape", '{"version": 7, "rows": []}'],
  ])("starts a new record when the saved one %s, says so, and keeps the old one aside", (_what, text) => {
    const storage = createMemoryStorage(text);
    const record = createMeetingRecord(storage);
    expect(record.entries()).toEqual([]);
    expect(record.loadProblem).toEqual({ kind: "unreadable", message: STORAGE_MESSAGES.unreadable });
    expect(storage.text).toBe(text); // nothing written until there is something to write
    record.add(entry("a"));
    expect(JSON.parse(storage.text ?? "")).toMatchObject({ entries: [entry("a")], setAside: [text] });
    const reopened = createMeetingRecord(storage);
    expect(reopened.loadProblem).toBeUndefined(); // reported once; still kept
    reopened.add(entry("b"));
    expect(JSON.parse(storage.text ?? "")).toMatchObject({ setAside: [text] });
  });

  it("reads entries saved before the meeting's time, location, member and policy were kept", () => {
    const { meetingStart, location, member, policy, ...older } = entry("a");
    const organizer = { name: older.organizer.name, email: older.organizer.email };
    const text = JSON.stringify({ version: 1, entries: [{ ...older, organizer }] });
    expect([meetingStart, location, member.name, policy.id].every(Boolean)).toBe(true);
    expect(parseStoredLog(text)).toEqual({
      setAside: [],
      log: [
        {
          ...older,
          organizer: { ...organizer, role: "" },
          meetingStart: "",
          location: "",
          member: { name: "", email: "" },
          policy: { id: "", version: "" },
        },
      ],
    });
  });

  it("loads the good entries of a partly damaged record, and keeps and reports the rest", () => {
    const broken = { itemId: "broken", verdict: "maybe" };
    const storage = createMemoryStorage(JSON.stringify({ version: 1, entries: [entry("a"), broken] }));
    const record = createMeetingRecord(storage);
    expect(record.entries().map((recorded) => recorded.itemId)).toEqual(["a"]);
    expect(record.loadProblem?.message).toBe(
      `1 entry of your saved record could not be read. ${STORAGE_MESSAGES.entriesSetAside}`,
    );
    record.setAction("a", "declined");
    expect(parseStoredLog(storage.text)).toMatchObject({
      log: [{ itemId: "a", action: "declined" }],
      setAside: [broken],
    });
    expect(record.toCsv()).not.toContain("broken");
    record.clear();
    expect(JSON.parse(storage.text ?? "")).toEqual({ version: 1, entries: [] });
  });

  it("keeps unsaved changes while storage is full, and saves them all once it has room", () => {
    const storage = createMemoryStorage();
    const full = { ok: false as const, problem: { kind: "full" as const, message: STORAGE_MESSAGES.full } };
    const save = jest.spyOn(storage, "save").mockReturnValue(full);
    const record = createMeetingRecord(storage);
    expect(record.add(entry("a"))).toEqual(full);
    expect(record.add(entry("b"))).toEqual(full);
    record.setAction("a", "replied");
    expect(record.entries().map(({ itemId, action }) => [itemId, action])).toEqual([
      ["a", "replied"],
      ["b", "ignored"],
    ]);
    save.mockRestore();
    expect(record.add(entry("c"))).toEqual({ ok: true });
    expect(parseStoredLog(storage.text).log.map(({ itemId }) => itemId)).toEqual(["a", "b", "c"]);
  });
});

describe("two panes open at once, in different windows", () => {
  it("keep each other's entries: every change is made to the record as saved now", () => {
    const storage = createMemoryStorage();
    const first = createMeetingRecord(storage);
    const second = createMeetingRecord(storage);
    first.add(entry("a"));
    second.add(entry("b"));
    first.setAction("b", "declined");
    second.add(entry("c"));
    expect(parseStoredLog(storage.text).log.map(({ itemId, action }) => [itemId, action])).toEqual([
      ["a", "ignored"],
      ["b", "declined"],
      ["c", "ignored"],
    ]);
    expect(first.entries()).toHaveLength(2); // until it hears of the change, or next writes
    first.add(entry("d"));
    expect(first.entries().map(({ itemId }) => itemId)).toEqual(["a", "b", "c", "d"]);
  });

  it("clearing in one window clears the record the other writes to next", () => {
    const storage = createMemoryStorage();
    const first = createMeetingRecord(storage);
    const second = createMeetingRecord(storage);
    first.add(entry("a"));
    second.clear();
    first.add(entry("b"));
    expect(parseStoredLog(storage.text).log.map(({ itemId }) => itemId)).toEqual(["b"]);
  });
});
