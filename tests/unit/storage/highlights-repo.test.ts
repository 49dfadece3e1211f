import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { DB_NAME } from '../../../src/storage/schema';
import { closeDb } from '../../../src/storage/open-db';
import {
  deleteHighlight, listHighlightsForArticle, mergeHighlights, putHighlight, searchHighlights,
} from '../../../src/storage/highlights-repo';
import { makeHighlight } from '../../helpers/highlight-factory';
import { fingerprintText } from '../../../src/core/text/text-fingerprint';

afterEach(async () => {
  await closeDb();
  await deleteDB(DB_NAME);
});

describe('highlights repository', () => {
  it('finds an article\'s highlights by page and by a similar fingerprint, once each — never by a claimed original URL', async () => {
    const story = Array.from({ length: 40 }, (_, i) => `第${i}段：今年以来，全县公安机关共立案${i * 7}起，抓获犯罪嫌疑人${i * 3}名。`).join('');
    const fp = fingerprintText(story);
    const fpCopy = fingerprintText(`${story}本文转载于某某在线，如有侵权请联系删除。`);
    const fpOther = fingerprintText(Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: the council approved a budget of ${i} million for parks.`).join(' '));
    const onMirror = makeHighlight({ id: 'a', article: { pageUrl: 'https://mirror.example.org/p/1', originalUrl: 'https://origin.example.com/s/1', fingerprint: fpOther }, created: 1 });
    const onOrigin = makeHighlight({ id: 'b', article: { pageUrl: 'https://origin.example.com/s/1', fingerprint: fpOther }, created: 2 });
    const onPortal = makeHighlight({ id: 'c', article: { pageUrl: 'https://portal.example.net/x', fingerprint: fpCopy }, created: 3 });
    const unrelated = makeHighlight({ id: 'd', article: { pageUrl: 'https://else.example/', fingerprint: fpOther } });
    for (const h of [onMirror, onOrigin, onPortal, unrelated]) await putHighlight(h);

    const found = await listHighlightsForArticle({ pageUrl: 'https://origin.example.com/s/1', fingerprint: fp });
    // 'a' only CLAIMS origin.example.com as its original (its text differs): it does not come along.
    expect(found.map((h) => h.id)).toEqual(['b', 'c']);
    expect(found[1]).toEqual(onPortal);
    // Nor does a page that names another as its original receive that one's highlights.
    const fpClaimer = fingerprintText(Array.from({ length: 40 }, (_, i) => `Item ${i}: a recipe for ${i} loaves of bread and a note on flour.`).join(' '));
    const claiming = await listHighlightsForArticle({ pageUrl: 'https://claimer.example/', originalUrl: 'https://origin.example.com/s/1', fingerprint: fpClaimer });
    expect(claiming).toEqual([]);
  });

  it('searches quotes and notes, filters by colour, newest first', async () => {
    await putHighlight(makeHighlight({ id: 'old', note: 'Check the 718 figure', updated: 1 }));
    await putHighlight(makeHighlight({ id: 'new', color: '#8ce99a', updated: 5 }));
    expect((await searchHighlights({ text: '718' })).map((h) => h.id)).toEqual(['new', 'old']);
    expect((await searchHighlights({ text: 'check the' })).map((h) => h.id)).toEqual(['old']);
    expect((await searchHighlights({ color: '#8ce99a' })).map((h) => h.id)).toEqual(['new']);
  });

  it('merges by id: adds new, replaces only with newer, never duplicates', async () => {
    await putHighlight(makeHighlight({ id: 'x', note: 'mine', updated: 10 }));
    const result = await mergeHighlights([
      makeHighlight({ id: 'x', note: 'older copy', updated: 5 }),
      makeHighlight({ id: 'y', updated: 1 }),
      makeHighlight({ id: 'y', note: 'newer', updated: 2 }),
    ]);
    expect(result).toEqual({ added: 1, updated: 1, unchanged: 1 });
    const all = await searchHighlights({});
    expect(all.map((h) => [h.id, h.note]).sort()).toEqual([['x', 'mine'], ['y', 'newer']]);
  });

  it('returns the deleted record so it can be restored', async () => {
    const h = makeHighlight({ id: 'z', note: 'keep me' });
    await putHighlight(h);
    expect(await deleteHighlight('z')).toEqual(h);
    expect(await deleteHighlight('z')).toBeUndefined();
  });
});

describe('highlight search index', () => {
  it('sees every write, delete and merge made after it was built', async () => {
    await putHighlight(makeHighlight({ id: 'p', note: 'alpha', updated: 1 }));
    expect((await searchHighlights({ text: 'alpha' })).map((h) => h.id)).toEqual(['p']);
    await putHighlight(makeHighlight({ id: 'q', note: 'alpha beta', updated: 2 }));
    await putHighlight(makeHighlight({ id: 'p', note: 'gamma', updated: 3 }));
    expect((await searchHighlights({ text: 'alpha' })).map((h) => h.id)).toEqual(['q']);
    await mergeHighlights([makeHighlight({ id: 'r', note: 'Alpha again', updated: 4 })]);
    expect((await searchHighlights({ text: 'ALPHA' })).map((h) => h.id)).toEqual(['r', 'q']);
    await deleteHighlight('q');
    expect((await searchHighlights({ text: 'alpha' })).map((h) => h.id)).toEqual(['r']);
  });

  it('limits and orders results newest first', async () => {
    for (let i = 0; i < 30; i++) await putHighlight(makeHighlight({ id: `h${i}`, note: 'same', updated: i }));
    const page = await searchHighlights({ text: 'same', limit: 5 });
    expect(page.map((h) => h.id)).toEqual(['h29', 'h28', 'h27', 'h26', 'h25']);
  });
});
