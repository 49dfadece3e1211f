/**
 * Re-anchors one stored highlight on a page: position selector, then exact quote, then fuzzy
 * quote, each checked against the stored quote and context (see match-quote.ts for the scoring
 * and the acceptance threshold). The cheap steps and the expensive one are separate functions so
 * the batch anchorer can run the cheap ones for every highlight first.
 */
import { rangeFromOffsets } from '../text/text-index';
import { normalizeForMatch, normalizeQuote, normalizedOffset, rawSpan } from '../text/normalize-for-match';
import { createAnchorContext, type AnchorContext } from './anchor-context';
import { ACCEPT_THRESHOLD, acceptExact, matchExact, matchFuzzyNearHintSteps, runSteps, scoreCandidate, type FuzzyResult, type QuoteMatch, type QuoteQuery } from './match-quote';
import type { Anchored, AnchorMethod, OrphanReason, TextPositionSelector, TextQuoteSelector } from './types';

export type Selectors = { quote: TextQuoteSelector; position?: TextPositionSelector };

/** Options of `anchorHighlight`. */
export type AnchorOptions = {
  /** Skip the approximate search (exact and position only). */
  exactOnly?: boolean;
  /** A context built earlier for the same root (saves a text walk per highlight). */
  context?: AnchorContext;
};

/** Result of one anchoring step: placed, or why not (with the best score seen, for diagnostics). */
export type StepResult = { ok: true; anchored: Anchored } | { ok: false; reason: OrphanReason; bestScore: number };

/**
 * Places a stored highlight on `root`, or returns null when no candidate scores above the
 * threshold (the caller shows it as an orphan). Never throws on bad selectors.
 */
export function anchorHighlight(root: Element, selectors: Selectors, opts: AnchorOptions = {}): { range: Range; score: number; method: AnchorMethod } | null {
  const ctx = opts.context ?? createAnchorContext(root);
  const query = buildQuery(ctx, selectors);
  if (!query) return null;
  let result = anchorCheap(ctx, selectors, query);
  if (!result.ok && result.reason !== 'no-range' && !opts.exactOnly) result = anchorFuzzy(ctx, query);
  if (!result.ok) return null;
  const { range, score, method } = result.anchored;
  return { range, score, method };
}

/** The normalised query for the stored selectors, or null when they are unusable. */
export function buildQuery(ctx: AnchorContext, selectors: Selectors): QuoteQuery | null {
  const quote = selectors?.quote;
  if (!quote || typeof quote.exact !== 'string') return null;
  const exact = normalizeQuote(quote.exact);
  if (exact.length === 0) return null;
  const prefix = typeof quote.prefix === 'string' ? normalizeForMatch(quote.prefix).text : '';
  const suffix = typeof quote.suffix === 'string' ? normalizeForMatch(quote.suffix, true).text.trimEnd() : '';
  const pos = selectors.position;
  const hint = pos && Number.isInteger(pos.start) && pos.start >= 0 ? normalizedOffset(ctx.norm, pos.start) : -1;
  return { quote: exact, prefix, suffix, hint };
}

/** Position selector (verified against the quote and its context), then exact occurrences. */
export function anchorCheap(ctx: AnchorContext, selectors: Selectors, q: QuoteQuery): StepResult {
  const byPosition = tryPosition(ctx, selectors.position, q);
  if (byPosition) return place(ctx, byPosition, 'position');
  const exact = matchExact(ctx.norm.text, q);
  if (!exact) return { ok: false, reason: 'not-found', bestScore: 0 };
  if (!acceptExact(exact, q)) return { ok: false, reason: 'low-score', bestScore: exact.best.score };
  return place(ctx, exact.best, 'exact');
}

/** Approximate search (the expensive step: ~1–3 ms on a long article; capped, see match-quote). */
export function anchorFuzzy(ctx: AnchorContext, q: QuoteQuery, opts: { workCap?: number } = {}): StepResult {
  return fuzzyOutcome(ctx, runSteps(matchFuzzyNearHintSteps(ctx.norm.text, q, opts)));
}

/** The same search as resumable steps (one chunk of text each), for callers that yield in between. */
export function* anchorFuzzySteps(ctx: AnchorContext, q: QuoteQuery): Generator<void, StepResult, void> {
  return fuzzyOutcome(ctx, yield* matchFuzzyNearHintSteps(ctx.norm.text, q));
}

function fuzzyOutcome(ctx: AnchorContext, { match, exhausted }: FuzzyResult): StepResult {
  if (!match) return { ok: false, reason: exhausted ? 'over-budget' : 'not-found', bestScore: 0 };
  if (match.score < ACCEPT_THRESHOLD) return { ok: false, reason: exhausted ? 'over-budget' : 'low-score', bestScore: match.score };
  return place(ctx, match, 'fuzzy');
}

/** The stored position, if the text there is still the quote and the context still agrees. */
function tryPosition(ctx: AnchorContext, pos: TextPositionSelector | undefined, q: QuoteQuery): QuoteMatch | null {
  if (!pos || !Number.isInteger(pos.start) || !Number.isInteger(pos.end)) return null;
  if (pos.start < 0 || pos.end <= pos.start || pos.end > ctx.index.text.length) return null;
  const start = normalizedOffset(ctx.norm, pos.start);
  const end = start + q.quote.length;
  if (ctx.norm.text.slice(start, end) !== q.quote) return null;
  const score = scoreCandidate(ctx.norm.text, q, start, end, 0);
  return score >= ACCEPT_THRESHOLD ? { start, end, score, errors: 0 } : null;
}

/** Turns a match in normalised coordinates into a DOM range. */
function place(ctx: AnchorContext, m: QuoteMatch, method: AnchorMethod): StepResult {
  const { start, end } = rawSpan(ctx.norm, m.start, m.end);
  const range = rangeFromOffsets(ctx.index, start, end);
  if (!range) return { ok: false, reason: 'no-range', bestScore: m.score };
  return { ok: true, anchored: { range, score: round(m.score), method, start, end } };
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
