import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyze, builtInPolicy, parseSnapshot } from "../../src/core";
import { describeWithShared } from "../support/shared-folder";

describeWithShared("invites", "the labelled examples in shared/invites", (invites) => {
  const expected = JSON.parse(readFileSync(path.join(invites, "expected.json"), "utf8")) as Record<
    string,
    string[]
  >;
  const check = (name: string) =>
    analyze(
      parseSnapshot(JSON.parse(readFileSync(path.join(invites, `${name}.json`), "utf8"))),
      builtInPolicy(),
    );
  /** The examples labelled as QA reviews, whatever else they may be. */
  const qaReviews = Object.keys(expected).filter((name) => !expected[name]?.includes("not-qa-review"));

  it("covers every example file", () => {
    const files = readdirSync(invites).filter((name) => name.endsWith(".json") && name !== "expected.json");
    expect(files.map((name) => name.replace(/\.json$/, "")).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))("%s gets one of %j", (name, verdicts) => {
    expect(verdicts).toContain(check(name).verdict);
  });

  it.each(qaReviews)("%s is found a QA review by its words, not by its people alone", (name) => {
    const words = check(name).evidence.filter(
      (entry) => entry.source === "subject" || entry.source === "body",
    );
    expect(words.filter((entry) => entry.weight > 0)).not.toEqual([]);
  });
});
