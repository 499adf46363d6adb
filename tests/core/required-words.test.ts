import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { BUILT_IN_POLICY_IDS, builtInPolicy } from "../../src/core";
import { compilePolicy } from "../../src/core/compiled-policy";
import { GatedRegExp, requiredWords } from "../../src/core/required-words";

describe("the words a pattern cannot match without", () => {
  it.each([
    [
      "alternatives each give theirs",
      String.raw`(?:\btrainings?\b)|(?:\binduction\b)`,
      ["training", "induction"],
    ],
    ["an optional group is passed over", String.raw`\b(?:home\s+)?visits?\b`, ["visit"]],
    ["an optional character is left out", "colou?r", ["colo"]],
    ["a repeated character stays, once", "ab+c", ["ab"]],
    ["a count from none is optional", String.raw`x{0,3}yz`, ["yz"]],
    ["escaped punctuation is itself", String.raw`\bq\.a\.m\.t\b`, ["q.a.m.t"]],
    ["a required group gives its alternatives", String.raw`(?:case|care)\s*plan`, ["case", "care"]],
    [
      "the longer of two requirements",
      String.raw`\bmy\s+(?:overdue|outstanding)\b`,
      ["overdue", "outstanding"],
    ],
    ["look-arounds are not required", String.raw`(?<!quality\s)reviews?(?!\s+meetings?)`, ["review"]],
    ["a class ends a run", String.raw`[abc]def`, ["def"]],
  ])("%s", (_, source, words) => {
    expect(requiredWords(source, "gu")).toEqual(words);
  });

  it.each([
    ["an alternative with no words", String.raw`\btraining\b|\s+`],
    ["an empty alternative in a required group", String.raw`(?:x|)\s`],
    ["a back-reference", String.raw`(\w)\1`],
    ["inline modifiers", "(?i:qamt)"],
    ["a brace that is not a quantifier", "a{,3}"],
    ["a character outside the Basic Multilingual Plane", "\u{1f600}?abc"],
    ["an unclosed group", "(abc"],
  ])("none when the pattern has %s", (_, source) => {
    expect(requiredWords(source, "g")).toBeUndefined();
  });

  it("none for a case-insensitive pattern", () => {
    expect(requiredWords("training", "gi")).toBeUndefined();
  });
});

describe("a gated pattern", () => {
  afterEach(() => jest.restoreAllMocks());

  it("does not search a text without its words", () => {
    const pattern = new GatedRegExp(String.raw`(?:\btraining\b)|(?:\binduction\b)`, "gu");
    const search = jest.spyOn(RegExp.prototype, "exec");
    expect([..."team meeting about the roster".matchAll(pattern)]).toEqual([]);
    expect(pattern.test("team meeting")).toBe(false);
    const searchedWith = search.mock.contexts.map((context) => (context as RegExp).source);
    expect(searchedWith).not.toContain(pattern.source);
    expect(pattern.test("an induction for new starters")).toBe(true);
  });

  it("looks for its words in a text once, however many places in it a sticky search tries", () => {
    const pattern = new GatedRegExp(String.raw`\s+(?:files?|cases?|case\s+plans?)\b`, "y");
    const text = "your meeting, then your roster. ".repeat(2000);
    const look = jest.spyOn(String.prototype, "includes");
    for (let at = text.indexOf("your"); at >= 0; at = text.indexOf("your", at + 1)) {
      pattern.lastIndex = at + 4;
      expect(pattern.exec(text)).toBeNull();
    }
    expect(look.mock.calls.length).toBeLessThanOrEqual(3);
  });

  it("leaves lastIndex as a search that found nothing does", () => {
    const global = new GatedRegExp("training", "g");
    global.lastIndex = 0;
    expect(global.exec("roster")).toBeNull();
    expect(global.lastIndex).toBe(0);
    const plain = new GatedRegExp("training");
    plain.lastIndex = 5;
    expect(plain.exec("roster")).toBeNull();
    expect(plain.lastIndex).toBe(5);
  });

  it("finds every match a plain RegExp finds, from where lastIndex says", () => {
    const pattern = new GatedRegExp(String.raw`\bqa\b`, "g");
    expect([..."qa then qa".matchAll(pattern)].map((match) => match.index)).toEqual([0, 8]);
    pattern.lastIndex = 3;
    expect(pattern.exec("qa then qa")?.index).toBe(8);
    const sticky = new GatedRegExp(String.raw`\s+qa`, "y");
    sticky.lastIndex = 4;
    expect(sticky.exec("then qa")?.index).toBe(4);
  });
});

/** Every GatedRegExp a compiled policy holds. */
function gatedPatterns(
  value: unknown,
  found = new Set<GatedRegExp>(),
  seen = new Set<unknown>(),
): GatedRegExp[] {
  if (value && typeof value === "object" && !seen.has(value)) {
    seen.add(value);
    if (value instanceof GatedRegExp) found.add(value);
    else {
      const children =
        value instanceof Map || value instanceof Set ? [...value.values()] : Object.values(value);
      for (const child of children) gatedPatterns(child, found, seen);
    }
  }
  return [...found];
}

function samplesText(): string[] {
  const folder = path.join(__dirname, "../../samples");
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(".json") && name !== "expected.json")
    .flatMap((name) => {
      const { item } = JSON.parse(fs.readFileSync(path.join(folder, name), "utf8")) as {
        item: { subject?: string; body?: string };
      };
      return [item.subject ?? "", item.body ?? ""].map((text) => text.toLowerCase());
    });
}

function allMatches(pattern: RegExp, text: string, from: number): (string | number | undefined)[][] {
  const matches: (string | number | undefined)[][] = [];
  pattern.lastIndex = from;
  for (let count = 0; count < 50; count += 1) {
    const match = pattern.exec(text);
    if (!match) break;
    matches.push([match.index, ...match]);
    if (!pattern.global) break;
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  return matches;
}

describe("the built-in policies' patterns, gated", () => {
  const policies = BUILT_IN_POLICY_IDS.map((id) => compilePolicy(builtInPolicy(id)));
  const patterns = [...new Set(policies.flatMap((policy) => gatedPatterns(policy)))];
  const texts = samplesText();
  /** A new copy, which checks its words: a pattern that has searched twice no longer does. */
  const gated = (pattern: RegExp) => new GatedRegExp(pattern.source, pattern.flags);

  it("are every pattern the policies compile, most of them with words to look for", () => {
    expect(patterns.length).toBeGreaterThan(100);
    const withWords = patterns.filter((pattern) => requiredWords(pattern.source, pattern.flags));
    expect(withWords.length / patterns.length).toBeGreaterThan(0.75);
  });

  it("match the samples exactly as plain RegExps do", () => {
    for (const pattern of patterns) {
      const plain = new RegExp(pattern.source, pattern.flags);
      for (const text of texts)
        expect([pattern.source, allMatches(gated(pattern), text, 0)]).toEqual([
          pattern.source,
          allMatches(plain, text, 0),
        ]);
    }
  });

  it("match texts made of their own words exactly as plain RegExps do", () => {
    const fragments = (pattern: RegExp) => [
      ...new Set([...pattern.source.matchAll(/[a-z0-9'&]+/g)].map((match) => match[0])),
      " ",
      "  ",
      ", ",
      ".",
      "-",
      "\n",
      "\u27e81\u27e9",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...patterns).chain((pattern) =>
          fc.tuple(
            fc.constant(pattern),
            fc
              .array(fc.constantFrom(...fragments(pattern)), { maxLength: 12 })
              .map((parts) => parts.join("")),
            fc.nat({ max: 20 }),
          ),
        ),
        ([pattern, text, from]) => {
          const plain = new RegExp(pattern.source, pattern.flags);
          const start = Math.min(from, text.length);
          expect(allMatches(gated(pattern), text, start)).toEqual(allMatches(plain, text, start));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
