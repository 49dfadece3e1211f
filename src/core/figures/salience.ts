/**
 * Ranking: changes, percentages, money and people/case counts first; a figure repeated in the
 * headline gains weight; the same fact stated twice is merged into its first mention.
 */
import type { FoundFigure } from './find-figures';

/** Base weight per kind: what a reader of a news article looks for first. */
const KIND_WEIGHT: Readonly<Record<string, number>> = {
  change: 5, percent: 5, 'percentage-point': 5, money: 5, ratio: 3.5, score: 3, measure: 2.5, count: 1,
};

/**
 * Whether a CJK "sentence" is a list of keywords or links (SEO tag clouds, "hot searches": 小镇飞花txt
 * 武经七书下载 …) rather than prose: long, words separated by spaces, and no clause punctuation.
 */
export function isKeywordList(sentence: string): boolean {
  if (sentence.length < 40) return false;
  let cjk = 0;
  let spaces = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    // ，。；：、！？ and their ASCII forms after CJK text end clauses: prose has them.
    if (c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0xff1a || c === 0x3001 || c === 0xff01 || c === 0xff1f) return false;
    if (c === 0x20 || c === 0x3000) spaces += 1;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff)) cjk += 1;
  }
  return cjk >= 20 && spaces >= 5 && spaces * 12 >= cjk;
}

/** Salience of one figure; `position` is 0 at the article start and 1 at its end. */
export function scoreFigure(f: FoundFigure, position: number, inHeadline: boolean, keywordList = false): number {
  let score = KIND_WEIGHT[f.kind] ?? 1;
  // A number in a keyword cloud (a search term, a link title) is nobody's key figure.
  if (keywordList) score -= 6;
  if (f.kind === 'count') {
    // A count with a measure word (名, 张, suspects) is a fact; a bare number rarely is.
    if (f.cls === 'person' || f.cls === 'case') score += 4;
    else if (f.unit) score += 2.5;
    else if (f.label) score += 1.5;
  }
  if (f.direction !== 'none') score += 2;
  if (f.basis) score += 1;
  if (f.total) score += 0.5;
  if (f.hasMagnitude) score += 1;
  if (f.label) score += 0.5;
  if (inHeadline) score += 2;
  // Tiny bare values (1 of them, 2 things) say little.
  if (f.value <= 1 && f.kind !== 'percent' && f.kind !== 'percentage-point' && f.kind !== 'money') score -= 1.5;
  // "100%" without a change is usually rhetoric ("100% sure"), not a measured fact.
  if (f.kind === 'percent' && f.value === 100 && f.direction === 'none') score -= 2;
  // Small counts (3 people) weigh less than large ones (718 suspects).
  if ((f.kind === 'count' || f.kind === 'change') && f.value < 10) score -= 1;
  if (f.kind === 'count' && f.value >= 100) score += f.value >= 1000 ? 1 : 0.5;
  // The lead carries the key facts: up to +1 at the start.
  score += 1 - Math.min(1, Math.max(0, position));
  return Math.round(score * 100) / 100;
}

/** Terms of a headline: CJK character bigrams (as numbers: two char codes) and lower-cased words of 4+ letters. */
export type HeadlineTerms = { bigrams: ReadonlySet<number>; words: ReadonlySet<string>; size: number };

const isCjkCode = (c: number): boolean => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
const WORD4 = /[\p{L}\p{M}]{4,}/gu;
const HAS_CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * Terms of a headline. A figure whose sentence shares them is about the article's subject, not an
 * aside or a teaser of another story.
 */
export function headlineTerms(headline: string): HeadlineTerms {
  const bigrams = new Set<number>();
  for (let i = 0; i + 1 < headline.length; i++) {
    const a = headline.charCodeAt(i);
    const b = headline.charCodeAt(i + 1);
    if (isCjkCode(a) && isCjkCode(b)) bigrams.add(a * 0x10000 + b);
  }
  const words = new Set<string>();
  for (const w of headline.toLowerCase().match(WORD4) ?? []) if (!HAS_CJK.test(w)) words.add(w);
  return { bigrams, words, size: bigrams.size + words.size };
}

/**
 * How many headline terms a sentence shares (bounded: the sentence is at most ~400 characters).
 * One pass over char codes for the bigrams; words are matched only when the headline has some.
 */
export function subjectOverlap(sentence: string, terms: HeadlineTerms): number {
  if (terms.size === 0) return 0;
  let seen: Set<number | string> | null = null;
  if (terms.bigrams.size > 0) {
    let prev = sentence.charCodeAt(0);
    for (let i = 1; i < sentence.length; i++) {
      const c = sentence.charCodeAt(i);
      if (isCjkCode(c) && isCjkCode(prev)) {
        const key = prev * 0x10000 + c;
        if (terms.bigrams.has(key)) (seen ??= new Set()).add(key);
      }
      prev = c;
    }
  }
  if (terms.words.size > 0) {
    for (const w of sentence.toLowerCase().match(WORD4) ?? []) if (terms.words.has(w)) (seen ??= new Set()).add(w);
  }
  return seen ? seen.size : 0;
}

/**
 * Key identifying one fact: same value (and upper bound) in the same unit. The kind is left out
 * for counts, measures and changes: "crece de 32 a 72 días" and a later "32 a 72 días" are one
 * fact, whether or not the words around a mention say it is a change.
 */
export function factKey(f: Pick<FoundFigure, 'value' | 'unit' | 'kind'> & { valueTo?: number }): string {
  const kind = f.kind === 'change' || f.kind === 'measure' || f.kind === 'count' ? 'quantity' : f.kind;
  return `${kind}|${f.unit}|${f.value}|${f.valueTo ?? ''}`;
}

/** Whether a headline states the same fact (its figures parsed by the same finder). */
export function headlineKeys(headlineFigures: readonly FoundFigure[]): Set<string> {
  return new Set(headlineFigures.map(factKey));
}

/**
 * Merges repeated mentions of one fact into the first, raising its score a little per repeat,
 * then sorts by score, descending (stable: earlier mentions first on ties).
 */
export function mergeAndRank<T extends FoundFigure & { salience: number }>(figures: readonly T[]): T[] {
  const byKey = new Map<string, T>();
  for (const f of figures) {
    const key = factKey(f);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, f);
      continue;
    }
    seen.salience = Math.round((Math.max(seen.salience, f.salience) + 0.5) * 100) / 100;
    if (!seen.label && f.label) seen.label = f.label;
    if (seen.direction === 'none') seen.direction = f.direction;
    if (f.kind === 'change' && (seen.kind === 'measure' || seen.kind === 'count')) seen.kind = 'change';
  }
  const ranked = [...byKey.values()].sort(bySalience);
  // Variety: the k-th figure of one kind and unit (the 5th percentage, the 8th price) gives up
  // REPEAT_STEP × min(k, REPEAT_CAP), so a page full of prices still shows its weights and sizes. The order within
  // a group is kept; only groups interleave.
  const seen = new Map<string, number>();
  for (const f of ranked) {
    const group = `${f.kind}|${f.unit}`;
    const k = seen.get(group) ?? 0;
    seen.set(group, k + 1);
    f.salience = Math.round((f.salience - REPEAT_STEP * Math.min(k, REPEAT_CAP)) * 100) / 100;
  }
  return ranked.sort(bySalience);
}

const REPEAT_STEP = 0.8;
/** The penalty stops growing after a few repeats: a page of growth forecasts is about percentages. */
const REPEAT_CAP = 4;

function bySalience(a: FoundFigure & { salience: number }, b: FoundFigure & { salience: number }): number {
  return b.salience - a.salience || a.start - b.start;
}
