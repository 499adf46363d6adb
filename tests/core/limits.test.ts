import { MAX_BODY_CHARACTERS } from "../../src/core";
import { MAX_ATTENDANCE_SENTENCES } from "../../src/core/people";
import { check, invite } from "../support/invite-builder";

/** The words the engine reads for a QA review, and where it stops reading. */

const QA_WORDS = "QAMT review of your CIW compliance and overdue work";
const bodyWords = (body: string) =>
  check(invite({ subject: "Catch up", body })).evidence.filter((entry) => entry.source === "body");

describe("the sign-off", () => {
  it("counts QA words before it, and blanks it and what follows it", () => {
    expect(bodyWords(`${QA_WORDS}.\n\nKind regards,\nPat`)).not.toEqual([]);

    const signedOff = check(
      invite({ subject: "Catch up", body: `See you at lunch.\n\nKind regards,\nPat\n${QA_WORDS}` }),
    );
    expect(signedOff.evidence.filter((entry) => entry.source === "body")).toEqual([]);
    expect(signedOff.verdict).toBe("not-qa-review");
  });
});

describe("a very long body", () => {
  it(`reads the first ${MAX_BODY_CHARACTERS.toLocaleString("en-AU")} characters, and none after`, () => {
    const padding = (length: number) => " ".repeat(length);
    const justInside = `${padding(MAX_BODY_CHARACTERS - QA_WORDS.length)}${QA_WORDS}`;
    expect(bodyWords(justInside).map((entry) => entry.quote)).toContain("QAMT");

    const justOutside = `${padding(MAX_BODY_CHARACTERS)}${QA_WORDS}`;
    expect(bodyWords(justOutside)).toEqual([]);
  });
});

describe("people named in a long body", () => {
  /** A sentence with the attendance verb that names no one. */
  const filler = "and the notes will attend to that.\n";
  const karen = "Karen from QACI will attend.\n";
  const namesIn = (body: string) =>
    check(invite({ subject: "QAMT review", body })).people.map((person) => person.name);

  it(`reads the first ${MAX_ATTENDANCE_SENTENCES} sentences that say who will attend, and no more`, () => {
    expect(namesIn(filler.repeat(MAX_ATTENDANCE_SENTENCES - 1) + karen)).toContain("Karen");
    expect(namesIn(filler.repeat(MAX_ATTENDANCE_SENTENCES) + karen)).not.toContain("Karen");
  });
});
