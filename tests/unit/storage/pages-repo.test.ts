import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { closeDb, getDb } from '../../../src/storage/open-db';
import { allPages, clearPages, getPage, prunePages, putPage } from '../../../src/storage/pages-repo';
import { DB_NAME } from '../../../src/storage/schema';
import type { PageReport } from '../../../src/messaging/protocol';

const report = (url: string): PageReport => ({ url, title: url, isArticle: false, analysis: null, figures: [], article: null, durationMs: 0 });

afterEach(async () => {
  await closeDb();
  await deleteDB(DB_NAME);
});

describe('pages store (reading history)', () => {
  it('keeps at most maxCount pages, dropping the oldest first', async () => {
    const bounds = { maxCount: 3, maxAgeMs: 1e12 };
    for (let i = 0; i < 10; i++) await putPage(report(`https://x.example/${i}`), 1_000 + i, bounds);
    expect((await allPages()).map((p) => p.url)).toEqual(['https://x.example/9', 'https://x.example/8', 'https://x.example/7']);
  });

  it('drops pages older than maxAgeMs on the next write', async () => {
    const bounds = { maxCount: 100, maxAgeMs: 1_000 };
    await putPage(report('https://old.example/'), 0, bounds);
    await putPage(report('https://new.example/'), 5_000, bounds);
    expect(await getPage('https://old.example/')).toBeUndefined();
    expect(await getPage('https://new.example/')).toBeDefined();
    expect(await prunePages(10_000, bounds)).toBe(1);
  });

  it('a page changing its address every second cannot grow the store past its bound', async () => {
    const bounds = { maxCount: 50, maxAgeMs: 1e12 };
    for (let i = 0; i < 200; i++) await putPage(report(`https://spa.example/?t=${i}`), i * 1000, bounds);
    expect(await (await getDb()).count('pages')).toBe(50);
  });

  it('clears everything', async () => {
    await putPage(report('https://a.example/'));
    await putPage(report('https://b.example/'));
    expect(await clearPages()).toBe(2);
    expect(await allPages()).toEqual([]);
  });
});
