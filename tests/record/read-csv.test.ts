import { parse } from "csv-parse/sync";
import { csvRow } from "../../src/core/csv";
import { CSV_HEADER, FIRST_COLUMNS, toCsv } from "../../src/record/csv";
import { readRecordCsv } from "../../src/record/read-csv";
import { recordedEntry } from "../support/record-entry";

const row = (entry = recordedEntry()) => {
  const { itemId: _itemId, ...rest } = entry;
  return rest;
};

describe("reading a record CSV back", () => {
  it("gives back every field Export record wrote, whatever the text in it", () => {
    const entries = [
      recordedEntry(),
      recordedEntry({
        itemId: "AAMk-2",
        subject: '=HYPERLINK("http://evil.example"), "quoted"\nand a new line',
        location: "-1 Level, Room 3",
        organizer: { name: "Ward, Helen", email: "@helen", role: "role unknown" },
        roles: [],
        reasons: [],
        meetingStart: "",
        action: "ignored",
      }),
    ];
    const reading = readRecordCsv("\uFEFF" + toCsv(entries));
    expect(reading.problems).toEqual([]);
    expect(reading.notRecord).toBeUndefined();
    expect(reading.rows).toEqual([
      { rowNumber: 2, row: row(entries[0]) },
      { rowNumber: 3, row: row(entries[1]) },
    ]);
  });

  it("reads a record exported before the meeting's time, location, member and policy were kept", () => {
    const older =
      csvRow(FIRST_COLUMNS) +
      csvRow([
        "2026-03-02T01:00:00.000Z",
        "QAMT review",
        "Helen Ward",
        "helen.ward@dcj-demo.example",
        "2",
        "QACI; Manager Client Services",
        "directive-applies",
        'QAMT: "QAMT"',
        "declined",
      ]);
    expect(readRecordCsv(older).rows.map((read) => read.row)).toEqual([
      {
        checkedAt: "2026-03-02T01:00:00.000Z",
        meetingStart: "",
        subject: "QAMT review",
        location: "",
        organizer: { name: "Helen Ward", email: "helen.ward@dcj-demo.example", role: "" },
        otherPeople: 2,
        roles: ["QACI", "Manager Client Services"],
        verdict: "directive-applies",
        reasons: ['QAMT: "QAMT"'],
        action: "declined",
        member: { name: "", email: "" },
        policy: { id: "", version: "" },
      },
    ]);
  });

  it("reads columns by name, in whatever order a spreadsheet saved them", () => {
    const [header, cells] = parse(toCsv([recordedEntry()]));
    const reading = readRecordCsv(csvRow([...header!].reverse()) + csvRow([...cells!].reverse()));
    expect(reading.problems).toEqual([]);
    expect(reading.rows.map((read) => read.row)).toEqual([row()]);
  });

  it("says a file is not a record when its first row does not name the record's columns", () => {
    const cliCsv = "file,verdict,subject\r\ninvite.ics,directive-applies,QAMT\r\n";
    const reading = readRecordCsv(cliCsv);
    expect(reading.rows).toEqual([]);
    expect(reading.notRecord?.rowNumber).toBe(1);
    expect(reading.notRecord?.message).toMatch(
      /^not a QA Meeting Check record: .* it lacks Checked, Subject/,
    );
    expect(readRecordCsv("").notRecord?.message).toBe("the file is empty");
  });

  it("leaves out each row it cannot read, says which and why, and reads the rest", () => {
    const good = toCsv([recordedEntry()]).split("\r\n")[1];
    const text = [
      CSV_HEADER.join(","),
      good,
      "2026-03-02T01:00:00.000Z,too,few,cells",
      good?.replace("directive-applies", "maybe"),
      good?.replace(",2,", ",two,"),
      good?.replace("2026-11-26T04:50:00.000Z", "26/11/2026"),
      good,
      "",
    ].join("\r\n");
    const reading = readRecordCsv(text);
    expect(reading.rows.map((read) => read.rowNumber)).toEqual([2, 7]);
    expect(reading.problems).toEqual([
      { rowNumber: 3, message: "4 cells where the first row names 16 columns" },
      {
        rowNumber: 4,
        message:
          'the verdict "maybe" is not one the record has (directive-applies, one-to-one, not-qa-review, unclear)',
      },
      { rowNumber: 5, message: 'Other people should be a whole number, not "two"' },
      {
        rowNumber: 6,
        message: 'Checked should be a date and time such as 2026-11-26T04:50:00.000Z, not "26/11/2026"',
      },
    ]);
  });

  it("says where quoting breaks, keeping the rows before it", () => {
    const good = toCsv([recordedEntry()]).split("\r\n")[1];
    const opened = '2026-01-01T00:00:00Z,"QAMT review';
    const unclosed = readRecordCsv([CSV_HEADER.join(","), good, good, opened].join("\r\n"));
    expect(unclosed.rows.map((read) => read.rowNumber)).toEqual([2, 3]);
    expect(unclosed.problems).toEqual([
      {
        rowNumber: 4,
        message: "a quoted cell is never closed, so the file could not be read from this row on",
      },
    ]);
    // Closed only by the next row's first quote: that row is named, and reading takes up again after it.
    const runOn = readRecordCsv([CSV_HEADER.join(","), good, opened, good, good].join("\r\n"));
    expect(runOn.rows.map((read) => read.rowNumber)).toEqual([2, 4]);
    expect(runOn.problems[0]).toEqual({
      rowNumber: 3,
      message: "broken quoting: text follows the quote that closes a cell",
    });
    const stray = readRecordCsv(
      [CSV_HEADER.join(","), `2026-01-01T00:00:00Z,x"y,${good}`, good].join("\r\n"),
    );
    expect(stray.problems).toEqual([
      { rowNumber: 2, message: "broken quoting: a quote inside a cell that does not start with one" },
    ]);
    expect(stray.rows.map((read) => read.rowNumber)).toEqual([3]);
  });
});
