import fc from "fast-check";
import { analyze, builtInPolicy, parseSnapshot, type InviteSnapshotInput } from "../../src/core";
import { CASEWORKER, DIRECTORY, MANAGER, MCS, QACI } from "../support/invite-builder";

const policy = builtInPolicy();
const people = [MANAGER, QACI, MCS, { displayName: "Pat Kim", emailAddress: "pat.kim@dcj-demo.example" }];
const words = [
  "QAMT",
  "review",
  "QA",
  "overdue",
  "training",
  "team",
  "meeting",
  "case",
  "consult",
  "CIW",
  "QAF",
  "dashboard",
  "Karen",
  "will",
  "attend",
  "won't",
  "from",
  "QACI",
  "supervision",
  "<b>",
  "&",
  "é",
  "\n",
];

const recipient = fc.record(
  {
    displayName: fc.option(
      fc.oneof(fc.string(), fc.constantFrom(...people.map((person) => person.displayName))),
      { nil: undefined },
    ),
    emailAddress: fc.option(
      fc.oneof(fc.string(), fc.constantFrom(...people.map((person) => person.emailAddress))),
      { nil: undefined },
    ),
    recipientType: fc.option(fc.constantFrom("user", "distributionList", "externalUser", "other"), {
      nil: undefined,
    }),
  },
  { requiredKeys: [] },
);

const sentence = fc
  .array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 12 })
  .map((parts) => parts.join(" "));

/** Snapshot-shaped input: right field names, any values, nulls where lists belong. */
const snapshotShaped = fc.record({
  mailbox: recipient,
  item: fc.record({
    itemType: fc.constantFrom("message", "appointment"),
    subject: fc.option(sentence, { nil: null }),
    organizer: fc.option(recipient, { nil: null }),
    requiredAttendees: fc.option(fc.array(recipient, { maxLength: 5 }), { nil: null }),
    optionalAttendees: fc.option(fc.array(recipient, { maxLength: 3 }), { nil: null }),
    resources: fc.option(fc.array(recipient, { maxLength: 2 }), { nil: null }),
    body: fc.option(sentence, { nil: null }),
    recurrence: fc.option(
      fc.record({ recurrenceType: fc.constantFrom("daily", "weekly", "monthly", "yearly") }),
      { nil: null },
    ),
  }),
  directory: fc.option(fc.constant(DIRECTORY), { nil: null }),
  settings: fc.option(
    fc.record(
      {
        managerCasework: fc.option(fc.constantFrom(...people.map((person) => person.emailAddress)), {
          nil: undefined,
        }),
      },
      { requiredKeys: [] },
    ),
    { nil: null },
  ),
});

const run = (input: unknown) => analyze(parseSnapshot(input), policy);

/** A QA review with a random set of the known people attending. */
const qaReview = fc.record({
  subject: fc.constantFrom(
    "QAMT review",
    "QA review",
    "Performance Dashboard review",
    "Catch up re overdue work",
    "Catch-up",
  ),
  attendees: fc.subarray(people),
  settings: fc.option(fc.constantFrom(...people.map((person) => person.emailAddress)), { nil: undefined }),
});

function reviewInput(
  subject: string,
  attendees: readonly (typeof people)[number][],
  manager?: string,
): InviteSnapshotInput {
  return {
    mailbox: CASEWORKER,
    item: {
      itemType: "message",
      subject,
      organizer: MANAGER,
      requiredAttendees: attendees.map((person) => ({ ...person, recipientType: "user" as const })),
    },
    directory: DIRECTORY,
    settings: { managerCasework: manager },
  };
}

describe("properties of the engine", () => {
  it("never throws on any snapshot-shaped input that validates", () => {
    fc.assert(
      fc.property(snapshotShaped, (input) => {
        const result = run(input);
        // Whatever the verdict, the pane has the policy's advice for it and a headline to show.
        expect(result.advice).toBe(policy.advice[result.verdict]);
        expect(result.headline).toMatch(/\S/);
      }),
      { numRuns: 400 },
    );
  });

  it("does not depend on attendee order or letter case", () => {
    fc.assert(
      fc.property(qaReview, fc.func(fc.boolean()), ({ subject, attendees, settings }, shout) => {
        const reordered = [...attendees]
          .reverse()
          .map((person) =>
            shout(person.emailAddress)
              ? { ...person, emailAddress: person.emailAddress.toUpperCase() }
              : person,
          );
        const a = run(reviewInput(subject, attendees, settings));
        const b = run(reviewInput(subject, reordered, settings?.toUpperCase()));
        expect(b.verdict).toBe(a.verdict);
        expect(b.people.map((person) => person.name)).toEqual(a.people.map((person) => person.name));
      }),
    );
  });

  it("a QA review with a person added is never one-to-one", () => {
    const anyone = fc.record({ displayName: fc.string(), emailAddress: fc.emailAddress() });
    fc.assert(
      fc.property(qaReview, anyone, ({ subject, attendees, settings }, extra) => {
        // Someone other than the owner and the manager, so the meeting has a third person.
        fc.pre(![MANAGER.emailAddress, CASEWORKER.emailAddress].includes(extra.emailAddress.toLowerCase()));
        const after = run(reviewInput(subject, [...attendees, extra], settings));
        expect(after.verdict).not.toBe("one-to-one");
      }),
    );
  });

  it("adding someone other than the owner to a one-to-one ends the one-to-one", () => {
    // A person: any display name that is not a room's or a booking calendar's, at a personal address.
    const personalAddress = fc
      .tuple(fc.constantFrom("sam", "alex", "jo", "priya", "tom"), fc.emailAddress())
      .map(([first, address]) => `${first}.${address}`);
    const anyone = fc.record({ displayName: fc.string(), emailAddress: personalAddress });
    fc.assert(
      fc.property(anyone, (extra) => {
        fc.pre(
          extra.emailAddress.toLowerCase() !== MANAGER.emailAddress &&
            extra.emailAddress.toLowerCase() !== CASEWORKER.emailAddress &&
            !/room|\(\d+\)|calendar|booking/i.test(extra.displayName),
        );
        expect(run(reviewInput("QAMT review", [])).verdict).toBe("one-to-one");
        expect(run(reviewInput("QAMT review", [extra])).verdict).toBe("directive-applies");
      }),
    );
  });
});
