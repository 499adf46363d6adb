import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BERLIN_INVITE } from "../fixtures/invites";
import { toCsv } from "../../src/record/csv";
import { readRecordCsv } from "../../src/record/read-csv";
import { recordedEntry } from "../support/record-entry";
import { REPO_ROOT, SAMPLES, tempFolder } from "./cli-helpers";

const BIN = join(REPO_ROOT, "bin", "qa-meeting-check.js");

describe("the installed command", () => {
  beforeAll(() => {
    execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: REPO_ROOT, stdio: "pipe" });
  }, 120_000);

  it("runs the built command line through the bin shim", () => {
    const result = spawnSync(
      process.execPath,
      [BIN, "--json", join(SAMPLES, "qamt-panel-monthly.json"), "--bogus"],
      {
        encoding: "utf8",
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--bogus'");

    const ok = spawnSync(process.execPath, [BIN, "--json", join(SAMPLES, "qamt-panel-monthly.json")], {
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ verdict: "directive-applies" });
  });

  it("keeps the files' order and every verdict in a batch large enough to use several threads", () => {
    const expected = JSON.parse(readFileSync(join(SAMPLES, "expected.json"), "utf8")) as Record<
      string,
      string
    >;
    const samples = readdirSync(SAMPLES).filter((name) => name in expected);
    const folder = tempFolder({});
    try {
      const copies = 1200;
      for (let index = 0; index < copies; index += 1) {
        const sample = samples[index % samples.length] as string;
        copyFileSync(join(SAMPLES, sample), join(folder.path, `${String(index).padStart(4, "0")}-${sample}`));
      }
      const record = join(folder.path, "record.csv");
      const result = spawnSync(process.execPath, [BIN, "--csv", "--record", record, folder.path], {
        encoding: "utf8",
      });
      expect(result.status).toBe(0);
      const rows = result.stdout.trimEnd().split("\r\n").slice(1);
      expect(rows).toHaveLength(copies);
      // The helper threads' record rows too, in the files' order.
      const recorded = readRecordCsv(readFileSync(record, "utf8")).rows.map(({ row }) => row.verdict);
      expect(recorded).toEqual(rows.map((row) => row.slice(row.indexOf(",") + 1).split(",")[0]));
      rows.forEach((row, index) => {
        const sample = samples[index % samples.length] as string;
        expect(
          row.startsWith(
            `${join(folder.path, `${String(index).padStart(4, "0")}-${sample}`)},${expected[sample]},`,
          ),
        ).toBe(true);
      });
    } finally {
      folder.remove();
    }
  }, 120_000);

  it("writes the summary report from the built command line, its chart library loaded by Node itself", () => {
    const folder = tempFolder({ "record.csv": toCsv([recordedEntry()]) });
    try {
      const out = join(folder.path, "report.html");
      const result = spawnSync(
        process.execPath,
        [BIN, "summary", "--out", out, join(folder.path, "record.csv")],
        {
          encoding: "utf8",
        },
      );
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^QA review meetings in 1 record: 1 invite from 1 member/);
      expect(readFileSync(out, "utf8")).toMatch(
        /<svg[^>]*role="img"[^>]*aria-label="QA reviews covered by the direction, per month"/,
      );
    } finally {
      folder.remove();
    }
  });

  it("gives meeting times in the system's time zone when --tz is not given", () => {
    const folder = tempFolder({ "berlin.ics": BERLIN_INVITE });
    try {
      const whenIn = (zone: string) => {
        const result = spawnSync(process.execPath, [BIN, folder.path], {
          encoding: "utf8",
          env: { ...process.env, TZ: zone },
        });
        return /^When: (.*)$/m.exec(result.stdout)?.[1];
      };
      expect(whenIn("Australia/Sydney")).toBe("Thursday 10 December 2026, 7:00 pm (Sydney time)");
      expect(whenIn("UTC")).toBe("Thursday 10 December 2026, 8:00 am (UTC time)");
    } finally {
      folder.remove();
    }
  });
});
