/**
 * Folded text: lower case, accents removed, typographic punctuation made plain, so that
 * policy patterns match "Qualité", "QA’s" and "QUALITY" alike. Every folded character
 * remembers where it came from, so a match can be quoted exactly as the invite wrote it.
 */
export interface FoldedText {
  readonly original: string;
  /** Folded text. Masked spans are blanked with spaces; length never changes after folding. */
  folded: string;
  /** For each folded character, the index of the original character it came from. */
  readonly origin: Uint32Array;
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

function foldCharacter(character: string): string {
  const plain = PUNCTUATION[character];
  if (plain !== undefined) return plain;
  return character.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase();
}

export function fold(original: string): FoldedText {
  const parts: string[] = [];
  const origin: number[] = [];
  let asciiRunStart = 0;
  const flushAscii = (end: number) => {
    if (end <= asciiRunStart) return;
    parts.push(original.slice(asciiRunStart, end).toLowerCase());
    for (let index = asciiRunStart; index < end; index += 1) origin.push(index);
  };
  for (let index = 0; index < original.length; index += 1) {
    if (original.charCodeAt(index) < 0x80) continue;
    flushAscii(index);
    const codePoint = original.codePointAt(index) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const folded = foldCharacter(original.slice(index, index + width));
    parts.push(folded);
    for (let count = 0; count < folded.length; count += 1) origin.push(index);
    index += width - 1;
    asciiRunStart = index + 1;
  }
  flushAscii(original.length);
  return { original, folded: parts.join(""), origin: Uint32Array.from(origin) };
}

/** The original text behind folded[start, end). */
export function originalSlice(text: FoldedText, start: number, end: number): string {
  if (end <= start) return "";
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
  /** The words exactly as the invite wrote them. */
  quote: string;
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
    const start = found.index;
    const end = start + found[0].length;
    matches.push({ start, end, quote: originalSlice(text, start, end).trim() });
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
