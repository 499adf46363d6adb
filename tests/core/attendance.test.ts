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
    ["is coming", "Omar is coming as well."],
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
    ["is not coming", "Grace isn't coming after all, so it's just us."],
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

  it("reads texting shorthand for who will be there, and quotes it as written", () => {
    const dana = { displayName: "Dana Whitby", emailAddress: "dana.whitby@dcj-demo.example" };
    const result = check(
      invite(
        {
          subject: "QA reveiw - ur files",
          organizer: dana,
          body: "qa reveiw tmrw, mcw n qaci will b there (me + Jas)",
        },
        { directory: {} },
      ),
    );
    expect(result.verdict).toBe("directive-applies");
    expect(result.people.map((person) => person.role?.label)).toContain("QACI");
  });

  it("quotes shorthand as the sender wrote it when it leaves people out", () => {
    const result = review("Grace n Omar r not coming, just u n me", {
      requiredAttendees: [attendee(CASEWORKER), attendee(QACI), attendee(MCS)],
    });
    expect(result.verdict).toBe("one-to-one");
    expect(result.notCounted.map((entry) => entry.reason)).toContain(
      'the invite says "Grace n Omar r not coming, just u n me"',
    );
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

  it("takes a forward as the owner's invitation when the note asks them to come", () => {
    const body = [
      "Hi Chris, fwd as you weren't on the original list. See you there.",
      "-----Original Appointment-----",
      "From: Grace Liu",
      "To: Helen Ward; Omar Haddad",
      "Subject: QAMT panel - March",
      "",
      "The March QAMT panel runs in 20-minute slots per caseworker. Omar will chair.",
    ].join("\n");
    const result = review(body, {
      subject: "FW: QAMT panel - March",
      requiredAttendees: [attendee(CASEWORKER)],
    });
    expect(result.verdict).toBe("directive-applies");
    expect(names(result)).toEqual(expect.arrayContaining(["Grace Liu", "Omar Haddad"]));
  });

  it.each([
    ["names the owner by initial in a schedule", "See below.", "1:00 - C. Park\n2:00 - T. Mabbott"],
    ["gives the owner a time", "See below, you're 1pm on the 9th.", "1:00 - T. Mabbott"],
    [
      "is forwarded so it is in the owner's calendar",
      "Forwarding so it's in your calendar.",
      "1:00 - T. Mabbott",
    ],
  ])("takes a forward that %s as the owner's invitation", (_how, note, schedule) => {
    const body = [
      note,
      "-----Original Appointment-----",
      "From: Grace Liu",
      "To: Helen Ward; Omar Haddad",
      "Subject: QAMT review schedule",
      "",
      "Each caseworker has a slot with the panel (MCW, MCS Omar Haddad and QACI Grace Liu).",
      schedule,
    ].join("\n");
    const colleague = { displayName: "Ella Ng", emailAddress: "ella.ng@dcj-demo.example" };
    const result = review(body, { subject: "FW: QAMT review schedule", organizer: colleague });
    expect(result.verdict).toBe("directive-applies");
  });

  it("does not take a longer surname for the owner's", () => {
    const body = [
      "FYI.",
      "-----Original Appointment-----",
      "From: Grace Liu",
      "To: Helen Ward; Omar Haddad",
      "Subject: QAMT review schedule",
      "",
      "1:00 - C. Parker",
    ].join("\n");
    const colleague = { displayName: "Ella Ng", emailAddress: "ella.ng@dcj-demo.example" };
    const result = review(body, { subject: "FW: QAMT review schedule", organizer: colleague });
    expect(result.verdict).toBe("unclear");
  });

  it("still asks when the note says the owner need not come", () => {
    const body = [
      "FYI only, no need for you to attend: this is the panel Helen runs for her own team.",
      "-----Original Appointment-----",
      "From: Grace Liu",
      "To: Helen Ward; Omar Haddad",
      "Subject: QAMT review - Team 4",
    ].join("\n");
    const colleague = { displayName: "Ella Ng", emailAddress: "ella.ng@dcj-demo.example" };
    const result = review(body, { subject: "FW: QAMT review - Team 4", organizer: colleague });
    expect(result.verdict).toBe("unclear");
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

  /** From Brad, with this directory title, to an owner whose settings name Helen. */
  const fromTitled = (jobTitle: string, subject: string, body: string) =>
    check(
      invite(
        { subject, organizer: acting, body },
        {
          directory: { [acting.emailAddress]: { jobTitle } },
          settings: { managerCasework: MANAGER.emailAddress },
        },
      ),
    );

  it("does not take a Manager Casework who only covers for yours as yours", () => {
    const result = fromTitled(
      "Manager Casework",
      "QAMT flags",
      "Helen asked me to do your QAMT review this month as she's away at the conference.",
    );
    expect(result.verdict).toBe("directive-applies");
    expect(result.headline).toContain("not the one in your settings");
  });

  it("takes a Manager Casework who says they have taken the owner over as theirs", () => {
    const result = fromTitled(
      "Manager Casework",
      "QAMT review - 1:1",
      "Welcome to Team 4! Our first QAMT 1:1, just the two of us. I've got your handover notes from Helen.",
    );
    expect(result.verdict).toBe("one-to-one");
  });

  it.each([
    ["A/Manager Casework", "one-to-one"],
    ["QACI Officer", "directive-applies"],
  ])(
    "takes an organizer titled %s who is acting in the role as the owner's manager only if they manage",
    (jobTitle, verdict) => {
      const result = fromTitled(
        jobTitle,
        "QAMT 1:1",
        "Hi Chris, while I'm acting in the role let's keep your QAMT 1:1s going.",
      );
      expect(result.verdict).toBe(verdict);
    },
  );

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

describe("a list whose members come one at a time", () => {
  const team = attendee(
    { displayName: "Team 3", emailAddress: "team3@dcj-demo.example" },
    "distributionList",
  );

  it("does not count the list when each member has a time of their own", () => {
    const result = review("Holding this block for file reviews. Individual times to follow.", {
      subject: "File reviews",
      requiredAttendees: [team],
    });
    expect(result.verdict).toBe("one-to-one");
    expect(result.notCounted.map((entry) => entry.name)).toEqual(["Team 3"]);
  });

  it("still counts the others who sit in on every slot", () => {
    const result = review(
      "20-minute slots per caseworker. Omar Haddad (MCS) will chair and Grace Liu from QACI will bring the extract.",
      { requiredAttendees: [team] },
    );
    expect(result.verdict).toBe("directive-applies");
    expect(names(result)).toEqual(expect.arrayContaining(["Omar Haddad", "Grace Liu"]));
  });

  it("counts the list when the body speaks of individual results, not individual times", () => {
    const result = review("We'll go through individual results for everyone's QAMT items together.", {
      requiredAttendees: [team],
    });
    expect(result.verdict).toBe("directive-applies");
  });
});

describe("a support person the owner brings", () => {
  const sione = { displayName: "Sione Latu", emailAddress: "sione.latu@dcj-demo.example" };
  const withSione = (body: string, others = [attendee(sione)]) =>
    review(body, { requiredAttendees: [attendee(CASEWORKER), ...others] });

  it("asks, rather than calling it one-to-one or a panel, when only the support person joins your Manager Casework", () => {
    const result = withSione(
      "As requested I've added Sione as your support person. It'll just be me from management.",
    );
    expect(result.verdict).toBe("unclear");
    expect(result.headline).toContain("Sione Latu, who comes as your support person");
  });

  it("still finds a panel when someone from QA comes as well", () => {
    const result = withSione("Sione will attend as your support person, and Grace from QACI will join us.", [
      attendee(sione),
      attendee(QACI),
    ]);
    expect(result.verdict).toBe("directive-applies");
  });

  it("does not take a panel member who offers support as the owner's support person", () => {
    const result = review("Grace will be there to support you through the QAMT items.", {
      requiredAttendees: [attendee(CASEWORKER), attendee(QACI)],
    });
    expect(result.verdict).toBe("directive-applies");
  });
});

describe("the owner named by their role", () => {
  it("reads 'the caseworker' in a formal invite as the owner, not one more person", () => {
    const result = review(
      "Reviews are held between the caseworker and their Manager Casework only. No other parties will be present.",
    );
    expect(result.verdict).toBe("one-to-one");
    expect(names(result)).toEqual(["Helen Ward"]);
  });

  it("still counts another caseworker who sits in", () => {
    const result = review("Another caseworker from Team 2 will sit in to learn the process.");
    expect(result.verdict).toBe("directive-applies");
  });
});

describe("more ways of saying who comes", () => {
  it("counts the one person excepted from 'no one else'", () => {
    const result = review("No one else will be there except Priya from QACI, so it's informal.");
    expect(result.verdict).toBe("directive-applies");
    expect(result.people.map((person) => person.name)).toContain("Priya");
  });

  it("is one-to-one when no one else is coming and no one is excepted", () => {
    expect(review("No one else will be there, so it's informal.").verdict).toBe("one-to-one");
  });

  it("counts someone brought along from a team, and not 'along' as a person", () => {
    const result = review("I'll bring Tash along from QACI for the second half.");
    expect(names(result)).toEqual(["Helen Ward", "Tash"]);
    expect(result.verdict).toBe("directive-applies");
  });

  const BOOKED =
    "This meeting has been booked on behalf of Helen Ward (Manager Casework) to go over your stats.";
  /** From a QACI team's mailbox, with Helen and the owner invited. */
  const fromTeamMailbox = (body: string) =>
    review(body, {
      organizer: { displayName: "SWS QACI Team", emailAddress: "sws.qaci@dcj-demo.example" },
      requiredAttendees: [attendee(CASEWORKER), attendee(MANAGER)],
    });

  it("counts a team mailbox that says a member of its team will present", () => {
    const result = fromTeamMailbox(`${BOOKED} A member of our team will present the figures.`);
    expect(result.verdict).toBe("directive-applies");
  });

  it("leaves out a team mailbox that only booked it", () => {
    expect(fromTeamMailbox(BOOKED).verdict).toBe("one-to-one");
  });
});

describe("a role's name used for a thing", () => {
  it("does not read 'your QA review' as someone from QA coming", () => {
    const result = review("Before your QA review comes up, let's go through your QAMT items together.");
    expect(names(result)).toEqual(["Helen Ward"]);
    expect(result.verdict).toBe("one-to-one");
  });

  it("still reads someone from QA who is coming", () => {
    const result = review("Someone from QA will join us to go through your QAMT items.");
    expect(result.verdict).toBe("directive-applies");
  });
});
