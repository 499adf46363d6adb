import inForceJson from "../../src/policies/psa-2022-09-in-force.json";
import { BANNER_MAX_CHARACTERS, bannerText, builtInPolicy, loadPolicy, VERDICTS } from "../../src/core";
import { attendee, CASEWORKER, check, invite, QACI } from "../support/invite-builder";

/** Twenty recipients, as Outlook on the web gives a large meeting request with its header collapsed. */
function twentyRecipients() {
  const others = Array.from({ length: 19 }, (_, index) =>
    attendee({ displayName: `Worker ${index + 1}`, emailAddress: `worker${index + 1}@dcj-demo.example` }),
  );
  return [attendee(CASEWORKER), ...others];
}

describe("the banner on the invite", () => {
  it.each(["psa-2022-09-in-force", "psa-2022-09-withdrawn"])(
    "%s words one for every verdict but not-qa-review, each short enough for Outlook",
    (id) => {
      const policy = builtInPolicy(id);
      for (const verdict of VERDICTS) {
        const text = bannerText(policy, verdict);
        if (verdict === "not-qa-review") expect(text).toBeUndefined();
        else {
          expect(text).toMatch(/^QA Meeting Check: /);
          expect(text?.length).toBeLessThanOrEqual(BANNER_MAX_CHARACTERS);
        }
      }
    },
  );

  it("says the direction covers the meeting, in the words of the policy in force", () => {
    expect(bannerText(builtInPolicy(), "directive-applies")).toBe(
      "QA Meeting Check: the PSA direction covers this meeting. Open the pane for a reply.",
    );
  });

  it("says the direction is withdrawn under the withdrawn policy, and keeps the rest it does not restate", () => {
    const withdrawn = builtInPolicy("psa-2022-09-withdrawn");
    expect(bannerText(withdrawn, "directive-applies")).toMatch(/withdrawn/);
    expect(bannerText(withdrawn, "unclear")).toBe(bannerText(builtInPolicy(), "unclear"));
  });

  it("rejects a banner longer than Outlook shows, or one for a meeting that is not a review", () => {
    const long = "x".repeat(BANNER_MAX_CHARACTERS + 1);
    expect(() => loadPolicy({ ...inForceJson, banner: { ...inForceJson.banner, unclear: long } })).toThrow(
      /banner\.unclear: .*150/,
    );
    expect(() =>
      loadPolicy({ ...inForceJson, banner: { ...inForceJson.banner, "not-qa-review": "Nothing to see." } }),
    ).toThrow(/banner/);
    const { banner: _omitted, ...withoutBanner } = inForceJson;
    expect(() => loadPolicy(withoutBanner)).toThrow(/banner/);
  });
});

describe("the head-count when Outlook gives only the first 20 recipients", () => {
  const panel = { subject: "QAMT review panel", requiredAttendees: twentyRecipients() };

  it('says "at least" when the adapter marks the list as cut short', () => {
    const result = check(invite({ ...panel, attendeesTruncated: true }));
    expect(result.verdict).toBe("directive-applies");
    expect(result.headline).toMatch(/^This looks like a QAMT review with at least 20 other people: /);
  });

  it("gives the exact count when the list is whole", () => {
    const result = check(invite(panel));
    expect(result.headline).toMatch(/^This looks like a QAMT review with 20 other people: /);
  });

  it("says at least as many as it can see when the owner is not among the first 20", () => {
    const others = twentyRecipients().slice(1);
    const result = check(
      invite({ ...panel, requiredAttendees: [...others, attendee(QACI)], attendeesTruncated: true }),
    );
    expect(result.headline).toContain("with at least 21 other people: ");
  });
});
