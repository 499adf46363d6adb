import type { RecordEntry } from "../../src/record/entry";

/** A record entry as the pane keeps it, for tests that need one; fields as given override it. */
export function recordedEntry(overrides: Partial<RecordEntry> = {}): RecordEntry {
  return {
    itemId: "AAMk-1",
    checkedAt: "2026-11-26T04:50:00.000Z",
    meetingStart: "2026-12-10T14:00:00+11:00",
    subject: "QAMT review",
    location: "Penrith CSC, Room 2",
    organizer: { name: "Helen Ward", email: "helen.ward@dcj-demo.example", role: "Manager Client Services" },
    otherPeople: 2,
    roles: ["QACI", "Manager Client Services"],
    verdict: "directive-applies",
    reasons: ['QAMT: "QAMT review"', 'panel: "panel"'],
    action: "declined",
    member: { name: "Priya Nair", email: "priya.nair@dcj-demo.example" },
    policy: { id: "psa-2022-09-in-force", version: "2022-09.1" },
    ...overrides,
  };
}
