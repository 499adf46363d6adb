import { type FoldedText, type Match, READ_CLOSELY } from "./text";

/**
 * A text cut into sentences and clauses, so that a negation reaches only as far as its clause:
 * in "no individual results will be shown, but bring your overdue list" the "no" covers the
 * results and not the list.
 */
export interface Clause {
  start: number;
  end: number;
  /** Index of the sentence the clause belongs to. */
  sentence: number;
  /** Where a negation starts inside the clause; from there to the clause's end is negated. */
  negatedFrom: number | undefined;
}

export interface Span {
  start: number;
  end: number;
}

export interface Segmented {
  readonly text: FoldedText;
  /** The part read closely, clause by clause: the text up to READ_CLOSELY characters. */
  readonly closely: FoldedText;
  readonly sentences: readonly Span[];
  readonly clauses: readonly Clause[];
}

export interface ClauseRules {
  /** Where a sentence ends: full stops, question marks, line breaks. */
  readonly sentenceEnd: RegExp;
  /** Where a clause ends inside a sentence: commas, dashes, "but", "so", "then". */
  readonly clauseBreak: RegExp;
  /** Words that negate what follows them in their clause. */
  readonly negation: RegExp;
}

/** Every position where the pattern matches, in one pass over the whole text. */
function matchPositions(text: string, pattern: RegExp): number[] {
  const positions: number[] = [];
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
    positions.push(found.index);
    if (found[0].length === 0) pattern.lastIndex += 1;
  }
  return positions;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/gu;

/** Whether text[from, to) holds a letter or digit: a piece worth keeping. */
function hasWords(text: string, from: number, to: number): boolean {
  WORD_CHARACTER.lastIndex = from;
  const found = WORD_CHARACTER.exec(text);
  return found !== null && found.index < to;
}

/** Walks sorted positions alongside sorted spans: the positions inside [start, end). */
class Cursor {
  private next = 0;
  constructor(private readonly positions: readonly number[]) {}

  /** The positions in [start, end), spans asked for in order. */
  within(start: number, end: number): number[] {
    while (this.next < this.positions.length && (this.positions[this.next] ?? 0) < start) this.next += 1;
    const found: number[] = [];
    for (let index = this.next; index < this.positions.length; index += 1) {
      const position = this.positions[index] ?? 0;
      if (position >= end) break;
      found.push(position);
    }
    return found;
  }
}

/** Splits [start, end) at each cut, dropping pieces that hold nothing but spaces and punctuation. */
function pieces(text: string, start: number, end: number, at: readonly number[]): Span[] {
  const bounds = [start, ...at.filter((cut) => cut > start && cut < end), end];
  const result: Span[] = [];
  for (let index = 0; index + 1 < bounds.length; index += 1) {
    const from = bounds[index] ?? start;
    const to = bounds[index + 1] ?? end;
    if (hasWords(text, from, to)) result.push({ start: from, end: to });
  }
  return result;
}

/** Cuts the text into sentences and clauses, each pattern run once over the whole text. */
export function segment(text: FoldedText, rules: ClauseRules): Segmented {
  const closely =
    text.folded.length > READ_CLOSELY ? { ...text, folded: text.folded.slice(0, READ_CLOSELY) } : text;
  const folded = closely.folded;
  const clauses: Clause[] = [];
  const sentences = pieces(folded, 0, folded.length, matchPositions(folded, rules.sentenceEnd));
  const breaks = new Cursor(matchPositions(folded, rules.clauseBreak));
  const negations = new Cursor(matchPositions(folded, rules.negation));
  sentences.forEach((sentence, index) => {
    for (const clause of pieces(
      folded,
      sentence.start,
      sentence.end,
      breaks.within(sentence.start, sentence.end),
    )) {
      const [negatedFrom] = negations.within(clause.start, clause.end);
      clauses.push({ ...clause, sentence: index, negatedFrom });
    }
  });
  return { text, closely, sentences, clauses };
}

/** The clause holding a position, by binary search; undefined between clauses. */
export function clauseAt(segmented: Segmented, position: number): Clause | undefined {
  const { clauses } = segmented;
  let low = 0;
  let high = clauses.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const clause = clauses[middle];
    if (!clause) return undefined;
    if (position < clause.start) high = middle - 1;
    else if (position >= clause.end) low = middle + 1;
    else return clause;
  }
  return undefined;
}

/** Whether a match lies inside a negation's reach ("no individual results", "won't be there"). */
export function isNegated(segmented: Segmented, match: Match): boolean {
  const clause = clauseAt(segmented, match.start);
  return clause?.negatedFrom !== undefined && match.start >= clause.negatedFrom;
}

/** The sentence holding a position, for words that must appear together. */
export function sentenceAt(segmented: Segmented, position: number): Span | undefined {
  const clause = clauseAt(segmented, position);
  return clause ? segmented.sentences[clause.sentence] : undefined;
}
