import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describeWithShared } from "../support/shared-folder";
import { readPath, SAMPLES, verdictOf } from "./read-helpers";

const samplesExpected = JSON.parse(readFileSync(join(SAMPLES, "expected.json"), "utf8")) as Record<
  string,
  string
>;

describeWithShared("invites", "the shared labelled examples", (sharedInvites) => {
  const sharedExpected = JSON.parse(readFileSync(join(sharedInvites, "expected.json"), "utf8")) as Record<
    string,
    string[]
  >;

  it("has an expected verdict for every example file", () => {
    const files = readdirSync(sharedInvites).filter(
      (name) => name.endsWith(".json") && name !== "expected.json",
    );
    expect(files.map((name) => name.replace(/\.json$/, "")).sort()).toEqual(
      Object.keys(sharedExpected).sort(),
    );
  });

  it.each(Object.entries(sharedExpected))("%s gets one of %j", async (name, verdicts) => {
    const reading = await readPath(join(sharedInvites, `${name}.json`));
    expect(verdicts).toContain(verdictOf(reading));
  });
});

describe("the project's samples", () => {
  const files = readdirSync(SAMPLES).filter(
    (name) => /\.(json|ics|eml)$/.test(name) && name !== "expected.json",
  );

  it("lists every sample in samples/expected.json, and nothing else", () => {
    expect(files.sort()).toEqual(Object.keys(samplesExpected).sort());
  });

  it("covers every verdict, with .json, .ics and .eml files", () => {
    expect(new Set(Object.values(samplesExpected))).toEqual(
      new Set(["directive-applies", "one-to-one", "not-qa-review", "unclear"]),
    );
    for (const extension of [".json", ".ics", ".eml"]) {
      expect(files.some((name) => name.endsWith(extension))).toBe(true);
    }
  });

  it.each(Object.entries(samplesExpected))("%s gets %s", async (name, verdict) => {
    expect(verdictOf(await readPath(join(SAMPLES, name)))).toBe(verdict);
  });

  it("gives every sample a distinct subject", async () => {
    const subjects = await Promise.all(
      files.map(async (name) => {
        const reading = await readPath(join(SAMPLES, name));
        return reading.kind === "invite" ? reading.snapshot.item.subject : name;
      }),
    );
    expect(new Set(subjects).size).toBe(files.length);
  });
});
