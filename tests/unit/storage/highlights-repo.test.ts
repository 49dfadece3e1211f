import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { DB_NAME } from '../../../src/storage/schema';
import { closeDb } from '../../../src/storage/open-db';
import {
  deleteHighlight, listHighlightsForArticle, mergeHighlights, putHighlight, searchHighlights,
} from '../../../src/storage/highlights-repo';
import { makeHighlight } from '../../helpers/highlight-factory';

afterEach(async () => {
  await closeDb();
  await deleteDB(DB_NAME);
});

describe('highlights repository', () => {
  it('finds an article\'s highlights by page, by original URL and by fingerprint, once each', async () => {
    const onMirror = makeHighlight({ id: 'a', article: { pageUrl: 'https://mirror.example.org/p/1', originalUrl: 'https://origin.example.com/s/1', fingerprint: 'fp' } });
    const onOrigin = makeHighlight({ id: 'b', article: { pageUrl: 'https://origin.example.com/s/1', fingerprint: 'other' }, created: 2 });
    const onPortal = makeHighlight({ id: 'c', article: { pageUrl: 'https://portal.example.net/x', fingerprint: 'fp' }, created: 3 });
    const unrelated = makeHighlight({ id: 'd', article: { pageUrl: 'https://else.example/', fingerprint: 'zz' } });
    for (const h of [onMirror, onOrigin, onPortal, unrelated]) await putHighlight(h);

    const found = await listHighlightsForArticle({ pageUrl: 'https://origin.example.com/s/1', fingerprint: 'fp' });
    expect(found.map((h) => h.id).sort()).toEqual(['a', 'b', 'c']);
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
