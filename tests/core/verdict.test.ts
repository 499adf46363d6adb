import { attendee, check, invite, MANAGER, MCS, QACI } from "../support/invite-builder";

const pat = { displayName: "Pat Kim", emailAddress: "pat.kim@dcj-demo.example" };

describe("the verdict", () => {
  it("applies the directive to a QA review with more than the Manager Casework", () => {
    const result = check(
      invite({ subject: "QAMT review", requiredAttendees: [attendee(QACI), attendee(MCS)] }),
    );
    expect(result.verdict).toBe("directive-applies");
    expect(result.headline).toBe(
      "This looks like a QAMT review with 3 other people: Helen Ward (Manager Casework), Grace Liu (QACI), Omar Haddad (Manager Client Services).",
    );
    expect(result.advice).toMatch(/not to attend/);
  });

  it("applies the directive when the only other person is not the Manager Casework", () => {
    const result = check(invite({ subject: "QAMT results", organizer: QACI }));
    expect(result.verdict).toBe("directive-applies");
    expect(result.headline).toContain("Grace Liu (QACI), who is not your Manager Casework");
  });

  it("applies the directive to a Manager Casework who is not the one named in settings", () => {
    const result = check(invite({ subject: "QAMT review" }), undefined);
    expect(result.verdict).toBe("one-to-one");
    const other = check(
      invite({ subject: "QAMT review" }, { settings: { managerCasework: "someone.else@dcj-demo.example" } }),
    );
    expect(other.verdict).toBe("directive-applies");
    expect(other.headline).toContain("not the one in your settings");
  });

  it("allows a one-to-one with the Manager Casework named in settings, whatever the directory says", () => {
    const result = check(
      invite(
        { subject: "QAMT review", organizer: pat },
        { directory: {}, settings: { managerCasework: pat.emailAddress } },
      ),
    );
    expect(result.verdict).toBe("one-to-one");
    expect(result.managerCasework?.name).toBe("Pat Kim");
    expect(result.advice).toMatch(/one-to-one/);
  });

  it("is unclear when the only other person's role is unknown, and says what to check", () => {
    const result = check(invite({ subject: "QAMT review", organizer: pat }, { directory: {} }));
    expect(result.verdict).toBe("unclear");
    expect(result.checks.join(" ")).toContain("Check whether Pat Kim is your Manager Casework");
  });

  it("is unclear when the words are too weak to tell, and says what to check", () => {
    const result = check(
      invite({
        subject: "Catch up",
        body: "Let's talk about the overdue list for the office.",
        requiredAttendees: [attendee(pat)],
      }),
    );
    expect(result.verdict).toBe("unclear");
    expect(result.checks.join(" ")).toContain('"overdue"');
  });

  it("is unclear when nobody else is listed", () => {
    const result = check(invite({ subject: "QAMT review", organizer: null }));
    expect(result.verdict).toBe("unclear");
    expect(result.checks.join(" ")).toMatch(/who will attend/);
  });

  it("says not a QA review when nothing points to one, even for a panel of managers", () => {
    const result = check(
      invite({ subject: "Morning tea", requiredAttendees: [attendee(QACI), attendee(MCS)] }),
    );
    expect(result.verdict).toBe("not-qa-review");
    expect(result.headline).toBe("This does not look like a Quality Assurance review.");
  });

  it("gives the withdrawn policy's advice for the same detection", () => {
    const item = invite({ subject: "QAMT review", requiredAttendees: [attendee(QACI)] });
    const inForce = check(item);
    const withdrawn = check(item, "psa-2022-09-withdrawn");
    expect(withdrawn.verdict).toBe(inForce.verdict);
    expect(withdrawn.advice).toMatch(/withdrawn/);
    expect(withdrawn.advice).toMatch(/guidelines/);
    expect(withdrawn.advice).not.toBe(inForce.advice);
  });

  it("explains every verdict with evidence that says where it was found", () => {
    const result = check(
      invite({ subject: "QAMT review", organizer: MANAGER, requiredAttendees: [attendee(QACI)] }),
    );
    const said = expect.stringMatching(/\S/);
    expect(result.evidence).toEqual([
      expect.objectContaining({ source: "subject", quote: "QAMT", weight: 3, meaning: said }),
      expect.objectContaining({ source: "attendees", quote: "Grace Liu (QACI)", weight: 1, meaning: said }),
      expect.objectContaining({
        source: "attendees",
        quote: "Helen Ward (Manager Casework), Grace Liu (QACI)",
        weight: 0,
        meaning: said,
      }),
    ]);
  });
});
