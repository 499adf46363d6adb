import {
  attendee,
  CASEWORKER,
  check,
  DIRECTORY,
  invite,
  MANAGER,
  MCS,
  QACI,
} from "../support/invite-builder";

/** A QAMT review of Chris's files organized by Helen, Chris's Manager Casework (settings). */
const review = (body: string, item: Parameters<typeof invite>[0] = {}, directory = DIRECTORY) =>
  check(
    invite(
      { subject: "QAMT - your files", body, ...item },
      { directory, settings: { managerCasework: MANAGER.emailAddress } },
    ),
  );

const names = (result: ReturnType<typeof check>) => result.people.map((person) => person.name);

describe("who the body says will come", () => {
  it.each([
    ["asked to sit in", "Omar has asked to sit in on this one."],
    ["will join us", "Grace will join us for the last twenty minutes."],
    ["asked along, with a team", "I've asked Dana from QACI to come along."],
    ["dials in for part of it", "Just you and me to start, then Pat will dial in for the second half."],
    ["a role only", "MCS to attend."],
    ["looped in", "I've looped in the MCS (Omar) as he wants to understand where things are at."],
    ["an added team", "I've cc'd the QACI team so whoever is rostered on can pull the report up."],
    ["a panel list", "Panel: Helen Ward (MCW), Grace Liu (QACI)."],
  ])("counts someone who %s", (_how, body) => {
    const result = review(body);
    expect(result.verdict).toBe("directive-applies");
    expect(result.people.length).toBeGreaterThan(1);
  });

  it("gives a role named beside a person in the body", () => {
    const result = review("Kerri from the Western QACI team will join for the sample results.");
    expect(result.people.find((person) => person.name === "Kerri")?.role).toMatchObject({
      label: "QACI",
      source: "body",
    });
  });
});

describe("who the body says will not come", () => {
  it.each([
    ["sends apologies", "Grace sends her apologies, so it'll just be the two of us."],
    ["is an apology", "Grace is an apology this month."],
    ["can't make it", "Grace can't make it any more, so this will just be you and me."],
    ["won't be joining (said of her)", "Grace sent the QAMT summary but she won't be joining."],
    ["has been removed", "Grace has been removed from this series."],
  ])("leaves out a listed person who %s", (_how, body) => {
    const result = review(body, { requiredAttendees: [attendee(CASEWORKER), attendee(QACI)] });
    expect(names(result)).toEqual(["Helen Ward"]);
    expect(result.verdict).toBe("one-to-one");
    expect(result.notCounted.map((entry) => entry.name)).toEqual(["Grace Liu"]);
  });

  it("leaves out an admin who booked it and won't stay", () => {
    const admin = { displayName: "Shaz Pearce", emailAddress: "shaz.pearce@dcj-demo.example" };
    const result = review(
      "I've booked this for Helen. I'll set up the room but won't be staying - it's just you and Helen.",
      {
        organizer: admin,
        requiredAttendees: [attendee(CASEWORKER), attendee(MANAGER)],
      },
    );
    expect(names(result)).toEqual(["Helen Ward"]);
    expect(result.verdict).toBe("one-to-one");
  });

  it("leaves out a booking calendar that sent it on someone's behalf", () => {
    const calendar = {
      displayName: "Penrith CSC Calendar",
      emailAddress: "penrith.calendar@dcj-demo.example",
    };
    const result = review("Booked on behalf of Helen Ward.", {
      organizer: calendar,
      requiredAttendees: [attendee(CASEWORKER), attendee(MANAGER)],
    });
    expect(result.verdict).toBe("one-to-one");
  });

  it.each([
    ["is on it for information only", "Grace is cc'd for info only and won't be attending."],
    ["is only on the invite to see the booking", "Grace's only on here so she can see the room booking."],
    [
      "was going to present but is away",
      "Grace sends her apologies - she was going to present the results but she's on leave.",
    ],
    [
      "would have presented",
      "Rather than have Grace present, I'll go through the sample results with you myself.",
    ],
  ])("leaves out a listed person who %s", (_how, body) => {
    const result = review(body, { requiredAttendees: [attendee(CASEWORKER), attendee(QACI)] });
    expect(names(result)).toEqual(["Helen Ward"]);
  });

  it.each([
    [
      "was sent it by mistake",
      "Sorry Chris, sent this to Grace by mistake - this one is yours. Grace, please ignore it.",
    ],
    [
      "was removed in an update",
      "Helen Ward has updated this meeting.\nRemoved: Grace Liu\n\nIt'll be the two of us.",
    ],
  ])("leaves out a listed person who %s", (_how, body) => {
    const result = review(body, { requiredAttendees: [attendee(CASEWORKER), attendee(QACI)] });
    expect(names(result)).toEqual(["Helen Ward"]);
  });

  it("reads a capitalised word before a colon as a label, not a person joining", () => {
    const result = review("Note: Omar Haddad will join us for the second half.", {
      requiredAttendees: [attendee(CASEWORKER)],
    });
    expect(names(result)).toEqual(["Helen Ward", "Omar Haddad"]);
  });

  it("counts the people a sentence says will be present", () => {
    const result = review("Present will be myself, Grace Liu (QACI) and Omar Haddad.", {
      requiredAttendees: [attendee(CASEWORKER)],
    });
    expect(names(result)).toEqual(expect.arrayContaining(["Grace Liu", "Omar Haddad"]));
  });

  it("counts a person typed in lower case beside a team the policy knows", () => {
    const result = review("can we meet thurs re ur overdue kcfs? ill get bec from qa to come too");
    expect(result.people.find((person) => person.name === "Bec")?.role).toMatchObject({ label: "QACI" });
    expect(result.verdict).toBe("directive-applies");
  });

  it("does not read a word that opens a sentence as a person joining", () => {
    const result = review(
      "Keen to get through your QAMT flags this week. Glad to dial in if you are working from home.",
    );
    expect(names(result)).toEqual(["Helen Ward"]);
  });

  it("keeps counting someone the body only mentions in passing", () => {
    const result = review("Grace sent through the QAMT summary for your files.", {
      requiredAttendees: [attendee(CASEWORKER), attendee(QACI)],
    });
    expect(result.verdict).toBe("directive-applies");
  });

  it("keeps counting someone whose absence is negated away: 'not an apology'", () => {
    const result = review("Grace will still join, she isn't away after all.", {
      requiredAttendees: [attendee(CASEWORKER), attendee(QACI)],
    });
    expect(names(result)).toContain("Grace Liu");
  });

  it("does not count the Manager Casework who only asked for the meeting", () => {
    const senior = { displayName: "Troy Adams", emailAddress: "troy.adams@dcj-demo.example" };
    const result = review("Helen asked me to go through your overdue case plans with you.", {
      organizer: senior,
      requiredAttendees: [attendee(CASEWORKER)],
    });
    expect(names(result)).toEqual(["Troy Adams"]);
    expect(result.verdict).toBe("directive-applies");
  });
});

describe("a forwarded invite", () => {
  it("counts the people on the original it carries", () => {
    const body = [
      "Forwarding so it's in your calendar.",
      "",
      "-----Original Appointment-----",
      "From: Grace Liu",
      "Sent: Monday, 7 December 2026 9:00 AM",
      "To: Helen Ward; Omar Haddad",
      "Subject: QAMT panel",
      "",
      "Panel for Chris's allocated files.",
    ].join("\n");
    const result = review(body, { requiredAttendees: [attendee(CASEWORKER)] });
    expect(names(result)).toEqual(expect.arrayContaining(["Helen Ward", "Grace Liu", "Omar Haddad"]));
    expect(result.verdict).toBe("directive-applies");
  });

  it("asks whether the owner is meant to go when the original names neither them nor their work", () => {
    const body = [
      "are we meant to go to this?? saw it in Helen's calendar",
      "-----Original Appointment-----",
      "From: Grace Liu",
      "To: Helen Ward; Omar Haddad",
      "Subject: QAMT review - Team 4",
    ].join("\n");
    const colleague = { displayName: "Ella Ng", emailAddress: "ella.ng@dcj-demo.example" };
    const result = review(body, { subject: "FW: QAMT review - Team 4", organizer: colleague });
    expect(result.verdict).toBe("unclear");
    expect(result.checks.join(" ")).toContain("forward");
  });
});

describe("whose Manager Casework", () => {
  const acting = { displayName: "Brad Kelly", emailAddress: "brad.kelly@dcj-demo.example" };

  it("is one-to-one with an acting Manager Casework when nothing says otherwise", () => {
    const result = check(
      invite(
        {
          subject: "QAMT flags",
          organizer: acting,
          body: "Going through the QAMT flags on your files. Just us.",
        },
        { directory: { [acting.emailAddress]: { jobTitle: "A/Manager Casework" } } },
      ),
    );
    expect(result.verdict).toBe("one-to-one");
  });

  const fromActing = (body: string) =>
    check(
      invite(
        { subject: "QAMT flags", organizer: acting, body },
        { directory: {}, settings: { managerCasework: MANAGER.emailAddress } },
      ),
    );

  it("takes an acting Manager Casework who says why over the one in settings", () => {
    const result = fromActing(
      "I'm A/Manager Casework for the team while Helen is on leave. Just the two of us for your QAMT flags.",
    );
    expect(result.verdict).toBe("one-to-one");
    expect(result.headline).toContain("A/Manager Casework");
  });

  it("asks when the only other person just calls themselves the Manager Casework and settings name another", () => {
    const result = fromActing("As your Manager Casework I'd like to go through your QAMT flags one-on-one.");
    expect(result.verdict).toBe("unclear");
    expect(result.checks.join(" ")).toContain("your settings name");
  });

  it("does not take a Manager Casework who only covers for yours as yours", () => {
    const result = check(
      invite(
        {
          subject: "QAMT flags",
          organizer: acting,
          body: "Helen asked me to do your QAMT review this month as she's away at the conference.",
        },
        {
          directory: { [acting.emailAddress]: { jobTitle: "Manager Casework" } },
          settings: { managerCasework: MANAGER.emailAddress },
        },
      ),
    );
    expect(result.verdict).toBe("directive-applies");
    expect(result.headline).toContain("not the one in your settings");
  });

  it("takes a Manager Casework who says they have taken the owner over as theirs", () => {
    const result = check(
      invite(
        {
          subject: "QAMT review - 1:1",
          organizer: acting,
          body: "Welcome to Team 4! Our first QAMT 1:1, just the two of us. I've got your handover notes from Helen.",
        },
        {
          directory: { [acting.emailAddress]: { jobTitle: "Manager Casework" } },
          settings: { managerCasework: MANAGER.emailAddress },
        },
      ),
    );
    expect(result.verdict).toBe("one-to-one");
  });

  it("does not read a name inside a sentence as a signature", () => {
    const ea = { displayName: "Pam Whitcombe", emailAddress: "pam.whitcombe@dcj-demo.example" };
    const dianne = { displayName: "Dianne Keogh", emailAddress: "dianne.keogh@dcj-demo.example" };
    const result = check(
      invite(
        {
          subject: "Updated: Practice conversation",
          organizer: ea,
          requiredAttendees: [attendee(CASEWORKER), attendee(dianne), attendee(MANAGER)],
          body: "I'm Dianne Keogh's EA. Dianne (Director Community Services) has asked to join the conversation, which will cover your compliance numbers for the quarter.",
        },
        { settings: { managerCasework: MANAGER.emailAddress } },
      ),
    );
    expect(result.evidence.map((entry) => entry.kind)).toContain("own-work");
    expect(result.verdict).toBe("directive-applies");
  });

  it("asks when a signature and the directory give the only other person different roles", () => {
    const monique = { displayName: "Monique Starr", emailAddress: "monique.starr@dcj-demo.example" };
    const result = check(
      invite(
        {
          subject: "QA review",
          organizer: monique,
          body: "Booking in our QA review.\n\nMonique Starr\nManager Casework",
        },
        { directory: { [monique.emailAddress]: { jobTitle: "Caseworker" } } },
      ),
    );
    expect(result.verdict).toBe("unclear");
    expect(result.checks.join(" ")).toContain("their signature says Manager Casework");
  });

  it("reads a signature that gives only the first name above the title", () => {
    const darryl = { displayName: "Darryl Wendt", emailAddress: "darryl.wendt@dcj-demo.example" };
    const result = check(
      invite(
        {
          subject: "Files",
          organizer: darryl,
          body: "Going through your files against the QAMT. Just you and me.\n\nDarryl\nManager Caseworker\nMoree CSC",
        },
        { directory: {} },
      ),
    );
    expect(result.verdict).toBe("one-to-one");
  });

  it("asks when the directory gives the Manager Casework in settings another role", () => {
    const result = check(
      invite(
        { subject: "QAMT review", body: "Your QAMT results for the quarter." },
        {
          directory: { [MANAGER.emailAddress]: { jobTitle: "Casework Specialist" } },
          settings: { managerCasework: MANAGER.emailAddress },
        },
      ),
    );
    expect(result.verdict).toBe("unclear");
    expect(result.checks.join(" ")).toContain("the directory says Casework Specialist");
  });

  it("is one-to-one when the directory agrees with settings", () => {
    const result = check(
      invite(
        { subject: "QAMT review", body: "Your QAMT results for the quarter." },
        { settings: { managerCasework: MANAGER.emailAddress } },
      ),
    );
    expect(result.verdict).toBe("one-to-one");
  });
});

describe("who attends is not known", () => {
  it("is unclear when the body says attendance will be confirmed", () => {
    const support = {
      displayName: "MNC Casework Support",
      emailAddress: "casework.support@dcj-demo.example",
    };
    const result = check(
      invite(
        {
          subject: "Caseload review",
          organizer: support,
          body: "This time has been set aside for your caseload review. Your Manager Casework will confirm who is attending.",
        },
        { directory: {} },
      ),
    );
    expect(result.verdict).toBe("unclear");
    expect(result.checks.join(" ")).toContain("who will attend");
  });

  it("is unclear when the only other party is a shared mailbox of no known role", () => {
    const audits = { displayName: "Audits", emailAddress: "audits@regional-demo.example" };
    const result = check(
      invite({ subject: "File audit", organizer: audits, body: "Audit of files." }, { directory: {} }),
    );
    expect(result.verdict).toBe("unclear");
  });

  it("counts a room named like a room as no one, even when typed as a person", () => {
    const room = {
      displayName: "Banksia Room (8) - Teams Room",
      emailAddress: "mr.banksia@dcj-demo.example",
    };
    const result = review("Let's go through your QAMT results on the big screen.", {
      requiredAttendees: [attendee(CASEWORKER), attendee(room)],
    });
    expect(result.verdict).toBe("one-to-one");
  });
});

describe("notes and forwards", () => {
  it("reads the people in the owner's own calendar note: 'QA panel w/ Helen, Raj + Kate from QACI'", () => {
    const result = check(
      invite({
        itemType: "appointment",
        subject: "QA panel",
        organizer: CASEWORKER,
        requiredAttendees: [attendee(CASEWORKER)],
        body: "QA panel w/ Helen, Raj + Kate from QACI. bring list of overdue SARAs",
      }),
    );
    expect(result.verdict).toBe("directive-applies");
    expect(result.people.map((person) => person.name)).toEqual(["Helen", "Kate", "Raj"]);
  });

  it("does not count a forward's header lines as words about the meeting", () => {
    const body = [
      "Chris - forwarding, Omar wanted you added. H",
      "",
      "-----Original Appointment-----",
      "From: Omar Haddad",
      "Sent: Friday, 14 January 2028 3:41 PM",
      "To: Helen Ward",
      "Subject: meeting",
      "When: Wednesday, 19 January 2028 10:00 AM-10:30 AM",
      "Where: Room 2",
    ].join("\n");
    const result = check(
      invite({ subject: "FW: meeting", body, requiredAttendees: [attendee(CASEWORKER), attendee(MCS)] }),
    );
    expect(result.verdict).toBe("unclear");
  });

  it("gives a person the role the body names after 'as'", () => {
    const result = review(
      "We'll go over the overdue list. Colin will join us for the last 15 minutes to sign it off as MCS.",
    );
    expect(result.people.find((person) => person.name === "Colin")?.role).toMatchObject({
      label: "Manager Client Services",
    });
    expect(result.verdict).toBe("directive-applies");
  });
});
