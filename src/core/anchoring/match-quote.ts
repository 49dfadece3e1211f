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
 * Bounds of the approximate search, so that no quote and no page text can hold the page for long
 * (the unbounded search took 193 ms for a 100-character quote on table-like text, and a minute for
 * a 2,000-character quote on "abab…"): the text is searched in chunks, each a step of a generator
 * the caller can spread over several tasks (anchorAll yields to the page between steps); long
 * quotes are searched by their two ends (and checked in the middle); only the fewest-error
 * candidates are scored; and the total work has a cap that does not depend on the machine's speed
 * or load. What cannot be searched within the cap is reported as exhausted: the highlight becomes
 * an orphan the reader can see and re-attach, never a frozen page.
 */
/** Work cap per quote, in matcher units (text characters × quote words + matches × quote length). */
export const FUZZY_WORK_CAP = 40_000_000;
/**
 * Characters of text per call of the matcher: adapted to what a chunk costs, because the matcher
 * works out a start for every match and repetitive text matches almost everywhere (4,096
 * characters of "abab…" cost it ~130 ms against a 64-character probe, ordinary prose ~1 ms).
 */
const CHUNK_MIN = 64;
const CHUNK_START = 128;
const CHUNK_MAX = 16_384;
const CHUNK_TARGET_MS = 3;
/** Longer quotes are searched by probes of this length at both ends (and checked in the middle). */
const LONG_QUOTE = 256;
const PROBE = 64;
/** Candidates scored at most (fewest errors first). */
const MAX_SCORED = 64;
/**
 * Errors allowed: above ~37% of the quote a candidate cannot reach ACCEPT_THRESHOLD even with
 * perfect context (50·(1−e) + 42 < 0.8·92), so searching further only costs time.
 */
const MAX_ERROR_RATE = 0.37;

export type FuzzyResult = { match: QuoteMatch | null; exhausted: boolean };
/** A resumable search: each `next()` does one bounded chunk of work. */
export type FuzzySteps = Generator<void, FuzzyResult, void>;
type Raw = { start: number; end: number; errors: number };
type Budget = { work: number; now: () => number };

/** The matcher over `text[from, to)` in chunks (one step each); matches in `text` coordinates. */
function* searchChunked(text: string, pattern: string, maxErrors: number, from: number, to: number, budget: Budget): Generator<void, { found: Raw[]; exhausted: boolean }, void> {
  const found: Raw[] = [];
  const seen = new Set<number>();
  const words = Math.ceil(pattern.length / 32);
  let chunk = CHUNK_START;
  for (let at = from; at < to; ) {
    const used = chunk;
    if (budget.work <= 0) return { found, exhausted: true };
    const started = budget.now();
    const end = Math.min(to, at + used + pattern.length + maxErrors);
    const matches = search(text.slice(at, end), pattern, maxErrors);
    const took = budget.now() - started;
    // Each match costs the matcher a reverse search for its start: much more than a character.
    budget.work -= (end - at) * words + matches.length * pattern.length * 16;
    for (const m of matches) {
      const key = (m.start + at) * 4_096 + (m.end - m.start);
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ start: m.start + at, end: m.end + at, errors: m.errors });
    }
    // Keep memory and scoring bounded on repetitive text: only the best candidates matter.
    if (found.length > 8 * MAX_SCORED) {
      found.sort((a, b) => a.errors - b.errors);
      found.length = MAX_SCORED;
    }
    if (end >= to) break;
    at += used;
    // Many matches per character is what makes a chunk slow (a start per match): shrink then;
    // grow while chunks are cheap.
    const dense = matches.length * 32 > used;
    if (dense && took > CHUNK_TARGET_MS) chunk = Math.max(CHUNK_MIN, Math.floor(chunk / 2));
    else if (!dense || took < CHUNK_TARGET_MS / 2) chunk = Math.min(CHUNK_MAX, chunk * 2);
    yield;
  }
  return { found, exhausted: false };
}

/** Errors of `pattern` found at best within `text[from, to)` (a small window), or `fallback`. */
function errorsNear(text: string, pattern: string, from: number, to: number, fallback: number, budget: Budget): number {
  const window = text.slice(Math.max(0, from), Math.min(text.length, to));
  let best = fallback;
  const found = search(window, pattern, Math.min(fallback, Math.floor(pattern.length * MAX_ERROR_RATE)));
  budget.work -= window.length * 2 + found.length * pattern.length * 16;
  for (const m of found) best = Math.min(best, m.errors);
  return best;
}

/** Candidates for a long quote: its head probe followed, about one quote length later, by its tail probe. */
function* longQuoteCandidates(text: string, q: QuoteQuery, from: number, to: number, budget: Budget): Generator<void, { found: Raw[]; exhausted: boolean }, void> {
  const m = q.quote.length;
  const head = q.quote.slice(0, PROBE);
  const tail = q.quote.slice(m - PROBE);
  const k = Math.floor(PROBE * MAX_ERROR_RATE);
  const heads = yield* searchChunked(text, head, k, from, to, budget);
  if (heads.exhausted) return heads;
  const tails = yield* searchChunked(text, tail, k, from, to, budget);
  if (tails.exhausted) return tails;
  const best = (list: Raw[]): Raw[] => list.sort((a, b) => a.errors - b.errors).slice(0, 16);
  const out: Raw[] = [];
  const slack = Math.floor(m * MAX_ERROR_RATE);
  const midAt = Math.floor(m / 2) - PROBE / 2;
  const mid = q.quote.slice(midAt, midAt + PROBE);
  let checked = 0;
  for (const h of best(heads.found)) {
    for (const t of best(tails.found)) {
      const length = t.end - h.start;
      if (length < m - slack || length > m + slack) continue;
      if (budget.work <= 0) return { found: out, exhausted: true };
      // Errors estimated from three probes (head, middle, tail), scaled to the whole quote.
      const centre = h.start + Math.round((midAt / m) * length);
      const midErrors = errorsNear(text, mid, centre - slack / 4, centre + PROBE + slack / 4, PROBE, budget);
      const errors = Math.round(((h.errors + t.errors + midErrors) / (3 * PROBE)) * m + Math.abs(length - m));
      out.push({ start: h.start, end: t.end, errors });
      if (++checked % 4 === 0) yield;
    }
  }
  return { found: out, exhausted: false };
}

function* boundedSteps(text: string, q: QuoteQuery, from: number, to: number, budget: Budget): FuzzySteps {
  const maxErrors = Math.min(256, Math.floor(q.quote.length * MAX_ERROR_RATE));
  if (maxErrors < 1) return { match: null, exhausted: false };
  const { found, exhausted } = q.quote.length > LONG_QUOTE
    ? yield* longQuoteCandidates(text, q, from, to, budget)
    : yield* searchChunked(text, q.quote, maxErrors, from, to, budget);
  found.sort((a, b) => a.errors - b.errors);
  let best: QuoteMatch | null = null;
  for (const m of found.slice(0, MAX_SCORED)) {
    const score = scoreCandidate(text, q, m.start, m.end, m.errors);
    if (!best || score > best.score) best = { start: m.start, end: m.end, score, errors: m.errors };
  }
  return { match: best, exhausted };
}

function newBudget(opts: { now?: () => number; workCap?: number }): Budget {
  return { work: opts.workCap ?? FUZZY_WORK_CAP, now: opts.now ?? (() => performance.now()) };
}

/** Runs a resumable search to its end in one go (tests, the CLI). */
export function runSteps(steps: FuzzySteps): FuzzyResult {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The best approximate match of the quote in `text[from, to)` (offsets in `text` coordinates),
 * within the work cap (`exhausted` when it ran out: the result is then the best so far, or null).
 */
export function matchFuzzyBounded(text: string, q: QuoteQuery, from = 0, to = text.length, opts: { now?: () => number; workCap?: number } = {}): FuzzyResult {
  return runSteps(boundedSteps(text, q, from, to, newBudget(opts)));
}

/** `matchFuzzyBounded` without the budget flag (kept for callers that only want the match). */
export function matchFuzzy(text: string, q: QuoteQuery, from = 0, to = text.length): QuoteMatch | null {
  return matchFuzzyBounded(text, q, from, to).match;
}

/**
 * Approximate match, searching first near the hint (cheap: most edits move text only a little)
 * and the whole text only when that finds nothing convincing; one work cap for both, and a step
 * per chunk so the caller can yield to the page in between.
 */
export function* matchFuzzyNearHintSteps(text: string, q: QuoteQuery, opts: { now?: () => number; workCap?: number } = {}): FuzzySteps {
  const budget = newBudget(opts);
  let near: FuzzyResult | null = null;
  if (q.hint >= 0 && text.length > 8 * q.quote.length + 8_000) {
    const margin = 2 * q.quote.length + 2_000;
    const from = Math.max(0, q.hint - margin);
    const to = Math.min(text.length, q.hint + q.quote.length + margin);
    near = yield* boundedSteps(text, q, from, to, budget);
    if (near.match && near.match.score >= Math.max(ACCEPT_THRESHOLD, 0.9)) return near;
    if (near.exhausted) return near;
  }
  const all = yield* boundedSteps(text, q, 0, text.length, budget);
  if (near?.match && (!all.match || near.match.score > all.match.score)) return { match: near.match, exhausted: all.exhausted };
  return all;
}

/** `matchFuzzyNearHintSteps` run to its end. */
export function matchFuzzyNearHintBounded(text: string, q: QuoteQuery, opts: { now?: () => number; workCap?: number } = {}): FuzzyResult {
  return runSteps(matchFuzzyNearHintSteps(text, q, opts));
}

/** `matchFuzzyNearHintBounded` without the budget flag. */
export function matchFuzzyNearHint(text: string, q: QuoteQuery): QuoteMatch | null {
  return matchFuzzyNearHintBounded(text, q).match;
}
