import { describe, expect, it } from 'vitest';
import agencyData from '../../../../src/core/data/news-agencies.json';
import { AGENCIES, agencyByName, agencyByToken, tokenAlternation } from '../../../../src/core/analysis/agency-table';
import { analyze, FILLER_EN } from './helpers';

/** Every entry of the agency table compiles and can match in at least one credit form. */
describe('news agency table', () => {
  it('has a $comment, at least 120 entries, unique ids, and well-formed fields', () => {
    expect(typeof (agencyData as { $comment?: string }).$comment).toBe('string');
    expect(AGENCIES.length).toBeGreaterThanOrEqual(120);
    expect(new Set(AGENCIES.map((a) => a.id)).size).toBe(AGENCIES.length);
    for (const a of AGENCIES) {
      expect(a.name.trim(), a.id).not.toBe('');
      expect(['agency', 'release'], a.id).toContain(a.kind);
      for (const d of a.domains) expect(d, a.id).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
    }
  });

  it('compiles every token into the credit patterns', () => {
    expect(() => new RegExp(tokenAlternation(), 'u')).not.toThrow();
    for (const a of AGENCIES) for (const t of a.tokens) expect(new RegExp(`^(?:${tokenAlternation()})$`, 'u').test(t), `${a.id}: ${t}`).toBe(true);
  });

  it('finds every entry by its name (a byline or source line naming it)', () => {
    for (const a of AGENCIES) {
      const found = agencyByName(a.name);
      expect(found, a.id).toBeDefined();
    }
  });

  it('finds every token of three letters or more as a trailing credit in a paragraph', () => {
    for (const a of AGENCIES) {
      for (const t of a.tokens.filter((x) => x.length >= 3)) {
        if (agencyByToken(t) !== a) continue; // a token shared with an earlier entry credits that one
        const r = analyze(`${FILLER_EN}<p>The minister said the talks would resume next week after the holidays. (${t})</p>`, 'https://news.example.org/a');
        expect(r.chain[0]?.role === 'wire' && agencyByName(r.chain[0].name) === a, `${a.id}: (${t}) → ${r.chain[0]?.name}`).toBe(true);
      }
    }
  });

  it('finds every two-letter token in a dateline', () => {
    for (const a of AGENCIES) {
      for (const t of a.tokens.filter((x) => x.length < 3)) {
        if (agencyByToken(t) !== a) continue;
        const r = analyze(`<p>BERLIN (${t}) – The minister said the talks would resume next week after the holidays.</p>${FILLER_EN}`, 'https://news.example.org/a');
        expect(r.chain[0]?.role, `${a.id}: ${t}`).toBe('wire');
      }
    }
  });
});
