import { describe, expect, it } from 'vitest';
import { exportAnnotations } from '../../../../src/core/highlights-io/web-annotation';
import { parseImport } from '../../../../src/core/highlights-io/parse-import';
import { makeHighlight } from './fixtures';

/** A valid export of three highlights, as a mutable object. */
function validDoc(): any {
  return JSON.parse(JSON.stringify(exportAnnotations([makeHighlight(1), makeHighlight(2), makeHighlight(3)], 0)));
}

function errorOf(doc: unknown, limits = {}): string {
  const r = parseImport(typeof doc === 'string' ? doc : JSON.stringify(doc), limits);
  if (r.ok) throw new Error('expected the import to be rejected');
  return r.error;
}

describe('parseImport', () => {
  it('accepts a valid file', () => {
    const r = parseImport(JSON.stringify(validDoc()));
    expect(r.ok && r.highlights.map((h) => h.id)).toEqual([makeHighlight(1).id, makeHighlight(2).id, makeHighlight(3).id]);
  });

  it('rejects non-JSON, wrong schemas and unsupported versions', () => {
    expect(errorOf('{not json')).toMatch(/not valid JSON/);
    expect(errorOf([])).toMatch(/file: must be an object/);
    expect(errorOf({ ...validDoc(), '@context': 'http://schema.org' })).toMatch(/not a W3C Web Annotation collection/);
    expect(errorOf({ ...validDoc(), repostLens: undefined })).toMatch(/repostLens/);
    expect(errorOf({ ...validDoc(), repostLens: { format: 'repost-lens/highlights', version: 2 } })).toMatch(/unsupported version 2/);
    const d = validDoc();
    d.first.items[1].repostLens.version = 9;
    expect(errorOf(d)).toMatch(/item 1: repostLens.version/);
  });

  it('rejects bad selectors and says where', () => {
    const cases: [(d: any) => void, RegExp][] = [
      [(d) => { d.first.items[2].target.selector[1].start = 20; d.first.items[2].target.selector[1].end = 20; }, /item 2: target.selector\[1\]: end must be greater than start/],
      [(d) => { d.first.items[0].target.selector[1].start = -1; }, /item 0: target.selector\[1\].start: must be a non-negative integer/],
      [(d) => { d.first.items[0].target.selector[1].end = 1.5; }, /item 0: target.selector\[1\].end/],
      [(d) => { d.first.items[0].target.selector[0].exact = ''; }, /item 0: target.selector\[0\].exact: must not be empty/],
      [(d) => { d.first.items[0].target.selector[0].exact = 'x'.repeat(20_001); }, /exact: longer than 20000/],
      [(d) => { d.first.items[0].target.selector[0].prefix = 5; }, /prefix: must be a string/],
      [(d) => { d.first.items[0].target.selector = [d.first.items[0].target.selector[0]]; }, /item 0: target.selector/],
      [(d) => { d.first.items[0].target.selector[0].type = 'CssSelector'; }, /must contain a TextQuoteSelector/],
    ];
    for (const [mutate, expected] of cases) {
      const d = validDoc();
      mutate(d);
      expect(errorOf(d)).toMatch(expected);
    }
  });

  it('rejects non-http(s) URLs, bad dates, bad ids, unknown colours and duplicate ids', () => {
    const cases: [(d: any) => void, RegExp][] = [
      [(d) => { d.first.items[1].target.source = 'javascript:alert(1)'; }, /item 1: target.source: only http\(s\)/],
      [(d) => { d.first.items[1].repostLens.article.pageUrl = 'file:///etc/passwd'; }, /item 1: repostLens.article.pageUrl/],
      [(d) => { d.first.items[0].repostLens.article.originalUrl = 'data:text/html,x'; }, /originalUrl: only http/],
      [(d) => { d.first.items[0].created = 'yesterday'; }, /item 0: created: not an ISO 8601/],
      [(d) => { d.first.items[0].modified = '2024-02-30T10:00:00'; }, /item 0: modified/],
      [(d) => { d.first.items[0].id = 'urn:uuid:not-a-uuid'; }, /item 0: id: must be urn:uuid/],
      [(d) => { d.first.items[0].repostLens.color = 'url(javascript:x)'; }, /unknown colour/],
      [(d) => { d.first.items[2].id = d.first.items[0].id; }, /item 2: id: duplicate id/],
      [(d) => { d.first.items[0].body.push({ type: 'TextualBody', purpose: 'commenting', value: 'a' }, { type: 'TextualBody', purpose: 'commenting', value: 'b' }); }, /more than one note/],
    ];
    for (const [mutate, expected] of cases) {
      const d = validDoc();
      mutate(d);
      expect(errorOf(d)).toMatch(expected);
    }
  });

  it('rejects __proto__, constructor and prototype keys anywhere', () => {
    const good = JSON.stringify(validDoc());
    const proto = good.replace('"type":"TextQuoteSelector"', '"__proto__":{"polluted":true},"type":"TextQuoteSelector"');
    expect(proto).not.toBe(good);
    expect(errorOf(proto)).toMatch(/forbidden key "__proto__"/);
    expect(errorOf(proto)).toMatch(/\$\.first\.items\[\d\]\.target\.selector\[0\]/);
    const d = validDoc();
    d.first.items[1].repostLens.constructor = { prototype: {} };
    expect(errorOf(JSON.stringify(d).replace('"constructor"', '"constructor"'))).toMatch(/forbidden key "constructor"/);
    expect(errorOf({ ...validDoc(), extra: { prototype: 1 } })).toMatch(/forbidden key "prototype"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('enforces the size and item limits', () => {
    const text = JSON.stringify(validDoc());
    expect(errorOf(text, { maxBytes: 100 })).toMatch(/larger than 100 bytes/);
    expect(errorOf(text, { maxItems: 2 })).toMatch(/too many highlights \(3, at most 2\)/);
    expect(parseImport(text, { maxBytes: text.length + 10, maxItems: 3 }).ok).toBe(true);
    expect(parseImport(42 as unknown as string)).toMatchObject({ ok: false });
  });
});
