import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyze, builtInPolicy, parseSnapshot } from "../../src/core";

const invites = path.resolve(__dirname, "../../../shared/invites");
const expected = JSON.parse(readFileSync(path.join(invites, "expected.json"), "utf8")) as Record<
  string,
  string[]
>;

describe("the labelled examples in shared/invites", () => {
  it("covers every example file", () => {
    const files = readdirSync(invites).filter((name) => name.endsWith(".json") && name !== "expected.json");
    expect(files.map((name) => name.replace(/\.json$/, "")).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))("%s gets one of %j", (name, verdicts) => {
    const snapshot = parseSnapshot(JSON.parse(readFileSync(path.join(invites, `${name}.json`), "utf8")));
    const result = analyze(snapshot, builtInPolicy());
    expect(verdicts).toContain(result.verdict);
    if (result.verdict !== "not-qa-review") {
      const words = result.evidence.filter((entry) => entry.source === "subject" || entry.source === "body");
      expect(words.some((entry) => entry.weight > 0)).toBe(true);
    }
  });
});
