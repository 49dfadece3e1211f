import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('../../helpers/fake-browser')).fakeBrowserModule());

import { deleteDB } from 'idb';
import { getFakeBrowser } from '../../helpers/fake-browser';
import { makeHighlight } from '../../helpers/highlight-factory';
import { exportSelection, queryLibrary } from '../../../src/background/library';
import { clearHistory, deleteEverything } from '../../../src/background/history';
import { closeDb } from '../../../src/storage/open-db';
import { allHighlights, deleteHighlight, mergeHighlights } from '../../../src/storage/highlights-repo';
import { getPage, putPage } from '../../../src/storage/pages-repo';
import { DB_NAME } from '../../../src/storage/schema';
import { groupByArticle } from '../../../src/library/group-by-article';
import type { Highlight } from '../../../src/core/anchoring/types';

function quote(exact: string): Highlight['selectors'] {
  return { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: exact.length } };
}

const zh = makeHighlight({ id: 'zh-1', selectors: quote('抓获犯罪嫌疑人718名'), madeOn: 'mirror.example.org', created: 10, updated: 10 });
const zh2 = makeHighlight({ id: 'zh-2', selectors: quote('挽回经济损失400余万元'), madeOn: 'mirror.example.org', created: 11, updated: 11 });
const ja = makeHighlight({ id: 'ja-1', selectors: quote('東京都の人口は１４００万人'), article: { pageUrl: 'https://jp.example.jp/a', fingerprint: '' }, madeOn: 'jp.example.jp', pageTitle: '東京', color: 'purple', created: 20, updated: 20 });
const en = makeHighlight({ id: 'en-1', selectors: quote('The deficit grew to $4.2 million'), article: { pageUrl: 'https://news.example.com/s', fingerprint: '' }, madeOn: 'news.example.com', pageTitle: 'Budget', note: 'Check the Budget', created: 30, updated: 30 });

beforeEach(async () => {
  getFakeBrowser().reset();
  await mergeHighlights([zh, zh2, ja, en]);
});

afterEach(async () => {
  await closeDb();
  await deleteDB(DB_NAME);
});

describe('highlights library', () => {
  it('lists everything newest first, paged, with the total', async () => {
    const first = await queryLibrary({}, 0, 2);
    expect(first.total).toBe(4);
    expect(first.highlights.map((h) => h.id)).toEqual(['en-1', 'ja-1']);
    const next = await queryLibrary({}, 2, 2);
    expect(next.highlights.map((h) => h.id)).toEqual(['zh-2', 'zh-1']);
  });

  it('pages the same with and without IndexedDB getAllRecords (older browsers walk a cursor)', async () => {
    const proto = (globalThis as unknown as { IDBIndex: { prototype: Record<string, unknown> } }).IDBIndex.prototype;
    expect(typeof proto['getAllRecords']).toBe('function');
    const withRecords = [await queryLibrary({}, 0, 3), await queryLibrary({}, 1, 2), await queryLibrary({}, 3, 5)];
    const saved = Object.getOwnPropertyDescriptor(proto, 'getAllRecords')!;
    Object.defineProperty(proto, 'getAllRecords', { value: undefined, configurable: true, writable: true });
    try {
      const withCursor = [await queryLibrary({}, 0, 3), await queryLibrary({}, 1, 2), await queryLibrary({}, 3, 5)];
      expect(withCursor.map((p) => p.highlights.map((h) => h.id))).toEqual([['en-1', 'ja-1', 'zh-2'], ['ja-1', 'zh-2'], ['zh-1']]);
      // The same records and totals (the site list appears once the search index has built meanwhile).
      expect(withCursor.map((p) => [p.total, p.highlights])).toEqual(withRecords.map((p) => [p.total, p.highlights]));
    } finally {
      Object.defineProperty(proto, 'getAllRecords', saved);
    }
  });

  it('takes the first page\'s total from the search index once built, in step with every write', async () => {
    await queryLibrary({ text: 'x' }, 0, 1); // builds the index
    expect((await queryLibrary({}, 0, 2)).total).toBe(4);
    await deleteHighlight('ja-1');
    const afterDelete = await queryLibrary({}, 0, 50);
    expect(afterDelete.total).toBe(4 - 1);
    expect(afterDelete.highlights.map((h) => h.id)).toEqual(['en-1', 'zh-2', 'zh-1']);
    await mergeHighlights([makeHighlight({ id: 'new-1', selectors: quote('新的'), created: 40, updated: 40 })]);
    const afterAdd = await queryLibrary({}, 0, 1);
    expect(afterAdd.total).toBe(4);
    expect(afterAdd.stored).toBe(4);
    expect(afterAdd.highlights.map((h) => h.id)).toEqual(['new-1']);
    expect(afterAdd.sites.length).toBeGreaterThan(0);
  });

  it('searches Chinese and Japanese by substring, folds width and case, ANDs words', async () => {
    expect((await queryLibrary({ text: '嫌疑人' }, 0, 50)).highlights.map((h) => h.id)).toEqual(['zh-1']);
    expect((await queryLibrary({ text: '1400万' }, 0, 50)).highlights.map((h) => h.id)).toEqual(['ja-1']);
    expect((await queryLibrary({ text: 'budget DEFICIT' }, 0, 50)).highlights.map((h) => h.id)).toEqual(['en-1']);
    expect((await queryLibrary({ text: 'budget 嫌疑人' }, 0, 50)).total).toBe(0);
  });

  it('filters by colour (any spelling), site and date, and lists the sites', async () => {
    expect((await queryLibrary({ color: 'violet' }, 0, 50)).highlights.map((h) => h.id)).toEqual(['ja-1']);
    expect((await queryLibrary({ site: 'mirror.example.org' }, 0, 50)).highlights.map((h) => h.id)).toEqual(['zh-2', 'zh-1']);
    expect((await queryLibrary({ from: 15, to: 25 }, 0, 50)).highlights.map((h) => h.id)).toEqual(['ja-1']);
    const page = await queryLibrary({ site: 'jp.example.jp' }, 0, 50);
    expect(page.sites[0]).toEqual({ site: 'mirror.example.org', count: 2 });
  });

  it('groups a page by article', () => {
    const groups = groupByArticle([en, zh2, ja, zh]);
    expect(groups.map((g) => g.highlights.map((h) => h.id))).toEqual([['en-1'], ['zh-2', 'zh-1'], ['ja-1']]);
  });

  it('exports a selection as Markdown or W3C JSON', async () => {
    const md = await exportSelection('markdown', ['zh-1', 'en-1'], 0);
    expect(md.text).toContain('抓获犯罪嫌疑人718名');
    expect(md.text).toContain('The deficit grew');
    expect(md.text).not.toContain('挽回经济损失');
    const json = JSON.parse((await exportSelection('json', ['ja-1'], 0)).text);
    expect(json.type).toBe('AnnotationCollection');
    expect(json.first.items).toHaveLength(1);
  });

  it('clears the history but keeps highlights; deleting everything removes both', async () => {
    await putPage({ url: 'https://mirror.example.org/posts/1/', title: 't', isArticle: false, analysis: null, figures: [], article: null, durationMs: 0 });
    expect(await clearHistory()).toEqual({ pages: 1 });
    expect(await getPage('https://mirror.example.org/posts/1/')).toBeUndefined();
    expect(await allHighlights()).toHaveLength(4);
    expect(await deleteEverything()).toEqual({ pages: 0, highlights: 4 });
    expect(await allHighlights()).toHaveLength(0);
    expect((await queryLibrary({ text: '嫌疑人' }, 0, 50)).total).toBe(0);
  });
});
