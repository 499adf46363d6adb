/**
 * Words a regular expression cannot match without, and a RegExp that looks for them first.
 *
 * V8 compiles a pattern the first time it runs, and again to machine code the second time. Most of
 * a policy's patterns never match a given invite, yet a check runs them all, so compiling them is
 * most of what the engine's first check costs. A pattern whose words a text lacks need not run, or
 * be compiled, at all.
 *
 * `requiredWords(source, flags)` gives strings such that every match holds at least one of them, or
 * undefined when it cannot tell. It reads only what it is sure of: characters that match themselves,
 * escaped punctuation, groups and alternatives. Anything else (a class, `\s`, a quantifier that
 * allows none) ends a run of such characters, and what it does not know makes the whole answer
 * undefined. Case-insensitive patterns, and the `v` flag's classes, are not read.
 */

export type RequiredWords = readonly string[] | undefined;

export function requiredWords(source: string, flags: string): RequiredWords {
  return /[iv]/.test(flags) ? undefined : readPattern(source);
}

const NO_MATCHES = /(?!)/g;

/**
 * A RegExp that, until it has been compiled, checks the text holds one of its required words before
 * it searches, and fails at once if not. `exec`, and what goes through it (`test`, `replace`), is
 * gated, and so is `matchAll`; the copies `matchAll` and `split` search with are plain RegExps, so
 * `split` is not. A global search checks as it starts, not at each match after; a sticky one, tried
 * at many places in one text, checks that text once.
 */
export class GatedRegExp extends RegExp {
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  #words?: { words: RequiredWords };
  /** Searches that ran: after two, V8 has compiled the pattern and the check saves nothing. */
  #searches = 0;
  #checked?: { text: string; holdsWords: boolean };

  override exec(text: string): RegExpExecArray | null {
    if ((this.global && this.lastIndex !== 0) || this.#mayMatch(text)) return super.exec(text);
    if (this.global || this.sticky) this.lastIndex = 0;
    return null;
  }

  override [Symbol.matchAll](text: string): RegExpStringIterator<RegExpMatchArray> {
    return this.#mayMatch(text) ? super[Symbol.matchAll](text) : NO_MATCHES[Symbol.matchAll]("");
  }

  /** Whether a search starting now may match; counts the searches that will run. */
  #mayMatch(text: string): boolean {
    if (this.#searches >= 2) return true;
    if (this.#checked?.text !== text) {
      this.#words ??= { words: requiredWords(this.source, this.flags) };
      const { words } = this.#words;
      this.#checked = { text, holdsWords: !words || words.some((word) => text.includes(word)) };
    }
    if (this.#checked.holdsWords) this.#searches += 1;
    return this.#checked.holdsWords;
  }
}

/** The pattern's syntax, a token at a time: escapes, classes, group openings, quantifiers, plain runs. */
const TOKEN =
  /\\[pP]\{[^}]*\}|\\[^]|\[(?:\\[^]|[^\\\]])*\]|\((?:\?(?::|<?[=!]))?|(?:[?*+]|\{\d+(?:,\d*)?\})\??|[^\\^$.|?*+()[\]{}\ud800-\udfff]+|[^]/gy;
/** Characters that match themselves, as a run of them starts. */
const PLAIN = /^[^\\^$.|?*+()[\]{}\ud800-\udfff]/;
const ESCAPED_PUNCTUATION = /^\\[!-/:-@[-`{-~]$/;
const ESCAPED_CLASS = /^\\(?:[sSdDwWbBnrtfv]|[pP]\{)/;
const QUANTIFIER = /^(?:[?*+]|\{\d)/;

/** Null where the reader cannot read the pattern: it may match without any word it could name. */
type Reading = RequiredWords | null;

function readPattern(source: string): RequiredWords {
  const tokens = source.match(TOKEN) ?? [];
  let at = 0;

  /** Alternatives up to the end or a `)`: each one's words, if every one has some. */
  const alternatives = (): Reading => {
    const words: string[] = [];
    let everyOne = true;
    for (;;) {
      const sequence = alternative();
      if (sequence === null) return null;
      if (sequence) words.push(...sequence);
      else everyOne = false;
      if (tokens[at] !== "|") return everyOne ? words : undefined;
      at += 1;
    }
  };

  /** One alternative: the run of plain characters, or the required group, that rules out most. */
  const alternative = (): Reading => {
    let best: RequiredWords;
    let run = "";
    const endRun = () => {
      if (run) best = better(best, [run]);
      run = "";
    };
    while (at < tokens.length && tokens[at] !== "|" && tokens[at] !== ")") {
      const token = tokens[at++] ?? "";
      let characters: string | undefined;
      let words: Reading = undefined;
      if (token.startsWith("(")) {
        words = alternatives();
        if (words === null || tokens[at++] !== ")") return null;
        if (/[=!]$/.test(token)) words = undefined; // a look-around: nothing it names is matched
      } else if (token.startsWith("\\")) {
        if (ESCAPED_PUNCTUATION.test(token)) characters = token.charAt(1);
        else if (!ESCAPED_CLASS.test(token)) return null;
      } else if (PLAIN.test(token)) characters = token;
      else if (!/^(?:\[[^]*\]|[.^$])$/.test(token)) return null;
      const quantifier = QUANTIFIER.test(tokens[at] ?? "") ? (tokens[at++] ?? "") : "";
      const optional = /^[?*]|^\{0/.test(quantifier);
      // A quantifier applies to the last character only.
      if (characters !== undefined) run += optional ? characters.slice(0, -1) : characters;
      if (characters === undefined || quantifier) {
        endRun();
        if (!optional) best = better(best, words ?? undefined);
      }
    }
    endRun();
    return best;
  };

  const words = alternatives();
  return at === tokens.length ? (words ?? undefined) : undefined;
}

/** Of two sets of words, the one that rules out more texts: the one whose shortest word is longer. */
function better(a: RequiredWords, b: RequiredWords): RequiredWords {
  return shortest(b) > shortest(a) ? b : a;
}

function shortest(words: RequiredWords): number {
  return words?.length ? Math.min(...words.map((word) => word.length)) : 0;
}
