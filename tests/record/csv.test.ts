import { recordedEntry } from "../support/record-entry";
import { csvCell } from "../../src/core/csv";
import { toCsv } from "../../src/record/csv";

const recorded = recordedEntry;

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
      "Meeting start",
      "Subject",
      "Location",
      "Organizer",
      "Organizer email",
      "Organizer role",
      "Other people",
      "Their roles",
      "Verdict",
      "Main reasons",
      "What I did",
      "Member",
      "Member email",
      "Policy",
      "Policy version",
    ]);
    expect(rows[1]).toEqual([
      "2026-11-26T04:50:00.000Z",
      "2026-12-10T14:00:00+11:00",
      "QAMT review",
      "Penrith CSC, Room 2",
      "Helen Ward",
      "helen.ward@dcj-demo.example",
      "Manager Client Services",
      "2",
      "QACI; Manager Client Services",
      "directive-applies",
      'QAMT: "QAMT review" | panel: "panel"',
      "declined",
      "Priya Nair",
      "priya.nair@dcj-demo.example",
      "psa-2022-09-in-force",
      "2022-09.1",
    ]);
    expect(rows[2]?.[11]).toBe("attended");
    expect(rows).toHaveLength(3);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("quotes commas, quotes and line breaks so each cell reads back whole", () => {
    const subject = 'Review, "deep dive"\nwith the panel';
    const rows = parseCsv(
      toCsv([recorded({ subject, organizer: { name: "Ward, Helen", email: "h@x.example", role: "" } })]),
    );
    expect(rows[1]?.[2]).toBe(subject);
    expect(rows[1]?.[4]).toBe("Ward, Helen");
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("plain")).toBe("plain");
  });

  it("neutralises cells a spreadsheet would run as a formula", () => {
    const rows = parseCsv(
      toCsv([
        recorded({
          subject: '=HYPERLINK("http://evil.example","Click")',
          location: "=cmd|' /C calc'!A0",
          organizer: { name: "+61 2 9999 0000", email: "@attacker", role: "" },
          roles: ["-2+3"],
        }),
      ]),
    );
    expect(rows[1]?.[2]).toBe('\'=HYPERLINK("http://evil.example","Click")');
    expect(rows[1]?.[3]).toBe("'=cmd|' /C calc'!A0");
    expect(rows[1]?.[4]).toBe("'+61 2 9999 0000");
    expect(rows[1]?.[5]).toBe("'@attacker");
    expect(rows[1]?.[8]).toBe("'-2+3");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("QAMT review")).toBe("QAMT review");
  });
});
