import fc from "fast-check";
import {
  analyze,
  builtInPolicy,
  formatWhen,
  parseSnapshot,
  renderReply,
  type InviteSnapshotInput,
} from "../../src/core";
import { attendee, invite, MCS, QACI } from "../support/invite-builder";

function reply(input: InviteSnapshotInput, templateId?: string, policyId?: string, customText?: string) {
  const snapshot = parseSnapshot(input);
  const policy = builtInPolicy(policyId);
  return renderReply(snapshot, analyze(snapshot, policy), policy, { templateId, customText });
}

const panel = (overrides: Parameters<typeof invite>[0] = {}, rest: Parameters<typeof invite>[1] = {}) =>
  invite({ subject: "QAMT review", requiredAttendees: [attendee(QACI), attendee(MCS)], ...overrides }, rest);

describe("the decline reply", () => {
  it("is polite and brief, quotes the directive exactly and offers individual supervision", () => {
    const { text, subject } = reply(panel({}, { settings: { userName: "Chris P." } }));
    expect(subject).toBe("Re: QAMT review");
    expect(text.startsWith("Hi Helen,")).toBe(true);
    expect(text).toContain('"QAMT review" on Thursday 10 December 2026, 2:00 pm');
    expect(text).toContain(
      '"The PSA directs members who are in Caseworker roles not to attend meetings relating to Quality Assurance reviews (QAMT) unless it is one-to-one with their Manager Casework."',
    );
    expect(text).toContain("individual supervision with Helen Ward");
    expect(text.endsWith("Chris P.")).toBe(true);
    expect(text.split(/\s+/).length).toBeLessThan(120);
  });

  it("gives the date and time in the invite's own time zone, not the reader's", () => {
    expect(formatWhen("2026-12-10T14:00:00+11:00")).toBe("Thursday 10 December 2026, 2:00 pm");
    expect(formatWhen("2026-12-10T03:00:00Z", "Australia/Sydney")).toBe("Thursday 10 December 2026, 2:00 pm");
    expect(formatWhen("2026-07-01T09:30:00-07:00")).toBe("Wednesday 1 July 2026, 9:30 am");
    expect(formatWhen(undefined)).toBeUndefined();
  });

  it("leaves the time out when the invite has none", () => {
    const { text } = reply(panel({ start: null }));
    expect(text).toContain('"QAMT review".');
  });

  it("names the Manager Casework when known and says 'my Manager Casework' otherwise", () => {
    const unknownManager = panel({ organizer: QACI }, { directory: {} });
    expect(reply(unknownManager).text).toContain("individual supervision with my Manager Casework.");
  });

  it("uses the organizer's first name from 'Last, First - TITLE' names and from the address", () => {
    expect(
      reply(
        panel({
          organizer: { displayName: "Ward, Helen - MCW", emailAddress: "helen.ward@dcj-demo.example" },
        }),
      ).text,
    ).toMatch(/^Hi Helen,/);
    expect(reply(panel({ organizer: { emailAddress: "omar.haddad@dcj-demo.example" } })).text).toMatch(
      /^Hi Omar,/,
    );
  });

  it("offers a one-to-one template and a delegate template", () => {
    expect(reply(panel(), "propose-one-to-one").text).toContain(
      "one-to-one in my individual supervision with Helen Ward",
    );
    const delegate = reply(panel({}, { settings: { userName: "Sam Delegate" } }), "delegate");
    expect(delegate.text).toContain("PSA workplace delegate on behalf of Chris Park");
    expect(delegate.text).toContain("Chris will not attend");
    expect(delegate.text).toContain("Sam Delegate\nPSA workplace delegate");
  });

  it("under the withdrawn policy asks for one-to-one or the agreed guidelines instead of declining", () => {
    const { text, templateId } = reply(panel(), undefined, "psa-2022-09-withdrawn");
    expect(templateId).toBe("request-guidelines");
    expect(text).toContain(
      "one-to-one with my Manager Casework, Helen Ward, or otherwise in line with those guidelines",
    );
    expect(text).not.toMatch(/decline/i);
  });

  it("renders the user's own wording with the same placeholders", () => {
    const { text } = reply(panel(), undefined, undefined, "Dear {{organizerFirstName}}, not {{subject}}.");
    expect(text).toBe("Dear Helen, not QAMT review.");
  });

  it("escapes every value from the invite in the HTML, and keeps it literal in the text", () => {
    const hostile = '<img src=x onerror="alert(1)">&';
    const { text, html } = reply(
      panel({
        subject: `QAMT ${hostile}`,
        organizer: { displayName: `<b>Helen</b> Ward`, emailAddress: "helen.ward@dcj-demo.example" },
      }),
    );
    expect(text).toContain(`QAMT ${hostile}`);
    expect(html).not.toMatch(/<img|<b>|onerror="/);
    expect(html).toContain("QAMT &lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;");
    expect(html).toContain("Hi Helen,");
    expect(html.startsWith("<p>")).toBe(true);
  });
});

describe("the greeting", () => {
  const greeting = (displayName: string, emailAddress: string, customText?: string) =>
    reply(panel({ organizer: { displayName, emailAddress } }), undefined, undefined, customText).text.split(
      "\n",
    )[0];

  it("never greets anyone by a hostile display name: it takes the name from the address, or none", () => {
    expect(greeting("<script>alert(1)</script> Dana", "dana.ito@dcj-demo.example")).toBe("Hi Dana,");
    expect(greeting("<script>alert(1)</script> Dana", "qa7@dcj-demo.example")).toBe("Hi,");
    expect(greeting('"><img src=x onerror=alert(1)>', "x@dcj-demo.example")).toBe("Hi X,");
    expect(greeting("{{subject}} Helen", "ops1@dcj-demo.example")).toBe("Hi,");
    expect(greeting("A".repeat(41), "team2@dcj-demo.example")).toBe("Hi,");
  });

  it("greets real first names as written, in any script, with apostrophes, hyphens and initials", () => {
    for (const name of ["Zoë", "O'Brien", "Mary-Jane", "J.", "Nguyễn", "Siobhán", "Ngāi", "王伟", "Łukasz"]) {
      expect(greeting(`${name} Ward`, "x9@dcj-demo.example")).toBe(`Hi ${name},`);
    }
  });

  it("drops the missing name from the user's own wording too, and keeps the rest", () => {
    expect(greeting("<b>", "1@dcj-demo.example", "Dear {{organizerFirstName}}, not {{subject}}.")).toBe(
      "Dear, not QAMT review.",
    );
  });
});

describe("the HTML reply, for any subject, names and body", () => {
  const hostile = fc.constantFrom(
    "<script>alert(1)</script>",
    '"><img src=x onerror="alert(1)">',
    "</p><p style=x>",
    "<br>",
    "&amp;",
    "{{subject}}",
    "{{{organizerFirstName}}}",
    "\n\n",
    "'",
  );
  const text = fc
    .array(fc.oneof(fc.string({ unit: "grapheme" }), hostile), { maxLength: 6 })
    .map((parts) => parts.join(" "));
  const person = fc.record({
    displayName: text,
    emailAddress: fc.oneof(text, fc.constant("helen.ward@dcj-demo.example")),
  });

  it("has no tag or attribute but the template's paragraphs and line breaks, and loses no character", () => {
    fc.assert(
      fc.property(text, person, text, text, (subject, organizer, body, userName) => {
        const { text: plain, html } = reply(panel({ subject, organizer, body }, { settings: { userName } }));
        const markup = html.match(/<[^>]*>/g) ?? [];
        expect(markup.filter((tag) => !["<p>", "</p>", "<br>"].includes(tag))).toEqual([]);
        const content = html.replace(/<\/?p>|<br>/g, "");
        expect(content).not.toMatch(/[<>"]/);
        const decoded = content.replace(
          /&(lt|gt|quot|#39|amp);/g,
          (_entity, name: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[name] ?? "",
        );
        expect(decoded).toBe(plain.replace(/\n+/g, ""));
      }),
      { numRuns: 300 },
    );
  });
});
