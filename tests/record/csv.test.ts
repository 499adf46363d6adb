import type { RecordEntry } from "../../src/record/entry";
import { csvCell } from "../../src/core/csv";
import { toCsv } from "../../src/record/csv";

function recorded(overrides: Partial<RecordEntry> = {}): RecordEntry {
  return {
    itemId: "AAMk-1",
    checkedAt: "2026-11-26T04:50:00.000Z",
    subject: "QAMT review",
    organizer: { name: "Helen Ward", email: "helen.ward@dcj-demo.example" },
    otherPeople: 2,
    roles: ["QACI", "Manager Client Services"],
    verdict: "directive-applies",
    reasons: ['QAMT: "QAMT review"', 'panel: "panel"'],
    action: "declined",
    ...overrides,
  };
}

/** A minimal RFC 4180 reader, to check that what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 1;
    } else cell += char;
  }
  return rows;
}

describe("the record as CSV", () => {
  it("has a header row and one row per entry, with CRLF line ends", () => {
    const csv = toCsv([recorded(), recorded({ itemId: "AAMk-2", action: "attended" })]);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([
      "Checked",
      "Subject",
      "Organizer",
      "Organizer email",
      "Other people",
      "Their roles",
      "Verdict",
      "Main reasons",
      "What I did",
    ]);
    expect(rows[1]).toEqual([
      "2026-11-26T04:50:00.000Z",
      "QAMT review",
      "Helen Ward",
      "helen.ward@dcj-demo.example",
      "2",
      "QACI; Manager Client Services",
      "directive-applies",
      'QAMT: "QAMT review" | panel: "panel"',
      "declined",
    ]);
    expect(rows[2]?.[8]).toBe("attended");
    expect(rows).toHaveLength(3);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("quotes commas, quotes and line breaks so each cell reads back whole", () => {
    const subject = 'Review, "deep dive"\nwith the panel';
    const rows = parseCsv(
      toCsv([recorded({ subject, organizer: { name: "Ward, Helen", email: "h@x.example" } })]),
    );
    expect(rows[1]?.[1]).toBe(subject);
    expect(rows[1]?.[2]).toBe("Ward, Helen");
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("plain")).toBe("plain");
  });

  it("neutralises cells a spreadsheet would run as a formula", () => {
    const rows = parseCsv(
      toCsv([
        recorded({
          subject: '=HYPERLINK("http://evil.example","Click")',
          organizer: { name: "+61 2 9999 0000", email: "@attacker" },
          roles: ["-2+3"],
        }),
      ]),
    );
    expect(rows[1]?.[1]).toBe('\'=HYPERLINK("http://evil.example","Click")');
    expect(rows[1]?.[2]).toBe("'+61 2 9999 0000");
    expect(rows[1]?.[3]).toBe("'@attacker");
    expect(rows[1]?.[5]).toBe("'-2+3");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("QAMT review")).toBe("QAMT review");
  });
});
