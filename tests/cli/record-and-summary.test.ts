import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { builtInPolicy, DEFAULT_POLICY_ID, parseSnapshot } from "../../src/core";
import { CSV_HEADER, toCsv } from "../../src/record/csv";
import { CHART_CLASS } from "../../src/record/charts";
import { entryFromAnalysis, type RecordEntry } from "../../src/record/entry";
import { readRecordCsv } from "../../src/record/read-csv";
import { checkInvite } from "../../src/taskpane/model/checkInvite";
import { recordedEntry } from "../support/record-entry";
import { runCli, SAMPLES, snapshotJson, tempFolder } from "./cli-helpers";

const SYDNEY = ["--tz", "Australia/Sydney"];
const withoutCheckedTime = ({ checkedAt: _checked, ...row }: { checkedAt: string }) => row;

describe("--record FILE", () => {
  it("appends each judged invite to a record CSV, made with its header the first time", async () => {
    const folder = tempFolder({
      "panel.json": snapshotJson("QAMT panel review"),
      "notes.txt.json": "{}",
    });
    try {
      const record = join(folder.path, "record.csv");
      const first = await runCli(["--json", "--record", record, join(folder.path, "panel.json")]);
      expect(first.status).toBe(0);
      await runCli(["--json", "--record", record, join(SAMPLES, "team-meeting.json")]);
      const text = readFileSync(record, "utf8");
      expect(text.startsWith("\uFEFF" + CSV_HEADER.join(",") + "\r\n")).toBe(true);
      expect(text.split(CSV_HEADER.join(","))).toHaveLength(2);
      const reading = readRecordCsv(text);
      expect(reading.problems).toEqual([]);
      expect(
        reading.rows.map(({ row }) => [row.subject, row.verdict, row.member.email, row.policy.id]),
      ).toEqual([
        ["QAMT panel review", expect.any(String), "priya.nair@dcj-demo.example", "psa-2022-09-in-force"],
        [expect.stringMatching(/team/i), "not-qa-review", expect.any(String), "psa-2022-09-in-force"],
      ]);
      expect(reading.rows[0]?.row.meetingStart).toBe("2026-12-10T14:00:00+11:00");
    } finally {
      folder.remove();
    }
  });

  it("records nothing for files that are not invites, and goes on", async () => {
    const folder = tempFolder({ "broken.json": "{ not json", "panel.json": snapshotJson("QAMT review") });
    try {
      const record = join(folder.path, "record.csv");
      const run = await runCli(["--record", record, folder.path]);
      expect(run.status).toBe(1);
      expect(readRecordCsv(readFileSync(record, "utf8")).rows.map(({ row }) => row.subject)).toEqual([
        "QAMT review",
      ]);
    } finally {
      folder.remove();
    }
  });

  it("refuses a file whose columns are not the record's, before reading any invite", async () => {
    const folder = tempFolder({ "other.csv": "file,verdict\r\na.ics,unclear\r\n" });
    try {
      const other = join(folder.path, "other.csv");
      const run = await runCli(["--record", other, join(SAMPLES, "team-meeting.json")]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`--record ${other}: its first row is not the record's columns`);
      expect(run.stdout).toBe("");
      expect(readFileSync(other, "utf8")).toBe("file,verdict\r\na.ics,unclear\r\n");
      const nowhere = await runCli(["--record", join(folder.path, "no/such/folder.csv"), SAMPLES]);
      expect(nowhere.status).toBe(2);
      expect(nowhere.stderr).toContain("its folder does not exist");
    } finally {
      folder.remove();
    }
  });

  it("neutralises a subject a spreadsheet would run as a formula, as Export record does, and reads it back", async () => {
    const subject = '=HYPERLINK("http://evil.example","QAMT review")';
    const folder = tempFolder({ "formula.json": snapshotJson(subject) });
    try {
      const record = join(folder.path, "record.csv");
      await runCli(["--record", record, join(folder.path, "formula.json")]);
      const text = readFileSync(record, "utf8");
      expect(text).toContain(',"\'=HYPERLINK(""http://evil.example"",""QAMT review"")",');
      expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
      expect(readRecordCsv(text).rows.map(({ row }) => row.subject)).toEqual([subject]);
    } finally {
      folder.remove();
    }
  });

  it("starts a new line first when a spreadsheet saved the record without a final line break", async () => {
    const folder = tempFolder({
      "record.csv": toCsv([recordedEntry()]).replace(/\r\n$/, ""),
    });
    try {
      const record = join(folder.path, "record.csv");
      await runCli(["--record", record, join(SAMPLES, "team-meeting.json")]);
      expect(readRecordCsv(readFileSync(record, "utf8")).rows).toHaveLength(2);
    } finally {
      folder.remove();
    }
  });
});

describe("one record format", () => {
  it("what the pane exports and what --record writes read alike, and summary counts the invite once", async () => {
    const file = join(SAMPLES, "qamt-panel-monthly.json");
    const input = JSON.parse(readFileSync(file, "utf8")) as Parameters<typeof checkInvite>[0];
    // The pane's own path: checkInvite with a new user's settings (the sample sets none), then the record's entry.
    const settings = { roles: {}, policyId: DEFAULT_POLICY_ID, theme: "auto" } as const;
    const checked = checkInvite(input, settings, undefined, parseSnapshot);
    if (!checked?.ok) throw new Error(checked?.message ?? "not read");
    const paneEntry: RecordEntry = entryFromAnalysis({
      itemId: "AAMkADEx",
      snapshot: checked.snapshot,
      analysis: checked.analysis,
      policy: builtInPolicy(),
      checkedAt: new Date("2026-11-30T22:00:00Z"),
    });
    const folder = tempFolder({ "pane.csv": "\uFEFF" + toCsv([paneEntry]) });
    try {
      const cliRecord = join(folder.path, "cli.csv");
      await runCli(["--json", "--record", cliRecord, file]);
      const fromPane = readRecordCsv(readFileSync(join(folder.path, "pane.csv"), "utf8"));
      const fromCli = readRecordCsv(readFileSync(cliRecord, "utf8"));
      expect(fromCli.problems).toEqual([]);
      expect(fromPane.rows.map(({ row }) => withoutCheckedTime(row))).toEqual(
        fromCli.rows.map(({ row }) => withoutCheckedTime(row)),
      );

      const out = join(folder.path, "report.html");
      const summary = await runCli([
        "summary",
        ...SYDNEY,
        "--out",
        out,
        join(folder.path, "pane.csv"),
        cliRecord,
      ]);
      expect(summary.stderr).toBe("");
      expect(summary.status).toBe(0);
      expect(summary.stdout).toMatch(
        /^QA review meetings in 2 records: 1 invite from 1 member, .* \(1 duplicate removed\)\./,
      );
      expect(summary.stdout).toContain("Covered by the direction: 1.");
    } finally {
      folder.remove();
    }
  });
});

/** Members' records written for the report tests: the rows are the figures' source. */
const PRIYA = { name: "Priya Nair", email: "priya.nair@dcj-demo.example" };
const SAM = { name: "Sam Lee", email: "sam.lee@dcj-demo.example" };
const PANEL = {
  meetingStart: "2026-03-10T14:00:00+11:00",
  subject: "Monthly QAMT panel",
  otherPeople: 4,
  roles: ["QACI", "Manager Client Services", "Manager Casework"],
  location: "Penrith CSC, Room 2",
};
const PRIYA_ROWS: RecordEntry[] = [
  recordedEntry({ ...PANEL, member: PRIYA, action: "declined" }),
  recordedEntry({
    itemId: "2",
    meetingStart: "2026-04-14T10:00:00+10:00",
    subject: "QAMT review – overdue work",
    otherPeople: 2,
    roles: ["QACI"],
    location: "Microsoft Teams Meeting",
    organizer: { name: "Karen Mitchell", email: "karen.mitchell@dcj-demo.example", role: "QACI" },
    member: PRIYA,
    action: "replied",
  }),
  recordedEntry({
    itemId: "3",
    meetingStart: "2026-04-20T09:00:00+10:00",
    subject: "Team meeting",
    verdict: "not-qa-review",
    member: PRIYA,
    action: "attended",
  }),
];
const SAM_ROWS: RecordEntry[] = [
  // The same panel, sent to Sam too.
  recordedEntry({ ...PANEL, member: SAM, action: "attended" }),
  recordedEntry({
    itemId: "4",
    meetingStart: "2026-06-02T10:00:00+10:00",
    subject: "Supervision",
    verdict: "one-to-one",
    otherPeople: 1,
    member: SAM,
    action: "ignored",
  }),
  recordedEntry({
    itemId: "5",
    meetingStart: "2026-06-09T10:00:00+10:00",
    subject: "File check-in",
    verdict: "unclear",
    otherPeople: 1,
    member: SAM,
  }),
];

function reportOf(html: string) {
  const { document } = new JSDOM(html).window;
  const table = (id: string) =>
    [...document.querySelectorAll(`#${id} table tbody tr`)].map((row) =>
      [...row.querySelectorAll("td")].map((cell) => cell.textContent ?? ""),
    );
  return { document, table };
}

describe("qa-meeting-check summary", () => {
  async function summaryOf(files: Record<string, string>, args: string[] = []) {
    const folder = tempFolder(files);
    const out = join(folder.path, "report.html");
    try {
      const run = await runCli([
        "summary",
        ...SYDNEY,
        "--out",
        out,
        ...args,
        ...Object.keys(files).map((name) => join(folder.path, name)),
      ]);
      return { ...run, html: run.status === 2 ? "" : readFileSync(out, "utf8"), folder: folder.path };
    } finally {
      folder.remove();
    }
  }

  it("merges members' records into one report whose figures are the rows'", async () => {
    const { status, stdout, stderr, html } = await summaryOf({
      "priya.csv": toCsv(PRIYA_ROWS),
      "sam.csv": "\uFEFF" + toCsv(SAM_ROWS),
    });
    expect(stderr).toBe("");
    expect(status).toBe(0);
    // Six rows; the panel was sent to both, so five invites.
    const { document, table } = reportOf(html);
    const totals = [...document.querySelectorAll("#totals li")].map((item) => item.textContent);
    expect(totals).toEqual([
      "2Covered by the direction",
      "1One-to-one with their Manager Casework",
      "1Not a QA review",
      "1Unclear",
    ]);
    expect(table("per-month")).toEqual([
      ["Mar 2026", "1"],
      ["Apr 2026", "1"],
      ["May 2026", "0"],
      ["June 2026", "0"],
    ]);
    expect(document.querySelector("#size")?.textContent).toContain(
      "Usually 3 other people besides the member (from 2 to 4).",
    );
    expect(table("roles")).toEqual([
      ["QACI", "2"],
      ["Manager Casework", "1"],
      ["Manager Client Services", "1"],
    ]);
    expect(table("organizers")).toEqual([
      ["Manager Client Services", "1"],
      ["QACI", "1"],
    ]);
    expect(table("actions")).toEqual([
      ["Declined", "1"],
      ["Replied", "1"],
      ["Attended", "1"],
      ["Ignored, or nothing recorded", "0"],
    ]);
    expect(document.querySelector(".lead")?.textContent).toBe(
      "Meetings from 10 Mar 2026 to 9 June 2026. 2 records merged (6 rows) · 1 duplicate removed · 5 invites from 2 members.",
    );
    expect(stdout).toContain(
      "Covered by the direction: 2. One-to-one with their Manager Casework: 1. Not a QA review: 1. Unclear: 1.",
    );
    expect(stdout).toContain(
      "What members did: declined 1, replied 1, attended 1, ignored, or nothing recorded 0.",
    );
  });

  it("names members only with --members, and says which in its footer", async () => {
    const files = { "priya.csv": toCsv(PRIYA_ROWS), "sam.csv": toCsv(SAM_ROWS) };
    const counted = await summaryOf(files);
    // Nor are their files, named after them here.
    expect(counted.html).not.toMatch(/priya|sam\.csv|sam[ .]lee/i);
    expect(
      reportOf(counted.html)
        .table("records")
        .map((row) => row[0]),
    ).toEqual(["Record 1", "Record 2"]);
    expect(reportOf(counted.html).table("meetings")[0]?.[6]).toBe("2 members: 1 declined, 1 attended");
    expect(reportOf(counted.html).document.querySelector("footer")?.textContent).toContain(
      "Members are not named, only counted, nor are the records' files, whose names may be theirs (run with --members to name them).",
    );
    // Organizers are named as the records name them.
    expect(reportOf(counted.html).table("meetings")[1]?.[2]).toBe("Karen MitchellQACI");

    const named = await summaryOf(files, ["--members"]);
    expect(reportOf(named.html).table("meetings")[0]?.[6]).toBe("Priya Nair: declinedSam Lee: attended");
    expect(reportOf(named.html).document.querySelector("footer")?.textContent).toContain(
      "Members are named, because the report was made with --members.",
    );
    expect(
      reportOf(named.html)
        .table("records")
        .map((row) => row[0]),
    ).toEqual([`${named.folder}/priya.csv`, `${named.folder}/sam.csv`]);
  });

  it("keeps only the meetings between --since and --until", async () => {
    const run = await summaryOf({ "priya.csv": toCsv(PRIYA_ROWS), "sam.csv": toCsv(SAM_ROWS) }, [
      "--since",
      "2026-04-01",
      "--until",
      "2026-04-30",
    ]);
    expect(run.stdout).toMatch(
      /2 invites from 1 member, 14 Apr 2026 to 20 Apr 2026 \(1 duplicate removed, 3 outside the dates left out\)/,
    );
    expect(
      reportOf(run.html)
        .table("meetings")
        .map((row) => row[1]),
    ).toEqual(["QAMT review – overdue work"]);
    const bad = await runCli(["summary", "--since", "2026-02-30", "x.csv"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      'qa-meeting-check: --since needs a day written as YYYY-MM-DD, such as 2026-03-01, not "2026-02-30"\n' +
        "Try 'qa-meeting-check summary --help' for more information.\n",
    );
  });

  it("escapes hostile text from subjects, names and places in the HTML", async () => {
    const hostile = recordedEntry({
      subject: '<script>alert("subject")</script><img src=x onerror=alert(1)>',
      organizer: { name: '"><svg onload=alert(2)>', email: "x@evil.example", role: "<b>QACI</b>" },
      location: "</td><iframe src=javascript:alert(3)>",
      roles: ["<style>body{display:none}</style>"],
      member: { name: "<marquee>Priya</marquee>", email: "p@x.example" },
    });
    const { html } = await summaryOf({ "hostile.csv": toCsv([hostile]) }, ["--members"]);
    const { document, table } = reportOf(html);
    expect(document.querySelectorAll("script, iframe, img, marquee, b").length).toBe(0);
    // The only styles in the body are Plot's own, inside its charts.
    const styles = [...document.querySelectorAll("body style")];
    expect(styles.length).toBeGreaterThan(0);
    expect(styles.every((style) => style.parentElement?.classList[0]?.startsWith(CHART_CLASS))).toBe(true);
    expect(
      [...document.querySelectorAll("*")].filter((element) =>
        [...element.attributes].some((attribute) => attribute.name.startsWith("on")),
      ),
    ).toEqual([]);
    const [meeting] = table("meetings");
    expect(meeting?.[1]).toBe(hostile.subject);
    expect(meeting?.[2]).toBe(`${hostile.organizer.name}${hostile.organizer.role}`);
    expect(meeting?.[3]).toBe(hostile.location);
    expect(meeting?.[6]).toBe("<marquee>Priya</marquee>: declined");
    expect(html).toContain("&lt;script&gt;alert(&quot;subject&quot;)&lt;/script&gt;");
  });

  it("reports each file or row it cannot read in one line, and merges the rest", async () => {
    const good = toCsv(PRIYA_ROWS);
    const [header, ...rows] = good.split("\r\n");
    const run = await summaryOf(
      {
        "a-good.csv": good,
        "b-not-a-record.csv": "file,verdict,subject\r\npanel.ics,directive-applies,QAMT\r\n",
        "c-bad-rows.csv": [
          header,
          rows[0],
          "2026-01-01T00:00:00Z,short",
          rows[1]?.replace("declined", "replied"),
          `${rows[2]?.slice(0, 30)},"unclosed`,
        ].join("\r\n"),
      },
      ["--members"],
    );
    expect(run.status).toBe(1);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toEqual([
      expect.stringMatching(
        /b-not-a-record\.csv, row 1: not a QA Meeting Check record: the first row should name its columns \(Checked, .*\); it lacks Checked, Subject/,
      ),
      expect.stringMatching(/c-bad-rows\.csv, row 3: 2 cells where the first row names 16 columns$/),
      expect.stringMatching(
        /c-bad-rows\.csv, row 5: a quoted cell is never closed, so the file could not be read from this row on$/,
      ),
    ]);
    expect(lines.every((line) => line.startsWith(`qa-meeting-check: ${run.folder}/`))).toBe(true);
    // a-good's three rows and c-bad-rows' two readable ones, which repeat two of them.
    expect(run.stdout).toMatch(
      /^QA review meetings in 2 records: 3 invites from 1 member, .* \(2 duplicates removed\)/,
    );
    expect(reportOf(run.html).table("records")).toEqual([
      [`${run.folder}/a-good.csv`, "3", ""],
      [
        `${run.folder}/b-not-a-record.csv`,
        "not read",
        expect.stringContaining("row 1: not a QA Meeting Check record"),
      ],
      [
        `${run.folder}/c-bad-rows.csv`,
        "2",
        "row 3: 2 cells where the first row names 16 columns; row 5: a quoted cell is never closed, so the file could not be read from this row on",
      ],
    ]);
    const missing = await runCli([
      "summary",
      "--out",
      join(run.folder, "r.html"),
      join(run.folder, "gone.csv"),
    ]);
    expect(missing.stderr).toContain("gone.csv: no such file or folder");
  });

  it("says so when there is nothing to count", async () => {
    const run = await summaryOf({ "empty.csv": toCsv([]) });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("There are no invites in these records to count.");
    const { document } = reportOf(run.html);
    expect(document.querySelector("[data-empty]")?.textContent).toBe(
      "There are no invites in these records, so there is nothing to count.",
    );
    expect(document.querySelectorAll("svg")).toHaveLength(0);
  });

  it("says where the report could not be written", async () => {
    const folder = tempFolder({ "priya.csv": toCsv(PRIYA_ROWS) });
    try {
      const run = await runCli([
        "summary",
        "--out",
        join(folder.path, "no/such/report.html"),
        join(folder.path, "priya.csv"),
      ]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("no/such/report.html: its folder does not exist");
    } finally {
      folder.remove();
    }
  });
});
