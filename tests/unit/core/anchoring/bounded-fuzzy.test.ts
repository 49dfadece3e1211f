/**
 * The approximate search is bounded: repetitive and table-like texts that took the unbounded
 * matcher from 193 ms to a minute per quote now stay within the time budget, and what cannot be
 * searched in budget becomes an orphan ('over-budget'), never a frozen page.
 * Wall-clock limits here are loose (a loaded CI machine); the budget logic is checked with a fake clock.
 */
import { describe, expect, it } from 'vitest';
import { matchFuzzyBounded, matchFuzzyNearHintBounded, matchFuzzyNearHintSteps, type QuoteQuery } from '../../../../src/core/anchoring/match-quote';
import { anchorFuzzy } from '../../../../src/core/anchoring/anchor-highlight';

function tableText(chars: number): string {
  const rows: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    length += rows.push(`| ${2020 + (i % 7)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')} | ${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} | GET /api/v1/items/${i % 100} | 200 | ${(i * 37) % 1000} ms |`) * 0 + (rows[i]?.length ?? 0) + 1;
  }
  return rows.join('\n').slice(0, chars);
}

const q = (quote: string, hint = -1, prefix = '', suffix = ''): QuoteQuery => ({ quote, prefix, suffix, hint });

function timed<T>(run: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = run();
  return { value, ms: performance.now() - t };
}

/** Runs the resumable search, timing each step (each step is one task in the content script). */
function longestStep(text: string, query: QuoteQuery): { longest: number; steps: number; exhausted: boolean } {
  const steps = matchFuzzyNearHintSteps(text, query);
  let longest = 0;
  let count = 0;
  for (;;) {
    const t = performance.now();
    const r = steps.next();
    longest = Math.max(longest, performance.now() - t);
    count++;
    if (r.done) return { longest, steps: count, exhausted: r.value.exhausted };
  }
}

const STEP_LIMIT_MS = 50 * 4; // the target is 50 ms per task; ×4 for a loaded test machine

describe('bounded approximate search', () => {
  it('a 100-character quote on 100,000 characters of table-like text returns within its budget', () => {
    const text = tableText(100_000);
    // An edited row: not an exact occurrence, close to many rows.
    const quote = text.slice(50_000, 50_100).replace(/GET/, 'PUT').replace(/200/, '404');
    expect(longestStep(text, q(quote, 50_000)).longest).toBeLessThan(STEP_LIMIT_MS);
    const { value } = timed(() => matchFuzzyBounded(text, q(quote, 50_000)));
    expect(value.match === null || value.match.errors <= 37).toBe(true);
  });

  it('a 1,000-character quote on table-like text returns within its budget', () => {
    const text = tableText(100_000);
    const quote = text.slice(20_000, 21_000).replace(/GET/g, 'PUT');
    expect(longestStep(text, q(quote, 20_000)).longest).toBeLessThan(STEP_LIMIT_MS);
  });

  it('a 2,000-character quote on "ab" × 75,000 returns within its budget (the unbounded search took a minute)', () => {
    const text = 'ab'.repeat(75_000);
    const quote = `${'ab'.repeat(500)}x${'ab'.repeat(500)}`.slice(0, 2_000);
    const run = longestStep(text, q(quote, 70_000));
    expect(run.longest).toBeLessThan(STEP_LIMIT_MS);
    // A bounded answer in a bounded total: the whole search ends (capped), never a minute-long hang.
    const { value, ms } = timed(() => matchFuzzyNearHintBounded(text, q(quote, 70_000)));
    expect(ms).toBeLessThan(5_000);
    expect(value.match !== null || value.exhausted).toBe(true);
  });

  it('still finds an edited long quote in prose', () => {
    const words = Array.from({ length: 4_000 }, (_, i) => `${['river', 'mountain', 'council', 'budget', 'school', 'harbour', 'festival', 'railway'][(i * 7 + (i >> 3)) % 8] ?? ''}${i % 13}`).join(' ');
    const original = words.slice(10_000, 10_600);
    const edited = original.replace(/council/g, 'counsel');
    const text = words.replace(original, edited);
    const { value } = timed(() => matchFuzzyBounded(text, q(original, 10_000, text.slice(9_968, 10_000), text.slice(10_000 + edited.length, 10_032 + edited.length))));
    expect(value.match).not.toBeNull();
    expect(Math.abs((value.match?.start ?? 0) - 10_000)).toBeLessThan(20);
    expect(value.exhausted).toBe(false);
    expect(value.match?.score ?? 0).toBeGreaterThan(0.8);
  });

  it('stops at the work cap and the highlight becomes an orphan, not a freeze', () => {
    const text = tableText(100_000);
    const quote = text.slice(50_000, 50_100).replace(/GET/, 'PUT');
    const result = matchFuzzyBounded(text, q(quote), 0, text.length, { workCap: 50_000 });
    expect(result.exhausted).toBe(true);
    expect(matchFuzzyBounded(text, q(quote), 0, text.length).exhausted).toBe(false);
    const ctx = { norm: { text } } as unknown as Parameters<typeof anchorFuzzy>[0];
    const step = anchorFuzzy(ctx, q('zzzz qqqq '.repeat(10)), { workCap: 50_000 });
    expect(step.ok).toBe(false);
    expect(!step.ok && step.reason).toBe('over-budget');
  });
});
