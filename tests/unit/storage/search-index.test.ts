import { beforeEach, describe, expect, it } from 'vitest';
import { getSearchIndex, indexPut, resetSearchIndex, searchIndex, toSearchEntry } from '../../../src/storage/search-index';
import { makeHighlight } from '../../helpers/highlight-factory';

beforeEach(() => resetSearchIndex());

describe('search index', () => {
  it('reads the store again when a write lands while it is being built', async () => {
    const store = [makeHighlight({ id: 'a', note: 'alpha' })];
    let release: () => void = () => {};
    let reads = 0;
    const loadAll = async () => {
      reads++;
      const snapshot = [...store];
      if (reads === 1) await new Promise<void>((resolve) => { release = resolve; });
      return snapshot;
    };
    const pending = getSearchIndex(loadAll);
    const late = makeHighlight({ id: 'b', note: 'alpha late' });
    store.push(late);
    indexPut(late);
    release();
    const index = await pending;
    expect(reads).toBe(2);
    expect(searchIndex(index, { needle: 'alpha' }, 10).sort()).toEqual(['a', 'b']);
  });

  it('shares one build between concurrent callers', async () => {
    let reads = 0;
    const loadAll = async () => { reads++; return [makeHighlight({ id: 'x' })]; };
    const [a, b] = await Promise.all([getSearchIndex(loadAll), getSearchIndex(loadAll)]);
    expect(a).toBe(b);
    expect(reads).toBe(1);
  });
});

describe('search folding (Chinese, Japanese, full-width, case, several words)', () => {
  const index = new Map([
    makeHighlight({ id: 'zh', selectors: { quote: { type: 'TextQuoteSelector', exact: '抓获犯罪嫌疑人718名', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 11 } } }),
    makeHighlight({ id: 'ja', pageTitle: 'ニュース', selectors: { quote: { type: 'TextQuoteSelector', exact: 'ｶﾀｶﾅの記事 ＡＢＣ１２３', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 11 } } }),
    makeHighlight({ id: 'en', color: 'purple', selectors: { quote: { type: 'TextQuoteSelector', exact: 'The deficit grew', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 16 } }, madeOn: 'News.Example.com', note: 'Budget Deficit', created: 5 }),
  ].map((h) => [h.id, toSearchEntry(h)]));

  it('finds substrings of CJK text and folds width and case', () => {
    expect(searchIndex(index, { needle: '嫌疑人' }, 10)).toEqual(['zh']);
    expect(searchIndex(index, { needle: 'カタカナ' }, 10)).toEqual(['ja']);
    expect(searchIndex(index, { needle: 'abc123' }, 10)).toEqual(['ja']);
    expect(searchIndex(index, { needle: 'ＢＵＤＧＥＴ' }, 10)).toEqual(['en']);
  });

  it('ANDs several words, filters by colour in any form, site and date', () => {
    expect(searchIndex(index, { needle: '抓获　718' }, 10)).toEqual(['zh']);
    expect(searchIndex(index, { needle: '抓获 budget' }, 10)).toEqual([]);
    expect(searchIndex(index, { needle: '', color: '#B197FC' }, 10)).toEqual(['en']);
    expect(searchIndex(index, { needle: '', color: 'violet', site: 'news.example.com' }, 10)).toEqual(['en']);
    expect(searchIndex(index, { needle: '', from: 0, to: 10 }, 10)).toEqual(['en']);
  });
});
