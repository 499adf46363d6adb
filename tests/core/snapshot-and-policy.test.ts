import { readFileSync } from "node:fs";
import path from "node:path";
import {
  analyze,
  builtInPolicy,
  BUILT_IN_POLICY_IDS,
  builtInPolicySet,
  checkPartOf,
  loadPolicy,
  loadPolicyText,
  parseSnapshot,
  PolicyError,
  SnapshotError,
  textsPartOf,
  withTexts,
  type CheckPolicy,
  type PolicyTexts,
} from "../../src/core";
import inForceJson from "../../src/policies/psa-2022-09-in-force.json";
import withdrawnJson from "../../src/policies/psa-2022-09-withdrawn.json";
import { invite } from "../support/invite-builder";
import { describeWithShared } from "../support/shared-folder";

describe("invite snapshots", () => {
  it("names the field and the problem when a snapshot is invalid", () => {
    expect(() => parseSnapshot({ mailbox: {}, item: { itemType: "letter" } })).toThrow(SnapshotError);
    expect(() => parseSnapshot({ mailbox: {}, item: { itemType: "letter" } })).toThrow(/item\.itemType: /);
    expect(() => parseSnapshot(invite({ start: "next Tuesday" }))).toThrow(
      /item\.start: is not a date and time/,
    );
    expect(() =>
      parseSnapshot(invite({ requiredAttendees: [{ emailAddress: 7 as unknown as string }] })),
    ).toThrow(/item\.requiredAttendees\.0\.emailAddress/);
    expect(() => parseSnapshot("QAMT")).toThrow(/\(top level\)/);
  });

  it("treats null lists and missing optional fields as empty, not as a crash", () => {
    const snapshot = parseSnapshot({
      mailbox: { displayName: null, emailAddress: null },
      item: {
        itemType: "appointment",
        subject: null,
        organizer: null,
        requiredAttendees: null,
        optionalAttendees: null,
        resources: null,
        body: null,
        recurrence: null,
      },
      directory: null,
      settings: null,
    });
    expect(snapshot.item.requiredAttendees).toEqual([]);
    expect(snapshot.item.subject).toBe("");
    expect(analyze(snapshot, builtInPolicy()).verdict).toBe("not-qa-review");
  });
});

describeWithShared("seed", "the direction as the PSA wrote it (../shared/seed)", (seedFolder) => {
  it("is quoted verbatim, background and all", () => {
    const seed = readFileSync(path.join(seedFolder, "psa-directive-qa-meetings.txt"), "utf8");
    const policy = builtInPolicy();
    expect(seed).toContain(`“${policy.directive.text}”`);
    for (const paragraph of policy.directive.background) expect(seed).toContain(paragraph);
  });
});

describe("policies", () => {
  it("ships the September 2022 direction, in force, as the default", () => {
    const policy = builtInPolicy();
    expect(policy.directive.status).toBe("in-force");
    expect(policy.directive.issued).toBe("2022-09");
    expect(policy.directive.text).toBe(
      "The PSA directs members who are in Caseworker roles not to attend meetings relating to Quality Assurance reviews (QAMT) unless it is one-to-one with their Manager Casework.",
    );
    expect(policy.directive.sourceUrl).toMatch(/^https:\/\/psa\.asn\.au\//);
  });

  it("ships a second policy recording the withdrawal, with the same detection", () => {
    const withdrawn = builtInPolicy("psa-2022-09-withdrawn");
    expect(withdrawn.directive.status).toBe("withdrawn");
    expect(withdrawn.directive.text).toBe(builtInPolicy().directive.text);
    expect(withdrawn.detection).toEqual(builtInPolicy().detection);
    expect(withdrawn.templates.map((template) => template.id)).toContain("request-guidelines");
    expect(BUILT_IN_POLICY_IDS).toEqual(["psa-2022-09-in-force", "psa-2022-09-withdrawn"]);
  });

  it("ships every built-in policy as the schema a user's policy meets would read it", () => {
    // The pane takes the built-ins unvalidated: webpack validates them as it bundles them.
    for (const id of BUILT_IN_POLICY_IDS) expect(loadPolicy(builtInPolicy(id))).toEqual(builtInPolicy(id));
  });

  it("splits each built-in policy in two for the pane, the check's part and its texts, which make it whole again", () => {
    const written = [inForceJson, withdrawnJson];
    const checks = builtInPolicySet<CheckPolicy>(written.map(checkPartOf) as { id: string }[]);
    const texts = builtInPolicySet<PolicyTexts>(written.map(textsPartOf) as { id: string }[]);
    for (const id of BUILT_IN_POLICY_IDS) {
      expect(checks.get(id)).not.toHaveProperty("templates");
      expect(checks.get(id)).not.toHaveProperty("directive");
      expect(withTexts(checks.get(id), texts.get(id))).toEqual(builtInPolicy(id));
    }
    // The withdrawal restates only the directive's standing: the rest of its text is the original's.
    expect(texts.get("psa-2022-09-withdrawn").directive.text).toBe(inForceJson.directive.text);
  });

  it("names the built-in policies it has when asked for one it does not", () => {
    expect(() => builtInPolicy("psa-2019")).toThrow(
      '"psa-2019" is not a built-in policy (choose from psa-2022-09-in-force, psa-2022-09-withdrawn)',
    );
  });

  it("lets an organisation change the wording without a rebuild", () => {
    const custom = loadPolicyText(
      JSON.stringify({
        extends: "psa-2022-09-in-force",
        id: "my-org",
        advice: { "not-qa-review": "All clear." },
      }),
    );
    expect(custom.id).toBe("my-org");
    expect(analyze(parseSnapshot(invite({ subject: "Morning tea" })), custom).advice).toBe("All clear.");
  });

  it("rejects a bad policy with the field and the problem", () => {
    expect(() => loadPolicyText("{ nope")).toThrow(PolicyError);
    expect(() => loadPolicyText("{ nope")).toThrow(/not valid JSON/);
    expect(() => loadPolicy({ extends: "psa-1999" })).toThrow(/extends: "psa-1999" is not a built-in policy/);
    const badPattern = structuredClone(inForceJson) as { detection: { signals: { patterns: string[] }[] } };
    badPattern.detection.signals[0]!.patterns = ["(unclosed"];
    expect(() => loadPolicy(badPattern)).toThrow(
      /detection\.signals\.0\.patterns\.0: is not a valid regular expression/,
    );
    expect(() =>
      loadPolicy({ ...inForceJson, directive: { ...inForceJson.directive, status: "paused" } }),
    ).toThrow(/directive\.status/);
    expect(() => loadPolicy({ ...inForceJson, roles: [] })).toThrow(/roles/);
  });
});
