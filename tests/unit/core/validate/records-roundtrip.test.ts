/**
 * Property test: ANY record the background accepts (the message schema) exports and re-imports
 * losslessly, and what it must refuse (times past year 9999, non-UUID ids, unknown colours) it
 * refuses. Records are generated from a seeded PRNG, mixing ordinary values with edge cases.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../src/core/limits';
import { highlightSchema } from '../../../../src/core/validate/records';
import { exportAnnotationsJson } from '../../../../src/core/highlights-io/web-annotation';
import { parseImport } from '../../../../src/core/highlights-io/parse-import';

/** mulberry32: a tiny seeded PRNG, so a failure is reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRINGS = ['', 'plain', '抓获犯罪嫌疑人718名', 'مرحبا\u202Eevil\u202C', 'zero\u200Bwidth\u200D', '<script>alert(1)</script>', '__proto__', 'line\nbreak\ttab', '\uD83D', 'emoji 😀 ok', '"quotes" and \\ backslash', '\u0000nul'];
const IDS = ['0b7e4c1e-1111-4a4a-8a8a-000000000001', '0B7E4C1E-1111-4A4A-8A8A-0000000000AB', 'not-a-uuid', 'urn:uuid:0b7e4c1e-1111-4a4a-8a8a-000000000001', '0b7e4c1e11114a4a8a8a000000000001'];
const COLORS = ['#ffe066', '#FFE066', 'yellow', 'green', 'red', '#fff', 'ffe066', '#12345g', 'rgb(0,0,0)'];
const TIMES = [0, 1, 1_700_000_000_000, LIMITS.time, LIMITS.time + 1, 9e15, -1, 1.5, Number.MAX_SAFE_INTEGER];
const URLS = ['https://example.com/a', 'http://例子.测试/路径?q=1', 'https://x.test/%E4%B8%AD', 'javascript:alert(1)', 'data:text/html,hi', 'https://a.example/' + 'x'.repeat(LIMITS.url)];

function generate(rand: () => number): Record<string, unknown> {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const text = (max: number): string => {
    const base = pick(STRINGS);
    return rand() < 0.1 ? base.padEnd(max, 'y') : base;
  };
  const start = Math.floor(rand() * 1000);
  const exact = text(LIMITS.quote) || 'q';
  return {
    id: pick(IDS),
    article: { pageUrl: pick(URLS), ...(rand() < 0.3 ? { originalUrl: pick(URLS) } : {}), fingerprint: rand() < 0.5 ? 'mh1:' : text(100) },
    madeOn: text(LIMITS.short),
    pageTitle: text(LIMITS.short),
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: text(LIMITS.quoteContext), suffix: text(LIMITS.quoteContext) },
      position: { type: 'TextPositionSelector', start, end: rand() < 0.9 ? start + exact.length : start },
    },
    color: pick(COLORS),
    note: rand() < 0.05 ? 'n'.repeat(LIMITS.note + (rand() < 0.5 ? 1 : 0)) : text(LIMITS.note),
    created: pick(TIMES),
    updated: pick(TIMES),
  };
}

describe('records the background accepts export and re-import losslessly', () => {
  it('holds for 20,000 generated records (seeded), and the refusals are the ones that must be refused', () => {
    const rand = prng(20261201);
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      const input = generate(rand);
      const parsed = highlightSchema.parse(input);
      if (!parsed.ok) {
        continue;
      }
      accepted++;
      const record = parsed.value;
      expect(record.id).toBe(record.id.toLowerCase());
      const file = exportAnnotationsJson([record], 1_700_000_000_000, 't');
      const back = parseImport(file);
      if (!back.ok) throw new Error(`record ${i} exported but did not re-import: ${back.error}\n${JSON.stringify(record).slice(0, 500)}`);
      expect(back.highlights).toEqual([record]);
    }
    expect(accepted).toBeGreaterThan(100);
  });

  it.each([
    ['an `updated` of 9e15', { updated: 9e15 }],
    ['a time after year 9999', { created: LIMITS.time + 1 }],
    ['a fractional time', { updated: 1.5 }],
    ['a non-UUID id', { id: 'h1' }],
    ['an unknown colour', { color: 'red' }],
    ['a short hex colour', { color: '#fff' }],
    ['a javascript: page URL', { article: { pageUrl: 'javascript:alert(1)', fingerprint: '' } }],
    ['an empty position', { selectors: { quote: { type: 'TextQuoteSelector', exact: 'a', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 5, end: 5 } } }],
  ])('refuses %s', (_what, over) => {
    const base = {
      id: '0b7e4c1e-1111-4a4a-8a8a-000000000001',
      article: { pageUrl: 'https://example.com/a', fingerprint: 'mh1:' },
      madeOn: 'example.com', pageTitle: 'T',
      selectors: { quote: { type: 'TextQuoteSelector', exact: 'a', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } },
      color: '#ffe066', note: '', created: 1, updated: 1,
    };
    expect(highlightSchema.parse(base).ok).toBe(true);
    expect(highlightSchema.parse({ ...base, ...over }).ok).toBe(false);
  });

  it('makes ids differing only in case one id', () => {
    const r = highlightSchema.parse({
      id: '0B7E4C1E-1111-4A4A-8A8A-0000000000AB', article: { pageUrl: 'https://example.com/a', fingerprint: '' }, madeOn: '', pageTitle: '',
      selectors: { quote: { type: 'TextQuoteSelector', exact: 'a', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } },
      color: '#FFE066', note: '', created: 1, updated: 1,
    });
    expect(r).toMatchObject({ ok: true, value: { id: '0b7e4c1e-1111-4a4a-8a8a-0000000000ab', color: '#ffe066' } });
  });
});
