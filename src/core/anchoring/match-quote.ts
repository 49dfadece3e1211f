/**
 * Finds a stored quote in (normalised) page text: exact occurrences first, then approximate ones
 * (Myers' bit-parallel algorithm via `approx-string-match`), every candidate scored on how well
 * the quote, the text before it and the text after it agree with what was stored, plus a small
 * bonus for being near where the quote used to be.
 *
 * Unlike Hypothesis, a candidate is accepted only above `ACCEPT_THRESHOLD`: a highlight on the
 * wrong text is worse than a visible orphan (h#2634, web-highlighter#31).
 */
import search from 'approx-string-match';
import { textSimilarity } from '../text/string-similarity';

/**
 * Minimum score to accept a match. Measured on synthetic tests (research notes, section B6.5):
 * correct matches of quotes with 5 % edits scored 0.92–1.00, wrong matches of absent quotes in
 * same-vocabulary text 0.42–0.74. 0.8 sits in the gap with margin on both sides; our own tests
 * (anchor-highlight.test.ts) see edited quotes ≥ 0.9 and absent quotes ≤ 0.7.
 */
export const ACCEPT_THRESHOLD = 0.8;

/**
 * An exact occurrence that is the only one in the text and at least this long is accepted whatever
 * its context: a unique 32-character string is not there by chance, while its context can change
 * legitimately on another copy (a different paragraph after it, a title before it).
 */
export const UNIQUE_EXACT_MIN_LENGTH = 32;

/** Weights of quote, prefix, suffix and position similarity (Hypothesis' published weights). */
const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POS = 2;
const W_TOTAL = W_QUOTE + W_PREFIX + W_SUFFIX + W_POS;

/** Most exact occurrences scored (a one-word quote can occur thousands of times). */
const MAX_EXACT_CANDIDATES = 2_000;

export type QuoteQuery = {
  /** Normalised quote (trimmed, non-empty). */
  quote: string;
  /** Normalised prefix and suffix (suffix keeps its leading space). */
  prefix: string;
  suffix: string;
  /** Expected start in the normalised text (from the position selector); -1 for none. */
  hint: number;
};

export type QuoteMatch = { start: number; end: number; score: number; errors: number };

/** Scores the candidate `[start, end)` of `text` with `errors` edits against the query. */
export function scoreCandidate(text: string, q: QuoteQuery, start: number, end: number, errors: number): number {
  const quoteSim = Math.max(0, 1 - errors / q.quote.length);
  const prefixSim = contextSimilarity(q.prefix, text.slice(Math.max(0, start - q.prefix.length), start), true, start === 0);
  const suffixSim = contextSimilarity(q.suffix, text.slice(end, end + q.suffix.length), false, end >= text.length);
  const posSim = q.hint < 0 || text.length === 0 ? 0.5 : 1 - Math.min(1, Math.abs(start - q.hint) / text.length);
  return (W_QUOTE * quoteSim + W_PREFIX * prefixSim + W_SUFFIX * suffixSim + W_POS * posSim) / W_TOTAL;
}

/**
 * An empty stored context means the quote was at the edge of the article: full credit when the
 * candidate is at the edge too, half otherwise (no evidence either way).
 */
function contextSimilarity(expected: string, actual: string, anchorEnd: boolean, atEdge: boolean): number {
  if (expected.length === 0) return atEdge ? 1 : 0.5;
  return textSimilarity(expected, actual, anchorEnd);
}

/** The best exact occurrence of the quote and how many there are, or null when there is none. */
export function matchExact(text: string, q: QuoteQuery): { best: QuoteMatch; count: number } | null {
  let best: QuoteMatch | null = null;
  let count = 0;
  for (let at = text.indexOf(q.quote); at >= 0 && count < MAX_EXACT_CANDIDATES; at = text.indexOf(q.quote, at + 1)) {
    count++;
    const end = at + q.quote.length;
    const score = scoreCandidate(text, q, at, end, 0);
    if (!best || score > best.score) best = { start: at, end, score, errors: 0 };
  }
  return best ? { best, count } : null;
}

/** Whether an exact result is accepted (see `ACCEPT_THRESHOLD`, `UNIQUE_EXACT_MIN_LENGTH`). */
export function acceptExact(result: { best: QuoteMatch; count: number }, q: QuoteQuery): boolean {
  return result.best.score >= ACCEPT_THRESHOLD || (result.count === 1 && q.quote.length >= UNIQUE_EXACT_MIN_LENGTH);
}

/**
 * The best approximate match of the quote in `text[from, to)` (offsets returned in `text`
 * coordinates), or null. At most min(256, len/2) errors, as Hypothesis; scoring decides the rest.
 */
export function matchFuzzy(text: string, q: QuoteQuery, from = 0, to = text.length): QuoteMatch | null {
  const maxErrors = Math.min(256, Math.floor(q.quote.length / 2));
  if (maxErrors < 1) return null;
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const found = search(slice, q.quote, maxErrors);
  if (found.length === 0) return null;
  // The matcher reports one match per end position; keep the fewest-error ones to bound scoring.
  found.sort((a, b) => a.errors - b.errors);
  let best: QuoteMatch | null = null;
  for (const m of found.slice(0, 64)) {
    const start = m.start + from;
    const end = m.end + from;
    const score = scoreCandidate(text, q, start, end, m.errors);
    if (!best || score > best.score) best = { start, end, score, errors: m.errors };
  }
  return best;
}

/**
 * Approximate match, searching first near the hint (cheap: most edits move text only a little)
 * and the whole text only when that finds nothing convincing.
 */
export function matchFuzzyNearHint(text: string, q: QuoteQuery): QuoteMatch | null {
  if (q.hint >= 0 && text.length > 8 * q.quote.length + 8_000) {
    const margin = 2 * q.quote.length + 2_000;
    const from = Math.max(0, q.hint - margin);
    const to = Math.min(text.length, q.hint + q.quote.length + margin);
    const near = matchFuzzy(text, q, from, to);
    if (near && near.score >= Math.max(ACCEPT_THRESHOLD, 0.9)) return near;
  }
  return matchFuzzy(text, q);
}
