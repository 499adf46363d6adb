import { attendee, check, invite, MCS, QACI } from "../support/invite-builder";

/** A panel: Helen (Manager Casework) organizes, Grace (QACI) attends, so only the words decide. */
const panel = (subject: string, body = "") =>
  check(invite({ subject, body, requiredAttendees: [attendee(QACI)] }));

describe("finding a QA review in the words of the invite", () => {
  it.each([
    ["QAMT review", "QAMT"],
    ["CIW data check", "CIW"],
    ["RMT catch up", "RMT"],
    ["Performance Dashboard review", "Performance Dashboard"],
    ["OOHC and CP Audit Tool results", "OOHC and CP Audit Tool"],
    ["Monthly QA", "QA"],
    ["Quality Assurance meeting", "Quality Assurance"],
    ["QACI session", "QACI"],
    ["Case file audit", "Case file audit"],
  ])("names the monitoring tool or QA in %j", (subject, quote) => {
    const result = panel(subject);
    expect(result.verdict).toBe("directive-applies");
    expect(result.evidence.map((entry) => entry.quote)).toContain(quote);
  });

  it.each([
    ["Q.A. review", "Q.A."],
    ["QA&CI meeting", "QA&CI"],
    ["qa & ci catch-up", "qa & ci"],
    ["quality assurence results", "quality assurence"],
    ["QAMTs for November", "QAMTs"],
    ["Q A review", "Q A"],
    ["ＱＡＭＴ review", "ＱＡＭＴ"],
    ["Réunion QA – équipe", "QA"],
    ["Compliânce check", "Compliânce"],
  ])("tolerates spelling, spacing and accents: %j", (subject, quote) => {
    const result = panel(subject);
    expect(result.verdict).toBe("directive-applies");
    expect(result.evidence.map((entry) => entry.quote)).toContain(quote);
  });

  it("matches by purpose when the name says nothing", () => {
    const result = panel("Catch up", "We'll go through your overdue case plans and the dashboard.");
    expect(result.verdict).toBe("directive-applies");
    expect(result.evidence.map((entry) => entry.label)).toEqual(
      expect.arrayContaining(["overdue or outstanding work", "dashboard"]),
    );
  });

  it("quotes the words exactly as the invite wrote them, with where they were found", () => {
    const result = panel("FW: Catch-up", "Reviewing your OVERDUE tasks and KPIs");
    const overdue = result.evidence.find((entry) => entry.label === "overdue or outstanding work");
    expect(overdue).toMatchObject({ source: "body", quote: "OVERDUE", weight: 2 });
    expect(result.evidence.find((entry) => entry.label === "KPIs")).toMatchObject({
      source: "body",
      quote: "KPIs",
    });
  });

  it("monthly recurrence and QACI or MCS attendance strengthen, but never create, a QA review", () => {
    const weak = check(invite({ subject: "Catch up", body: "A look at the overdue list for the office." }));
    expect(weak.qa.level).toBe("weak");
    const strengthened = check(
      invite({
        subject: "Catch up",
        body: "A look at the overdue list for the office.",
        recurrence: { recurrenceType: "monthly" },
        requiredAttendees: [attendee(MCS)],
      }),
    );
    expect(strengthened.qa.level).toBe("qa-review");
    expect(strengthened.evidence.map((entry) => entry.source)).toEqual(
      expect.arrayContaining(["recurrence", "attendees"]),
    );
    const nothing = check(
      invite({
        subject: "Catch up",
        body: "A chance to talk about the new office layout and the parking arrangements.",
        recurrence: { recurrenceType: "monthly" },
        requiredAttendees: [attendee(QACI), attendee(MCS)],
      }),
    );
    expect(nothing.verdict).toBe("not-qa-review");
  });
});

describe("near-misses stay quiet", () => {
  it.each([
    ["QAF review for Jayden", "the Quality Assurance Framework"],
    ["Quality Assurance Framework interview", "Quality Assurance Framework"],
    ["Case plan review - Smith children", "case plan review"],
    ["Serious Case Review interview", "serious case review"],
    ["PDP meeting", "PDP"],
    ["Fleet audit", "fleet audit"],
    ["Purchasing card audit", "purchasing card audit"],
    ["QAMT training", "training"],
    ["Induction: how to use CIW", "induction"],
    ["Team meeting", "team meeting"],
    ["Case consult - Green family", "case consult"],
    ["Family group conference", "family group conference"],
    ["Court prep - Local Court", "court"],
    ["Christmas party", "christmas party"],
    ["Supervision", "plain supervision"],
  ])("%j is not a QA review (%s)", (subject) => {
    expect(panel(subject).verdict).toBe("not-qa-review");
  });

  it("explains a look-alike it set aside", () => {
    const result = panel("QAF review");
    const qaf = result.evidence.find((entry) => entry.label === "QAF");
    expect(qaf).toMatchObject({ quote: "QAF", weight: 0, kind: "mask" });
  });

  it("still finds a QA review next to a look-alike", () => {
    expect(panel("PDP and QAMT results").verdict).toBe("directive-applies");
  });
});

describe("boilerplate is not evidence", () => {
  const teams = [
    "________________________________________________________________________________",
    "Microsoft Teams meeting",
    "Join on your computer, mobile app or room device",
    "Click here to join the meeting",
    "Meeting ID: 123 456 789 QA",
    "Passcode: QA12",
    "________________________________________________________________________________",
  ].join("\n");

  const withManager = (subject: string, body: string) => check(invite({ subject, body }));

  it("ignores words inside a Teams block", () => {
    const result = withManager("Catch up", `Quick chat.\n${teams}`);
    expect(result.verdict).toBe("not-qa-review");
    expect(result.qa.score).toBe(0);
  });

  it("reads the words outside it", () => {
    const result = panel("Catch up", `Your QAMT results.\n${teams}`);
    expect(result.verdict).toBe("directive-applies");
  });

  it("ignores Outlook's When/Where preamble and Google's invitation block", () => {
    const outlook =
      "When: Thursday, 10 December 2026 2:00 PM-3:00 PM (UTC+10:00) QA Room.\nWhere: QA Room\n\n*~*~*~*~*~*~*~*~*~\n\nCatch up.";
    expect(withManager("Catch up", outlook).verdict).toBe("not-qa-review");
    const google =
      "Catch up.\n\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/qa-qa-qa\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-";
    expect(withManager("Catch up", google).verdict).toBe("not-qa-review");
  });

  it("reads past Invitation:, Updated invitation: and FW: prefixes", () => {
    const result = panel("FW: Updated invitation: QAMT review");
    expect(result.verdict).toBe("directive-applies");
    expect(result.evidence[0]).toMatchObject({ source: "subject", quote: "QAMT" });
  });
});

describe("signatures and look-alikes that silence a weaker word", () => {
  it("reads a signature for the sender's role, never for QA words", () => {
    const karen = { displayName: "Karen Mitchell", emailAddress: "karen.mitchell@dcj-demo.example" };
    const result = check(
      invite(
        {
          subject: "QAMT training",
          organizer: karen,
          body: "How to use the tool.\n\nKind regards,\nKaren Mitchell\nQACI Officer",
        },
        { directory: {} },
      ),
    );
    expect(result.verdict).toBe("not-qa-review");
    expect(result.people.find((person) => person.name === "Karen Mitchell")?.role).toMatchObject({
      label: "QACI",
      source: "body",
    });
  });

  it("does not count a plain 'audit' once an unrelated audit is named", () => {
    const result = panel("Fleet audit", "Please bring your logbook to the audit.");
    expect(result.verdict).toBe("not-qa-review");
    expect(result.evidence.map((entry) => entry.label)).not.toContain("audit");
  });

  it("names the review with the right article", () => {
    expect(panel("RMT catch up").headline).toMatch(/^This looks like an RMT review with/);
    expect(panel("QAMT review").headline).toMatch(/^This looks like a QAMT review with/);
  });
});

describe("a signature without a sign-off", () => {
  it("gives the sender's role but adds nothing to the QA score", () => {
    const karen = { displayName: "Karen Mitchell", emailAddress: "karen.mitchell@dcj-demo.example" };
    const signed = check(
      invite({
        subject: "Catch up",
        organizer: karen,
        body: "A chance to talk about the new office layout and the parking arrangements for next week.\nKaren Mitchell\nQACI Officer, Western Sydney",
      }),
    );
    expect(signed.verdict).toBe("not-qa-review");
    expect(signed.people[0]?.role).toMatchObject({ label: "QACI", source: "body" });
  });
});
