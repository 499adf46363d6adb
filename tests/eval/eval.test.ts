import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/eval/main";
import { invite, MCS, QACI, attendee } from "../support/invite-builder";

/** A labelled set written for the test: a panel the engine finds, a one-to-one it finds, and two it gets wrong on purpose. */
function labelledSet(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "qa-eval-"));
  const panel = invite({ subject: "QAMT review", requiredAttendees: [attendee(QACI), attendee(MCS)] });
  const team = invite({ subject: "Team meeting", body: "Leave roster and the new printer." });
  const cases = [
    { id: "panel", expect: ["directive-applies"], note: "a panel", invite: panel },
    { id: "team", expect: ["not-qa-review"], note: "a team meeting", invite: team },
    {
      id: "labelled-wrong-as-panel",
      expect: ["directive-applies"],
      note: "a missed panel, by its label",
      invite: team,
    },
    {
      id: "labelled-wrong-as-team",
      expect: ["not-qa-review", "unclear"],
      note: "a false alarm, by its label",
      invite: panel,
    },
  ];
  const file = path.join(folder, "set.json");
  writeFileSync(file, JSON.stringify(cases));
  return file;
}

async function run(args: string[]): Promise<string> {
  let printed = "";
  await main(args, (text) => (printed += text));
  return printed;
}

describe("npm run eval", () => {
  it("counts right, missed panels and false alarms, and explains each wrong case", async () => {
    const report = await run([labelledSet()]);
    expect(report).toContain("right 2/4 (50.0%), missed panels 1, false alarms 1");
    expect(report).toMatch(
      /- labelled-wrong-as-panel: expected directive-applies, engine said not-qa-review \[MISSED PANEL\]/,
    );
    expect(report).toMatch(
      /- labelled-wrong-as-team: expected not-qa-review or unclear, engine said directive-applies \[FALSE ALARM\]/,
    );
    expect(report).toContain("note: a missed panel, by its label");
  });

  it("writes one JSON line per case and one per corpus with --json", async () => {
    const lines = (await run(["--json", labelledSet()]))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { type: string });
    expect(lines.map((line) => line.type)).toEqual(["case", "case", "case", "case", "corpus"]);
    expect(lines[4]).toMatchObject({ right: 2, total: 4, missedPanels: 1, falseAlarms: 1 });
  });
});
