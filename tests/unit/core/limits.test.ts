import { describe, expect, it } from 'vitest';
import { capReport, capString, LIMITS } from '../../../src/core/limits';
import { pageReportSchema, type PageReport } from '../../../src/messaging/protocol';

function hugeReport(): PageReport {
  const loc = { kind: 'text' as const, start: 0, end: 1 };
  return {
    url: 'https://mirror.example/p/1',
    title: 'T'.repeat(2_500),
    isArticle: true,
    analysis: {
      schema: 1, url: 'https://mirror.example/p/1', verdict: 'repost', isRepost: true, confidence: 0.9,
      original: { publisher: 'P'.repeat(3_000), date: '2'.repeat(2_500), url: `https://origin.example/${'%E4%B8%AD'.repeat(2_000)}` },
      chain: Array.from({ length: 60 }, (_, i) => ({ role: 'reprinter' as const, name: `hop ${i}`, url: 'javascript:alert(1)', evidence: [] })),
      evidence: Array.from({ length: 600 }, (_, i) => ({ id: `e${i}`, signal: 's', strength: 'C' as const, text: 'x'.repeat(25_000), location: loc })),
      site: { title: 'S'.repeat(5_000) },
      problems: [],
    },
    figures: Array.from({ length: 7_000 }, (_, i) => ({
      id: `f${i}`, text: '12%', value: 12, unit: '%', kind: 'percent' as const, direction: 'none' as const, approx: false,
      label: 'L'.repeat(3_000), sentence: 'x', salience: 1, location: loc,
    })),
    article: { pageUrl: 'https://mirror.example/p/1', fingerprint: 'mh1:' },
    durationMs: 5,
  };
}

describe('capReport', () => {
  it('turns a report the protocol would refuse into one it accepts, listing what it cut', () => {
    const report = hugeReport();
    expect(pageReportSchema.parse(report).ok).toBe(false);
    const capped = capReport(report);
    const parsed = pageReportSchema.parse(capped);
    expect(parsed.ok).toBe(true);
    expect(capped.title).toHaveLength(LIMITS.short);
    expect(capped.figures).toHaveLength(LIMITS.figures);
    expect(capped.analysis?.chain).toHaveLength(LIMITS.chainHops);
    expect(capped.analysis?.original.url).toBeUndefined();
    expect(capped.analysis?.chain[0]?.url).toBeUndefined();
    const problems = capped.analysis?.problems.join('\n') ?? '';
    expect(problems).toMatch(/title cut from 2500 to 2000 characters/);
    expect(problems).toMatch(/figures: kept 2000 of 7000/);
    expect(problems).toMatch(/original URL dropped/);
    expect(capped.analysis?.problems.length).toBeLessThanOrEqual(LIMITS.problems);
    // The input is not changed.
    expect(report.title).toHaveLength(2_500);
  });

  it('leaves a report within the limits as it is', () => {
    const small = { ...hugeReport(), title: 'ok', figures: [], analysis: null };
    expect(capReport(small)).toEqual(small);
  });

  it('never splits a surrogate pair', () => {
    expect(capString('a😀b', 2)).toBe('a');
  });
});
