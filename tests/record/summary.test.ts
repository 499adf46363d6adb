import type { RecordRow } from "../../src/record/csv";
import { dayOf, monthsBetween } from "../../src/record/dates";
import { mergeRows, summarise, type SourcedRow } from "../../src/record/summary";
import { recordedEntry } from "../support/record-entry";

const SYDNEY = "Australia/Sydney";

function rowOf(overrides: Parameters<typeof recordedEntry>[0] = {}): RecordRow {
  const { itemId: _itemId, ...row } = recordedEntry(overrides);
  return row;
}

const from = (file: string, ...rows: RecordRow[]): SourcedRow[] =>
  rows.map((row, index) => ({ row, file, rowNumber: index + 2 }));

const PRIYA = { name: "Priya Nair", email: "priya.nair@dcj-demo.example" };
const SAM = { name: "Sam Lee", email: "sam.lee@dcj-demo.example" };

describe("merging records", () => {
  it("counts an invite sent to two members once, keeping what each of them did", () => {
    const panel = { meetingStart: "2026-03-10T14:00:00+11:00", subject: "QAMT panel" };
    const invites = mergeRows(
      [
        ...from("priya.csv", rowOf({ ...panel, member: PRIYA, action: "declined" })),
        ...from("sam.csv", rowOf({ ...panel, subject: "FW: QAMT panel", member: SAM, action: "attended" })),
      ],
      SYDNEY,
    );
    expect(invites).toHaveLength(1);
    expect(invites[0]?.rows).toBe(2);
    expect(invites[0]?.members.map(({ name, action }) => [name, action])).toEqual([
      ["Priya Nair", "declined"],
      ["Sam Lee", "attended"],
    ]);
  });

  it("counts the same invite checked twice, or in two exports, once, with the newest check standing", () => {
    const start = { meetingStart: "2026-03-10T03:00:00.000Z" };
    const invites = mergeRows(
      [
        ...from("march.csv", rowOf({ ...start, checkedAt: "2026-03-01T00:00:00Z", verdict: "unclear" })),
        ...from(
          "april.csv",
          // The same meeting, its time written with an offset this time, checked again after the member said what they did.
          rowOf({
            meetingStart: "2026-03-10T14:00:00+11:00",
            checkedAt: "2026-03-05T00:00:00Z",
            action: "replied",
          }),
        ),
      ],
      SYDNEY,
    );
    expect(invites).toHaveLength(1);
    expect(invites[0]?.row.verdict).toBe("directive-applies");
    expect(invites[0]?.members).toEqual([{ key: PRIYA.email, ...PRIYA, action: "replied" }]);
  });

  it("keeps invites apart that differ in start, organizer or subject", () => {
    const base = { meetingStart: "2026-03-10T14:00:00+11:00" };
    const invites = mergeRows(
      from(
        "record.csv",
        rowOf(base),
        rowOf({ meetingStart: "2026-03-17T14:00:00+11:00" }),
        rowOf({ ...base, organizer: { name: "Dana Kowalski", email: "dana@dcj-demo.example", role: "" } }),
        rowOf({ ...base, subject: "Team meeting" }),
      ),
      SYDNEY,
    );
    expect(invites).toHaveLength(4);
  });

  it("without the meeting's time, can tell only a repeat of the same row apart", () => {
    const undated = rowOf({ meetingStart: "" });
    const invites = mergeRows(
      [
        ...from("one.csv", undated, rowOf({ meetingStart: "", checkedAt: "2026-12-01T00:00:00Z" })),
        ...from("one-again.csv", undated),
      ],
      SYDNEY,
    );
    expect(invites.map((invite) => invite.rows)).toEqual([2, 1]);
    expect(invites[0]?.dayIsChecked).toBe(true);
  });
});

describe("days and months on the reader's clock", () => {
  it("puts a meeting on the day it is in the reader's zone", () => {
    // 10 pm on 31 March in UTC is 9 am on 1 April in Sydney.
    expect(dayOf("2026-03-31T22:00:00Z", "UTC")).toBe("2026-03-31");
    expect(dayOf("2026-03-31T22:00:00Z", SYDNEY)).toBe("2026-04-01");
    // An all-day date, or a time with no zone, is that day wherever it is read.
    expect(dayOf("2026-03-31", SYDNEY)).toBe("2026-03-31");
    expect(dayOf("2026-03-31T23:30:00", SYDNEY)).toBe("2026-03-31");
  });

  it("counts every month from the first to the last, across a year's end", () => {
    expect(monthsBetween("2026-11", "2027-02")).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
    expect(monthsBetween("2026-03", "2026-03")).toEqual(["2026-03"]);
  });
});

describe("the figures", () => {
  const rows = from(
    "record.csv",
    rowOf({ meetingStart: "2026-01-20T10:00:00+11:00", otherPeople: 2, roles: ["QACI", "Manager Casework"] }),
    rowOf({
      meetingStart: "2026-03-03T10:00:00+11:00",
      otherPeople: 5,
      roles: ["QACI", "Manager Client Services"],
      location: "Penrith CSC",
      action: "attended",
    }),
    rowOf({
      meetingStart: "2026-03-24T10:00:00+11:00",
      otherPeople: 3,
      roles: ["QACI"],
      location: "Penrith CSC",
    }),
    rowOf({ meetingStart: "2026-03-25T10:00:00+11:00", verdict: "not-qa-review", otherPeople: 9 }),
    rowOf({ meetingStart: "2026-03-26T10:00:00+11:00", verdict: "one-to-one", otherPeople: 1 }),
  );

  it("total the verdicts, and count the covered reviews by month with the empty months in", () => {
    const summary = summarise(rows, { timeZone: SYDNEY });
    expect(summary.totals).toEqual({
      "directive-applies": 3,
      "one-to-one": 1,
      "not-qa-review": 1,
      unclear: 0,
    });
    expect(
      summary.perMonth.filter((count) => count.verdict === "directive-applies").map((count) => count.count),
    ).toEqual([1, 0, 2]);
    expect(summary.firstDay).toBe("2026-01-20");
    expect(summary.lastDay).toBe("2026-03-26");
  });

  it("describe the covered reviews alone: size, roles, organizers, places and what members did", () => {
    const { covered } = summarise(rows, { timeZone: SYDNEY });
    expect(covered.size).toEqual({ median: 3, smallest: 2, largest: 5 });
    expect(covered.roles).toEqual([
      { label: "QACI", count: 3 },
      { label: "Manager Casework", count: 1 },
      { label: "Manager Client Services", count: 1 },
    ]);
    expect(covered.organizerRoles).toEqual([{ label: "Manager Client Services", count: 3 }]);
    expect(covered.locations).toEqual([
      { label: "Penrith CSC", count: 2 },
      { label: "Penrith CSC, Room 2", count: 1 },
    ]);
    expect(covered.actions).toEqual({ declined: 2, replied: 0, attended: 1, ignored: 0 });
  });

  it("keep only the invites between --since and --until, and say how many were left out", () => {
    const summary = summarise(rows, { timeZone: SYDNEY, since: "2026-03-01", until: "2026-03-24" });
    expect(summary.invites.map((invite) => invite.day)).toEqual(["2026-03-03", "2026-03-24"]);
    expect(summary.outsideDates).toBe(3);
    expect(summary.perMonth.map((count) => count.month)).toEqual([
      "2026-03",
      "2026-03",
      "2026-03",
      "2026-03",
    ]);
  });

  it("of no rows at all are empty, not an error", () => {
    const summary = summarise([], { timeZone: SYDNEY });
    expect(summary.invites).toEqual([]);
    expect(summary.perMonth).toEqual([]);
    expect(summary.covered.size).toBeUndefined();
  });
});
