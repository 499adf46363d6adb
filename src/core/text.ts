/**
 * Folded text: lower case, accents removed, typographic punctuation made plain, so that
 * policy patterns match "Qualité", "QA’s" and "QUALITY" alike. Every folded character
 * remembers where it came from, so a match can be quoted exactly as the invite wrote it.
 */
export interface FoldedText {
  readonly original: string;
  /** Folded text. Masked spans are blanked with spaces; length never changes after folding. */
  folded: string;
  /** For each folded character, the index of the original character it came from; null when they line up. */
  readonly origin: Uint32Array | null;
}

const PUNCTUATION: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u00a0": " ",
  "\u2007": " ",
  "\u202f": " ",
  "\uff06": "&",
};

const COMBINING_MARKS = /\p{M}/gu;
// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL
const ASCII_ONLY = /^[\x00-\x7f]*$/;

function foldCharacter(character: string): string {
  const plain = PUNCTUATION[character];
  if (plain !== undefined) return plain;
  return character.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase();
}

/** Collects folded pieces and, for each folded character, the original index it came from. */
class FoldBuilder {
  private readonly parts: string[] = [];
  private origin: Uint32Array;
  private length = 0;

  constructor(capacity: number) {
    this.origin = new Uint32Array(Math.max(16, capacity));
  }

  push(piece: string, originStart: number, sameOrigin: boolean): void {
    if (this.length + piece.length > this.origin.length) {
      const grown = new Uint32Array((this.length + piece.length) * 2);
      grown.set(this.origin.subarray(0, this.length));
      this.origin = grown;
    }
    for (let offset = 0; offset < piece.length; offset += 1) {
      this.origin[this.length + offset] = sameOrigin ? originStart : originStart + offset;
    }
    this.parts.push(piece);
    this.length += piece.length;
  }

  build(original: string): FoldedText {
    return { original, folded: this.parts.join(""), origin: this.origin.slice(0, this.length) };
  }
}

const foldedCharacters = new Map<string, string>();

function foldCached(character: string): string {
  let folded = foldedCharacters.get(character);
  if (folded === undefined) {
    folded = foldCharacter(character);
    if (foldedCharacters.size < 4096) foldedCharacters.set(character, folded);
  }
  return folded;
}

export function fold(original: string): FoldedText {
  if (ASCII_ONLY.test(original)) return { original, folded: original.toLowerCase(), origin: null };
  const builder = new FoldBuilder(original.length + 16);
  let cursor = 0;
  for (let index = 0; index < original.length; index += 1) {
    const code = original.charCodeAt(index);
    if (code < 0x80) continue;
    if (index > cursor) builder.push(original.slice(cursor, index).toLowerCase(), cursor, false);
    const width = code >= 0xd800 && code <= 0xdbff && index + 1 < original.length ? 2 : 1;
    builder.push(foldCached(original.slice(index, index + width)), index, true);
    cursor = index + width;
    index += width - 1;
  }
  if (cursor < original.length) builder.push(original.slice(cursor).toLowerCase(), cursor, false);
  return builder.build(original);
}

/** The original text behind folded[start, end). */
export function originalSlice(text: FoldedText, start: number, end: number): string {
  if (end <= start) return "";
  if (text.origin === null) return text.original.slice(start, end);
  const from = text.origin[start] ?? 0;
  const lastOrigin = text.origin[end - 1] ?? from;
  const lastWidth = (text.original.codePointAt(lastOrigin) ?? 0) > 0xffff ? 2 : 1;
  return text.original.slice(from, lastOrigin + lastWidth);
}

/** Blanks the spans (in order, not overlapping) so later patterns cannot match them. */
export function maskAll(text: FoldedText, spans: readonly { start: number; end: number }[]): void {
  if (spans.length === 0) return;
  const pieces: string[] = [];
  let cursor = 0;
  for (const { start, end } of spans) {
    pieces.push(text.folded.slice(cursor, start), " ".repeat(end - start));
    cursor = end;
  }
  pieces.push(text.folded.slice(cursor));
  text.folded = pieces.join("");
}

export interface Match {
  start: number;
  end: number;
}

/** The matched words exactly as the invite wrote them. */
export function quoteOf(text: FoldedText, match: Match): string {
  return originalSlice(text, match.start, match.end).trim();
}

/** Every non-empty match of a global regex over the folded text. */
export function findAll(text: FoldedText, pattern: RegExp): Match[] {
  const matches: Match[] = [];
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text.folded); found !== null; found = pattern.exec(text.folded)) {
    if (found[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    matches.push({ start: found.index, end: found.index + found[0].length });
  }
  return matches;
}

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** Typographic quotes, dashes and spaces made plain, one character for one, case kept. */
export function plainPunctuation(text: string): string {
  return text.replace(
    /[\u2018\u2019\u201c\u201d\u2013\u2014\u00a0\u2007\u202f\uff06]/g,
    (character) => PUNCTUATION[character] ?? character,
  );
}

/**
 * The original text behind folded[start, end), with every character a mask blanked shown as a
 * space: names and phrases keep their letter case, boilerplate stays out of sight.
 */
export function visibleSlice(text: FoldedText, start: number, end: number): string {
  if (text.origin === null) {
    let visible = "";
    let cursor = start;
    for (let index = start; index < end; index += 1) {
      if (text.folded.charCodeAt(index) === 32 && text.original.charCodeAt(index) !== 32) {
        visible += text.original.slice(cursor, index) + " ";
        cursor = index + 1;
      }
    }
    return visible + text.original.slice(cursor, end);
  }
  const { origin } = text;
  const pieces: string[] = [];
  for (let index = start; index < end;) {
    const from = origin[index] ?? 0;
    let next = index + 1;
    while (next < origin.length && origin[next] === from) next += 1;
    const to = next < origin.length ? (origin[next] ?? text.original.length) : text.original.length;
    const masked = text.folded.charCodeAt(index) === 32 && text.original.charCodeAt(from) !== 32;
    pieces.push(masked ? " " : text.original.slice(from, Math.max(to, from + 1)));
    index = next;
  }
  return pieces.join("");
}

/** Text made safe to put inside a regular expression as itself. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * How far into a body sentences are read closely (clauses, negation, whose work, who attends).
 * QA words are still found all the way to the body's limit; a meeting's purpose and its people
 * are written near its start, not 100,000 characters in.
 */
export const READ_CLOSELY = 100_000;
