import { describe, expect, it } from 'vitest';
import { exportAnnotations, exportAnnotationsJson } from '../../../../src/core/highlights-io/web-annotation';
import { parseImport } from '../../../../src/core/highlights-io/parse-import';
import { HIGHLIGHT_COLORS } from '../../../../src/core/anchoring/types';
import { makeHighlight } from './fixtures';

const set = [
  ...HIGHLIGHT_COLORS.map((color, i) => makeHighlight(i, { color })),
  makeHighlight(10, {
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: '版本号“220101001”无法被解析 😀 — émoji 👩‍👩‍👧', prefix: '微软确认，Exchange 服务器', suffix: '。\n下一段' },
      position: { type: 'TextPositionSelector', start: 0, end: 31 },
    },
    note: 'First line\nsecond line — with "quotes" & <tags>\n\n第三行',
    pageTitle: '微软 Exchange 服务器出现 2022 年日期 Bug',
    article: { pageUrl: 'https://www.zaker.com/article/61d0?x=1', originalUrl: 'https://www.ithome.com/0/596/150.htm', fingerprint: 'mh1:' },
    madeOn: 'www.zaker.com',
  }),
];

describe('Web Annotation export / import', () => {
  it('round-trips losslessly (CJK, emoji, notes with newlines, every colour, optional fields)', () => {
    const json = exportAnnotationsJson(set, Date.UTC(2026, 0, 2));
    const back = parseImport(json);
    expect(back).toEqual({ ok: true, highlights: set });
    if (back.ok) expect(back.highlights).toStrictEqual(set); // no stray undefined keys
  });

  it('reads a foreign colour as the nearest palette colour (one colour list)', () => {
    const back = parseImport(exportAnnotationsJson([makeHighlight(11, { color: '#A1B2C3', note: 'hex colour' })], 0));
    expect(back.ok && back.highlights[0]!.color).toBe('#ced4da');
  });

  it('writes W3C Web Annotation JSON-LD', () => {
    const doc = exportAnnotations([set[set.length - 1]!], 0);
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    const a = doc.first.items[0]!;
    expect(a.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(a.motivation).toBe('commenting');
    expect(a.body).toContainEqual({ type: 'TextualBody', purpose: 'commenting', value: set[set.length - 1]!.note, format: 'text/plain' });
    expect(a.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: `color:${set[set.length - 1]!.color}` });
    expect(a.target.source).toBe(set[set.length - 1]!.article.pageUrl);
    expect(a.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(a.created).toBe(new Date(set[set.length - 1]!.created).toISOString());
    expect(exportAnnotations([set[0]!], 0).first.items[0]!.motivation).toBe('highlighting');
  });
});
