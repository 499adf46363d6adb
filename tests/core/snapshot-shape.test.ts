import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { parseSnapshot, plainSnapshot } from "../../src/core";
import { invite } from "../support/invite-builder";

// plainSnapshot is the pane's way to a snapshot without zod. Whatever it reads, it must read as the
// schema does; whatever it cannot, the schema decides.

const FIXTURES = path.join(__dirname, "../fixtures/invites");

function schemaReading(value: unknown): unknown {
  try {
    return parseSnapshot(value);
  } catch {
    return "rejected";
  }
}

describe("a snapshot read without zod", () => {
  it("reads every invite fixture as the schema does", () => {
    const files = readdirSync(FIXTURES).filter((file) => file.endsWith(".json") && file !== "expected.json");
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const value: unknown = JSON.parse(readFileSync(path.join(FIXTURES, file), "utf8"));
      const plain = plainSnapshot(value);
      expect({ file, plain: plain !== undefined }).toEqual({ file, plain: true });
      expect(plain).toEqual(parseSnapshot(value));
    }
  });

  it("leaves to the schema what is not plainly a snapshot", () => {
    expect(plainSnapshot({ mailbox: {}, item: { itemType: "letter" } })).toBeUndefined();
    expect(plainSnapshot(invite({ start: "next Tuesday" }))).toBeUndefined();
    expect(
      plainSnapshot(invite({ requiredAttendees: [{ emailAddress: 7 as unknown as string }] })),
    ).toBeUndefined();
    expect(plainSnapshot("QAMT")).toBeUndefined();
  });

  it("never reads a value differently from the schema", () => {
    // Mostly good values, now and then a bad one, so that both readers see both.
    const rarely = <T>(bad: fc.Arbitrary<T>) => ({ arbitrary: bad, weight: 1 });
    const often = <T>(good: fc.Arbitrary<T>) => ({ arbitrary: good, weight: 40 });
    const text = fc.oneof(
      often(fc.constantFrom(null, undefined)),
      often(fc.string({ maxLength: 6 })),
      rarely(fc.integer()),
    );
    const address = fc.oneof(
      rarely(fc.constant(null)),
      often(
        fc.record(
          {
            displayName: text,
            emailAddress: text,
            recipientType: fc.oneof(
              often(fc.constantFrom("user", "distributionList", "other", null, undefined)),
              rarely(fc.constant("room")),
            ),
            extra: fc.string(),
          },
          { requiredKeys: [] },
        ),
      ),
    );
    const list = fc.oneof(
      often(fc.constant(null)),
      often(fc.array(address, { maxLength: 3 })),
      rarely(fc.string()),
    );
    const when = fc.oneof(
      often(fc.constantFrom(null, undefined, "2026-12-10T14:00:00+11:00", "2026-12-10")),
      rarely(fc.constantFrom("not a date", 7)),
    );
    const snapshot = fc.record(
      {
        mailbox: address,
        item: fc.oneof(
          rarely(fc.constant(null)),
          often(
            fc.record(
              {
                itemType: fc.oneof(
                  often(fc.constantFrom("message", "appointment")),
                  rarely(fc.constantFrom("letter", null)),
                ),
                itemClass: text,
                itemId: text,
                subject: text,
                organizer: address,
                requiredAttendees: list,
                optionalAttendees: list,
                resources: list,
                start: when,
                end: when,
                timeZone: text,
                location: text,
                recurrence: fc.oneof(
                  fc.constant(null),
                  fc.record({
                    recurrenceType: fc.oneof(
                      often(fc.constant("weekly")),
                      rarely(fc.constantFrom("fortnightly", null)),
                    ),
                  }),
                ),
                body: text,
                attendeesTruncated: fc.oneof(fc.boolean(), rarely(fc.constantFrom("yes", null))),
              },
              { requiredKeys: ["itemType"] },
            ),
          ),
        ),
        directory: fc.oneof(
          fc.constant(null),
          fc.dictionary(
            fc.string({ maxLength: 4 }),
            fc.oneof(
              fc.constant(null),
              fc.record({ jobTitle: text, department: text }, { requiredKeys: [] }),
            ),
            { maxKeys: 3 },
          ),
        ),
        settings: fc.oneof(
          fc.constant(null),
          fc.record(
            {
              managerCasework: text,
              userName: text,
              roles: fc.oneof(
                fc.constant(null),
                fc.dictionary(fc.string({ maxLength: 4 }), text, { maxKeys: 3 }),
              ),
            },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: ["mailbox", "item"] },
    );
    let read = 0;
    fc.assert(
      fc.property(snapshot, (value) => {
        const plain = plainSnapshot(value);
        if (plain === undefined) return;
        read += 1;
        expect(plain).toEqual(schemaReading(value));
      }),
      { numRuns: 2000 },
    );
    expect(read).toBeGreaterThan(20); // the property is not vacuous
  });
});
