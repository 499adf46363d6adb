import { attendee, check, invite, MANAGER, MCS, QACI } from "../support/invite-builder";

/** Helen (Manager Casework) organizes; Grace (QACI) and Omar (MCS) are invited: only the words decide. */
const panel = (subject: string, body: string) =>
  check(invite({ subject, body, requiredAttendees: [attendee(QACI), attendee(MCS)] }));

const verdictOf = (subject: string, body: string) => panel(subject, body).verdict;

describe("the meeting's purpose outweighs a tool's name", () => {
  it.each([
    [
      "training on a tool",
      "CIW refresher",
      "A hands-on refresher on finding the CIW overdue report and exporting it.",
    ],
    [
      "a release demo",
      "Performance Dashboard 5.1",
      "A 30 minute demo of what's new in the dashboard: new filters and the export fix.",
    ],
    [
      "testing a tool",
      "QAMT screens",
      "We're redesigning the QAMT screens and want user feedback on the tool.",
    ],
    [
      "an outage notice",
      "RMT dashboards",
      "Planned maintenance: the RMT dashboards will be unavailable from 7pm Friday.",
    ],
    [
      "a union meeting",
      "QAMT meetings",
      "Lunchtime PSA members meeting to talk through what the direction on QAMT panels means.",
    ],
    [
      "an HR briefing",
      "QACI team changes",
      "A briefing on the proposed realignment of the QACI function and the consultation period.",
    ],
    [
      "a farewell",
      "Farewell Deb",
      "Deb is leaving QACI after nine years - join us for morning tea in the kitchen.",
    ],
    [
      "a records audit",
      "Archive boxes",
      "Records audit of the archive boxes before they go to offsite storage.",
    ],
    [
      "a purchasing-card audit",
      "PCard audit",
      "Your purchasing card was picked for the annual audit. Bring the receipts.",
    ],
    [
      "a carer household audit",
      "Household check",
      "Annual home environment audit of the Nguyen carer household.",
    ],
    [
      "a child's permanency panel",
      "Permanency panel - Mia",
      "Permanency panel for Mia: the guardianship order and the timeframes for the plan.",
    ],
    [
      "a recruitment panel",
      "Interview panel",
      "Thanks for sitting on the interview panel for the new caseworker role. Three candidates.",
    ],
  ])("%s is not a QA review", (_kind, subject, body) => {
    const result = panel(subject, body);
    expect(result.verdict).toBe("not-qa-review");
    expect(result.evidence.some((entry) => entry.kind === "purpose")).toBe(true);
  });

  it("still finds the review inside a training session that turns to your own files", () => {
    expect(
      verdictOf(
        "QAMT refresher",
        "A quick refresher on the new QAMT fields, then we'll go through the items flagged on your files.",
      ),
    ).toBe("directive-applies");
  });

  it("does not read 'morning tea provided' as a social event", () => {
    expect(
      verdictOf("QAMT panel", "Going through your QAMT results for the quarter. Morning tea provided."),
    ).toBe("directive-applies");
  });

  it("does not read an agenda item about training as what the meeting is for", () => {
    const body = "Agenda:\n1. Your overdue case plans on the RMT dashboard\n2. Training requests";
    expect(verdictOf("Monthly check-in", body)).toBe("directive-applies");
  });

  it("says so when the subject names a review but the body speaks of other business", () => {
    const result = panel("QAMT review", "Please complete the online training module before the session.");
    expect(result.verdict).toBe("unclear");
    expect(result.checks.join(" ")).toContain("training");
  });
});

describe("what the invite says will not be looked at", () => {
  it.each([
    ["no individual results", "CSC-level figures only, no individual results will be shown or discussed."],
    ["nobody's files", "This is not a review of anyone's files - we want to hear what's clunky in QAMT."],
    ["dummy data", "We'll use de-identified test data to walk through the new CIW layout."],
    ["not your practice", "The session is about the children's wellbeing in care, not about your practice."],
  ])("a disclaimer (%s) keeps a meeting about a tool from being a review", (_kind, body) => {
    const result = panel("QAMT session", body);
    expect(result.verdict).toBe("not-qa-review");
  });

  it("reads a disclaimer that the sentence then undoes", () => {
    const body =
      "This is not about individual results, but please bring your list of overdue SARAs to talk the group through.";
    expect(verdictOf("Team huddle", body)).toBe("directive-applies");
  });

  it("does not read a disclaimer of a label as a disclaimer of the work", () => {
    const body =
      "This isn't a QAMT review as such - we just want to walk through the items flagged on your QAMT report.";
    expect(verdictOf("Quick chat", body)).toBe("directive-applies");
  });

  it("does not count a QA word the invite says the meeting is not", () => {
    const result = check(
      invite({ subject: "Catch up", body: "Not a QA meeting - just a chat about the new roster and leave." }),
    );
    expect(result.verdict).toBe("not-qa-review");
    expect(result.evidence.find((entry) => entry.quote === "QA")?.weight).toBe(0);
  });
});

describe("reviews by other names", () => {
  it.each([
    [
      "a catch-up about your numbers",
      "Catch up",
      "Want to catch up about your numbers - the open case count and the visits that are overdue.",
    ],
    [
      "a health check",
      "Health check",
      "A health check on your open cases: what's past its review date and what can close.",
    ],
    [
      "a data cleanse",
      "Data cleanse",
      "Please bring a list of your open tasks older than 90 days so we can go through them.",
    ],
    [
      "a closure push",
      "Closure push",
      "Going through your allocations to get the overdue closures done before EOFY.",
    ],
    [
      "a coffee",
      "Coffee?",
      "Just a coffee! I'll bring the printout of your outstanding SAS2s so we can have a look.",
    ],
  ])("%s is a review", (_kind, subject, body) => {
    const result = panel(subject, body);
    expect(result.verdict).toBe("directive-applies");
    expect(result.evidence.find((entry) => entry.kind === "own-work")?.weight).toBeGreaterThan(0);
  });

  it("does not count your own things that are not your casework", () => {
    const result = panel("Fleet audit", "Please bring your logbook and fuel card to the fleet audit.");
    expect(result.verdict).toBe("not-qa-review");
  });

  it("does not count a look at work that is not yours", () => {
    const result = check(
      invite({
        subject: "Roster",
        body: "Let's go through the new leave roster and the on-call list for January.",
      }),
    );
    expect(result.verdict).toBe("not-qa-review");
  });

  it("reads the owner's name as theirs: a review of Chris's files", () => {
    expect(verdictOf("Panel", "Panel for Chris Park's allocated files with the QAMT extract.")).toBe(
      "directive-applies",
    );
  });

  it("treats a look at your files against nothing named as a weak hint", () => {
    const result = check(
      invite({
        subject: "Practice conversation",
        body: "Could we have a quick conversation about a couple of your files?",
      }),
    );
    expect(result.qa.level).toBe("weak");
  });
});

describe("words that are not words", () => {
  it("does not read an e-mail address or a web link for purposes", () => {
    const result = panel(
      "Monthly QAMT review",
      "Your QAMT results, as sent by training.team@dcj-demo.example: https://demo.example/qamt",
    );
    expect(result.verdict).toBe("directive-applies");
    expect(result.evidence.some((entry) => entry.kind === "purpose")).toBe(false);
  });
});

describe("too little to go on", () => {
  it("is unclear for a bare tool name with nothing else but an unknown invitee", () => {
    const dana = { displayName: "Dana Whitby", emailAddress: "dana.whitby@dcj-demo.example" };
    const result = check(invite({ subject: "QAMT", body: "", requiredAttendees: [attendee(dana)] }));
    expect(result.verdict).toBe("unclear");
  });

  it("reads a bare tool name as a review when a QA panel's roles are invited", () => {
    const result = check(
      invite({ subject: "QAMT", body: "", requiredAttendees: [attendee(QACI), attendee(MCS)] }),
    );
    expect(result.verdict).toBe("directive-applies");
  });

  it("is unclear when the body says nothing and someone from a QA panel is invited", () => {
    const result = check(invite({ subject: "Check-in", body: "", requiredAttendees: [attendee(MCS)] }));
    expect(result.verdict).toBe("unclear");
    expect(result.checks.join(" ")).toMatch(/Ask Helen Ward: will the meeting go through your own files/);
  });

  it("says nothing is wrong when the body says nothing and nobody from a QA panel is invited", () => {
    const colleague = { displayName: "Ella Ng", emailAddress: "ella.ng@dcj-demo.example" };
    const result = check(invite({ subject: "Catch up", body: "", organizer: colleague }, { directory: {} }));
    expect(result.verdict).toBe("not-qa-review");
  });

  it("is unclear for a bare 'Review' with a QACI invitee", () => {
    expect(check(invite({ subject: "Review", body: "", requiredAttendees: [attendee(QACI)] })).verdict).toBe(
      "unclear",
    );
  });
});

describe("reviews of a Helpline caseworker's calls", () => {
  const calls =
    "Let's listen to three of your calls from last week and talk through the screening decisions.";

  it("is one-to-one when only the Manager Casework listens", () => {
    const result = check(
      invite(
        { subject: "Call review", body: calls },
        { settings: { managerCasework: MANAGER.emailAddress } },
      ),
    );
    expect(result.verdict).toBe("one-to-one");
  });

  it("applies when someone else listens", () => {
    const nick = { displayName: "Nick Faulkner", emailAddress: "nick.faulkner@dcj-demo.example" };
    const result = check(
      invite(
        { subject: "Call review", organizer: nick, body: calls },
        { settings: { managerCasework: MANAGER.emailAddress } },
      ),
    );
    expect(result.verdict).toBe("directive-applies");
  });
});

describe("a sentence about a look-alike", () => {
  it("does not read the children on your caseload in a QAF sample as your work", () => {
    const body =
      "Thanks for helping coordinate the QAF interviews for the children on your caseload selected in this year's sample. We'll run through consent and the timeframes.";
    expect(panel("QAF interviews - coordination", body).verdict).toBe("not-qa-review");
  });

  it("still reads your own sample results as your work", () => {
    expect(panel("Sample results", "We'll go through the QAMT sample results for your files.").verdict).toBe(
      "directive-applies",
    );
  });
});

describe("a purpose the body mentions in passing", () => {
  it("reads a review whose body names its tools, though it mentions court", () => {
    const result = panel(
      "Updated: QA review",
      "Moved to 2pm - Chris has court in the morning. Same agenda: QAMT red items, SAS2s overdue.",
    );
    expect(result.verdict).toBe("directive-applies");
  });
});

describe("a look at your practice", () => {
  it("treats reflecting on your practice as a weak hint", () => {
    const result = check(
      invite({
        subject: "Practice conversation",
        body: "A chance to reflect together on your practice in a couple of matters.",
      }),
    );
    expect(result.qa.level).toBe("weak");
  });
});

describe("more ways of naming your own work", () => {
  it.each([
    [
      "files held by you",
      "The Q3 sample included four files held by you. I'll go through the feedback on each.",
    ],
    [
      "matters allocated to you by name",
      "A deep dive into a selection of allocated matters held by Chris Park: safety assessment timeliness.",
    ],
  ])("reads %s", (_kind, body) => {
    expect(panel("Feedback", body).verdict).toBe("directive-applies");
  });

  it("reads a review of open assessments as a hint", () => {
    expect(check(invite({ subject: "Review of open assessments", body: "" })).qa.level).toBe("weak");
  });
});

describe("talk about QA meetings, not a QA meeting", () => {
  it.each([
    [
      "an agenda item on the new guidelines",
      "Team planning day",
      "Agenda:\n9:00 Team values\n10:30 Info session on the new QA meeting guidelines (info only)\n12:00 Lunch",
    ],
    [
      "a consultation on Terms of Reference",
      "Consultation: draft Terms of Reference for QA meetings",
      "Tell us what would make these meetings fair and respectful.",
    ],
    [
      "a forum on statewide themes",
      "Practice Quality Forum",
      "Themes from the statewide QA sample. No individual, team or office results will be presented.",
    ],
    [
      "a working group on templates",
      "CI working group - case note templates",
      "We'll look at the draft templates and collect frontline feedback.",
    ],
    [
      "a job interview",
      "Interview - Tuesday",
      "Thank you for your application. Please prepare a presentation on how quality assurance supports practice.",
    ],
  ])("%s is not a QA review", (_kind, subject, body) => {
    expect(panel(subject, body).verdict).toBe("not-qa-review");
  });

  it("does not read a host name as a word", () => {
    const body =
      "We'll go through our findings on the files allocated to you against the CP Audit Tool. Join: meet.google-demo.example/xqp";
    const result = panel("File review interview", body);
    expect(result.evidence.some((entry) => entry.kind === "purpose")).toBe(false);
    expect(result.verdict).toBe("directive-applies");
  });
});

describe("a bare review", () => {
  it("is unclear when the subject is only 'Review' and the body says nothing", () => {
    const tara = { displayName: "Tara Quinlan", emailAddress: "tara.quinlan@dcj-demo.example" };
    expect(check(invite({ subject: "Review", body: "", requiredAttendees: [attendee(tara)] })).verdict).toBe(
      "unclear",
    );
  });

  it("is unclear for a forwarded 'Review' whose body only says details will follow", () => {
    const tara = { displayName: "Tara Quinlan", emailAddress: "tara.quinlan@dcj-demo.example" };
    const body =
      "Can you make this one?\n\nPlease attend the review on Tuesday with the rest of the district. Details to follow.";
    expect(check(invite({ subject: "FW: Review", body, organizer: tara }, { directory: {} })).verdict).toBe(
      "unclear",
    );
  });

  it("says nothing is wrong when the details that follow are about something else", () => {
    const tara = { displayName: "Tara Quinlan", emailAddress: "tara.quinlan@dcj-demo.example" };
    const body = "Catch up about the office move. Details to follow.";
    expect(check(invite({ subject: "Office move", body, organizer: tara }, { directory: {} })).verdict).toBe(
      "not-qa-review",
    );
  });

  it("says nothing is wrong for a review of something named that is not your work", () => {
    const result = check(
      invite({
        subject: "Review of leave policy",
        body: "HR will brief the team on changes to the leave policy.",
      }),
    );
    expect(result.verdict).toBe("not-qa-review");
  });
});

describe("a tool named in passing at a meeting held for casework business", () => {
  const team = { displayName: "Team 3", emailAddress: "team3@dcj-demo.example" };
  const teamMeeting = (body: string, requiredAttendees = [attendee(team, "distributionList")]) =>
    check(invite({ subject: "Team meeting", body, requiredAttendees }, { directory: {} }));

  it("says nothing is wrong when an agenda item only brings news about the tool", () => {
    const result = teamMeeting(
      "Agenda\n1. Leave\n2. District news: changes to the RMT screens from March\n3. WHS",
    );
    expect(result.verdict).toBe("not-qa-review");
  });

  it("still reads a review when the meeting goes through your own items in the tool", () => {
    const result = teamMeeting("Agenda\n1. Leave\n2. Your overdue QAMT items, one by one\n3. WHS");
    expect(result.verdict).toBe("directive-applies");
  });

  it("stays unclear when someone from a QA panel comes as well", () => {
    const result = check(
      invite({
        subject: "Team meeting",
        body: "Agenda\n1. Leave\n2. RMT\n3. WHS",
        requiredAttendees: [attendee(team, "distributionList"), attendee(QACI)],
      }),
    );
    expect(result.verdict).toBe("unclear");
  });
});

describe("'without' that describes the work, not the meeting", () => {
  const oneToOne = (subject: string, body: string) => check(invite({ subject, body })).verdict;

  it("reads work that lacks something as the work to be looked at", () => {
    const body =
      "The OOHC audit tool is flagging 3 of your young people without a current leaving care plan. Let's go through them together.";
    expect(oneToOne("Leaving care plans - overdue", body)).toBe("one-to-one");
  });

  it("still reads a look that is withheld as a disclaimer", () => {
    const body = "A walk-through of the new CIW screens, without showing anyone's files.";
    expect(verdictOf("CIW screens", body)).toBe("not-qa-review");
  });
});

describe("a workshop, and to workshop something", () => {
  it("does not read 'we'll workshop how to clear them' as a training day", () => {
    const body =
      "Grace from QACI will take us through each person's overdue list on the Performance Dashboard and we'll workshop how to clear them.";
    expect(verdictOf("Group supervision", body)).toBe("directive-applies");
  });

  it("still reads a workshop on a tool as training", () => {
    expect(verdictOf("QAMT workshop", "A QAMT workshop for new starters: how to record a closure.")).toBe(
      "not-qa-review",
    );
  });
});

describe("an agenda item given to other business", () => {
  const team = { displayName: "Team 3", emailAddress: "team3@dcj-demo.example" };
  const agenda = (...items: string[]) =>
    check(
      invite({
        subject: "Team meeting",
        body: ["Agenda", ...items.map((item, index) => `${index + 1}. ${item}`)].join("\n"),
        requiredAttendees: [attendee(team, "distributionList"), attendee(QACI)],
      }),
    );

  it("takes the tool it names as that business: news about the tool reviews no one", () => {
    const result = agenda(
      "Wellbeing check-in",
      "Grace (QACI) - changes to the CP Audit Tool from July",
      "Leave",
    );
    expect(result.verdict).toBe("not-qa-review");
  });

  it("still counts the tool in another item that goes through your own work", () => {
    const result = agenda(
      "Grace (QACI) - changes to the CP Audit Tool from July",
      "Your overdue QAMT items, one by one",
    );
    expect(result.verdict).toBe("directive-applies");
  });
});

describe("words that are not the invite's own", () => {
  it("does not read the invitee's address in a Google subject as words", () => {
    const result = check(
      invite({
        subject: "Invitation: Closure sprint - you and me @ Mon 8 Nov (chris.park@dcj-demo.example)",
        body: "Let's sit down and get your closures over the line before Christmas - just us.",
      }),
    );
    expect(result.verdict).toBe("one-to-one");
  });

  it("still reads a demo named in a subject as a demo", () => {
    expect(verdictOf("QAMT demo", "A look at the new QAMT screens.")).toBe("not-qa-review");
  });

  it("does not read the tools named in an e-mail's confidentiality footer", () => {
    const team = { displayName: "Team 3", emailAddress: "team3@dcj-demo.example" };
    const footer =
      "This email is confidential and intended for the addressee only. QAMT, CIW and Performance Dashboard resources are on the intranet.";
    const result = check(
      invite({
        subject: "Team 3 weekly team meeting",
        body: `Agenda:\n- Leave\n- General business\n\n${footer}`,
        requiredAttendees: [attendee(team, "distributionList")],
      }),
    );
    expect(result.verdict).toBe("not-qa-review");
  });

  it("still reads the tools the invite itself names above the footer", () => {
    const body =
      "We'll go through your overdue QAMT items.\n\nThis email is confidential and intended for the addressee only.";
    expect(verdictOf("Catch up", body)).toBe("directive-applies");
  });
});

describe("more names for a look at your work", () => {
  it.each([
    ["a file health check", "File health", "File health check on your files, all 22 of them."],
    ["overdue KCFs", "Catch up", "We will look at your overdue KCFs."],
  ])("reads %s as a review", (_what, subject, body) => {
    expect(verdictOf(subject, body)).toBe("directive-applies");
  });

  it.each([
    [
      "a practice check-in on a topic",
      "Practice check-in: working with fathers",
      "Engaging fathers early. No data, no files.",
    ],
    [
      "an information session on applying for roles",
      "QACI roles",
      "An information session on expressions of interest for temporary QACI roles.",
    ],
  ])("does not read %s as a review", (_what, subject, body) => {
    expect(check(invite({ subject, body })).verdict).toBe("not-qa-review");
  });
});
