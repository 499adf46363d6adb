import { attendee, CASEWORKER, check, invite, MANAGER, MCS, QACI } from "../support/invite-builder";

const qamt = (item: Parameters<typeof invite>[0], rest: Parameters<typeof invite>[1] = {}) =>
  check(invite({ subject: "QAMT review", ...item }, rest));

const names = (result: ReturnType<typeof check>) => result.people.map((person) => person.name);

describe("who will be there", () => {
  it("counts the organizer, required and optional attendees, but not the mailbox owner", () => {
    const result = qamt({
      requiredAttendees: [attendee(CASEWORKER), attendee(QACI)],
      optionalAttendees: [attendee(MCS)],
    });
    expect(names(result)).toEqual(["Helen Ward", "Grace Liu", "Omar Haddad"]);
    expect(result.people.map((person) => person.attendance)).toEqual(["organizer", "required", "optional"]);
  });

  it("lists people of the same standing by name, whatever their letter case and accents", () => {
    const person = (displayName: string) => ({
      displayName,
      emailAddress: `${displayName.toLowerCase().replace(/\W+/gu, ".")}@dcj-demo.example`,
    });
    const result = qamt({
      requiredAttendees: [person("zoe Ng"), person("Émile Roux"), person("ada Brown"), person("Eric Lam")],
    });
    expect(names(result)).toEqual(["Helen Ward", "ada Brown", "Émile Roux", "Eric Lam", "zoe Ng"]);
  });

  it("leaves out rooms and equipment, whether listed as resources or as attendees of type other", () => {
    const room = {
      displayName: "Wollongong CSC Room 2",
      emailAddress: "room2@dcj-demo.example",
      recipientType: "other" as const,
    };
    const result = qamt({ resources: [room], requiredAttendees: [attendee(CASEWORKER), room] });
    expect(names(result)).toEqual(["Helen Ward"]);
    expect(result.verdict).toBe("one-to-one");
  });

  it("de-duplicates addresses in any letter case, keeping the organizer's place", () => {
    const shouting = { displayName: "HELEN WARD", emailAddress: "Helen.Ward@DCJ-demo.example" };
    const result = qamt({ requiredAttendees: [attendee(shouting), attendee(CASEWORKER)] });
    expect(result.people).toHaveLength(1);
    expect(result.people[0]?.attendance).toBe("organizer");
    expect(result.verdict).toBe("one-to-one");
  });

  it("recognises the owner in any letter case", () => {
    const owner = { displayName: "Chris Park", emailAddress: "CHRIS.PARK@dcj-demo.example" };
    expect(names(qamt({ requiredAttendees: [attendee(owner)] }))).toEqual(["Helen Ward"]);
  });

  it("counts a distribution list as several people", () => {
    const list = { displayName: "Southern CSC Staff", emailAddress: "southern.csc@dcj-demo.example" };
    const result = check(
      invite({
        subject: "QA review",
        organizer: MANAGER,
        requiredAttendees: [attendee(list, "distributionList")],
      }),
    );
    expect(result.verdict).toBe("directive-applies");
    expect(result.headline).toContain("Southern CSC Staff (distribution list)");
    expect(result.headline).toContain("at least 3 other people");
  });

  it("adds people the body says will attend", () => {
    const result = qamt({
      body: "Karen from QACI will dial in. The Manager Client Services will also attend.",
    });
    expect(result.people.map((person) => [person.name, person.role?.label, person.role?.source])).toEqual([
      ["Helen Ward", "Manager Casework", "directory"],
      ["Karen", "QACI", "body"],
      ["the Manager Client Services", "Manager Client Services", "body"],
    ]);
    expect(result.verdict).toBe("directive-applies");
  });

  it("does not add people the body says won't attend", () => {
    for (const body of [
      "Karen won't be joining us.",
      "Karen from QACI will not attend.",
      "Karen is unable to attend.",
    ]) {
      const result = qamt({ body });
      expect(names(result)).toEqual(["Helen Ward"]);
      expect(result.verdict).toBe("one-to-one");
    }
  });

  it("does not count a body mention twice when the person is already invited", () => {
    const result = qamt({
      requiredAttendees: [attendee(MCS)],
      body: "Omar will also attend. The Manager Client Services will join.",
    });
    expect(names(result)).toEqual(["Helen Ward", "Omar Haddad"]);
  });
});

describe("each person's role and where it came from", () => {
  const unknown = { displayName: "Pat Kim", emailAddress: "pat.kim@dcj-demo.example" };

  it("prefers the user's settings, then the directory, then the display name, then the address, then the body", () => {
    const titled = {
      displayName: "Pat Kim (Manager Client Services)",
      emailAddress: "pat.kim@dcj-demo.example",
    };
    const role = (item: Parameters<typeof invite>[0], rest: Parameters<typeof invite>[1] = {}) => {
      const person = qamt({ organizer: titled, ...item }, rest).people[0];
      return [person?.role?.label, person?.role?.source];
    };
    const directory = { "pat.kim@dcj-demo.example": { jobTitle: "Casework Specialist" } };
    expect(role({}, { directory, settings: { roles: { "pat.kim@dcj-demo.example": "qaci" } } })).toEqual([
      "QACI",
      "settings",
    ]);
    expect(role({}, { directory, settings: { managerCasework: "PAT.KIM@dcj-demo.example" } })).toEqual([
      "Manager Casework",
      "settings",
    ]);
    expect(role({}, { directory })).toEqual(["Casework Specialist", "directory"]);
    expect(role({}, { directory: {} })).toEqual(["Manager Client Services", "display-name"]);
    const team = { displayName: "District QACI Team", emailAddress: "qaci.southern@dcj-demo.example" };
    expect(
      role(
        { organizer: { displayName: "Quality mailbox", emailAddress: team.emailAddress } },
        { directory: {} },
      ),
    ).toEqual(["QACI", "email"]);
    expect(
      role(
        { organizer: unknown, body: "Regards,\nPat Kim\nManager Client Services, Southern CSC" },
        { directory: {} },
      ),
    ).toEqual(["Manager Client Services", "body"]);
    expect(role({ organizer: unknown }, { directory: {} })).toEqual([undefined, undefined]);
  });

  it.each([
    ["Helen Ward (Manager Casework)", "Manager Casework"],
    ["Ward, Helen - MCS", "Manager Client Services"],
    ["Ward, Helen - MCW", "Manager Casework"],
    ["Helen Ward | A/Manager Casework", "Manager Casework"],
    ["Helen Ward - Casework Manager", "Manager Casework"],
    ["Helen Ward (QA&CI)", "QACI"],
    ["Helen Ward [Practice Quality Officer]", "QACI"],
  ])("reads a title in the display name %j", (displayName, label) => {
    const person = qamt(
      { organizer: { displayName, emailAddress: "h.w@dcj-demo.example" } },
      { directory: {} },
    ).people[0];
    expect(person?.role?.label).toBe(label);
    expect(person?.name).toBe("Helen Ward");
  });

  it("does not read an abbreviation inside a name as a title", () => {
    const person = qamt(
      { organizer: { displayName: "Mc Donald Ward", emailAddress: "m@dcj-demo.example" } },
      { directory: {} },
    ).people[0];
    expect(person?.role).toBeUndefined();
  });

  it("leaves an unknown role unknown", () => {
    const result = qamt({ organizer: unknown }, { directory: {} });
    expect(result.people[0]?.role).toBeUndefined();
    expect(result.verdict).toBe("unclear");
  });
});
