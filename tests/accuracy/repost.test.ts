import { describe, expect, it } from 'vitest';
import { evaluateReposts, rates, type RepostEval } from '../eval/repost-eval';

/** The four floors of issue 3, on the same metric function `npm run eval` prints. */
describe('repost detection on the labelled corpus', () => {
  let result: RepostEval;
  const misses = (what: string): string => result.misses.filter((m) => m.what === what).map((m) => `${m.path}: ${m.why}`).join('\n');

  it('runs over the corpus (fails when the corpus is missing)', async () => {
    result = await evaluateReposts();
    expect(result.total.pages).toBeGreaterThan(50);
    expect(result.total.originals).toBeGreaterThan(0);
  });

  it('detects at least 95% of reposts', () => {
    expect(rates(result.total).detection, misses('not detected')).toBeGreaterThanOrEqual(0.95);
  });

  it('calls at most 5% of originals reposts (en-original traps included)', () => {
    expect(rates(result.total).falsePositive, misses('false positive')).toBeLessThanOrEqual(0.05);
  });

  it('names the original in at least 90% of detected reposts', () => {
    expect(rates(result.total).names, misses('wrong original')).toBeGreaterThanOrEqual(0.9);
  });

  it('reports the original URL in at least 90% of labelled detected reposts', () => {
    expect(rates(result.total).urls, misses('wrong url')).toBeGreaterThanOrEqual(0.9);
  });
});
