import type { FoldedText, Match } from "./text";

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

function cuts(text: string, pattern: RegExp, from: number, to: number): number[] {
  const positions: number[] = [];
  pattern.lastIndex = from;
  for (let found = pattern.exec(text); found !== null && found.index < to; found = pattern.exec(text)) {
    positions.push(found.index);
    if (found[0].length === 0) pattern.lastIndex += 1;
  }
  return positions;
}

/** Splits a span at each cut, dropping pieces that hold nothing but spaces and punctuation. */
function pieces(text: string, start: number, end: number, at: readonly number[]): Span[] {
  const bounds = [start, ...at.filter((cut) => cut > start && cut < end), end];
  const result: Span[] = [];
  for (let index = 0; index + 1 < bounds.length; index += 1) {
    const from = bounds[index] ?? start;
    const to = bounds[index + 1] ?? end;
    if (/[\p{L}\p{N}]/u.test(text.slice(from, to))) result.push({ start: from, end: to });
  }
  return result;
}

export function segment(text: FoldedText, rules: ClauseRules): Segmented {
  const folded = text.folded;
  const clauses: Clause[] = [];
  const sentenceCuts = cuts(folded, rules.sentenceEnd, 0, folded.length);
  const sentences = pieces(folded, 0, folded.length, sentenceCuts);
  sentences.forEach((sentence, index) => {
    const clauseCuts = cuts(folded, rules.clauseBreak, sentence.start, sentence.end);
    for (const clause of pieces(folded, sentence.start, sentence.end, clauseCuts)) {
      rules.negation.lastIndex = clause.start;
      const negation = rules.negation.exec(folded);
      const negatedFrom = negation && negation.index < clause.end ? negation.index : undefined;
      clauses.push({ ...clause, sentence: index, negatedFrom });
    }
  });
  return { text, sentences, clauses };
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
