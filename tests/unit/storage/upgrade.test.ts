import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB, openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type DbV1, type DbV2, type StoredHighlight } from '../../../src/storage/schema';
import { closeDb, getDb } from '../../../src/storage/open-db';
import { v1Pages } from '../../fixtures/db/v1';
import { makeHighlight } from '../../helpers/highlight-factory';
import { putHighlight } from '../../../src/storage/highlights-repo';

afterEach(async () => {
  await closeDb();
  await deleteDB(DB_NAME);
});

describe('database upgrades', () => {
  it('creates every store and index on a fresh install', async () => {
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['highlights', 'pages']);
    const tx = db.transaction('highlights');
    expect([...tx.store.indexNames].sort()).toEqual(['by-bucket', 'by-original', 'by-page', 'by-updated']);
    await tx.done;
  });

  it('upgrades a version-1 database and keeps its data', async () => {
    const v1: IDBPDatabase<DbV1> = await openDB<DbV1>(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('pages', { keyPath: 'url' }).createIndex('by-updated', 'updated');
      },
    });
    for (const page of v1Pages) await v1.put('pages', page);
    v1.close();

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('pages')).toEqual([...v1Pages].sort((a, b) => a.url.localeCompare(b.url)));
    expect(await db.getAllFromIndex('pages', 'by-updated')).toHaveLength(v1Pages.length);
    // The new store works after the upgrade.
    const h = makeHighlight({ id: 'h1' });
    await putHighlight(h);
    expect(await db.countFromIndex('highlights', 'by-page', h.article.pageUrl)).toBe(1);
  });

  it('v3 makes highlight ids lower-case, merging records that differed only in case (newer wins)', async () => {
    const { upgradeDb } = await import('../../../src/storage/upgrade');
    const v2 = await openDB(DB_NAME, 2, {
      upgrade(db, oldVersion, newVersion, tx) {
        upgradeDb(db as never, oldVersion, 2, tx as never);
      },
    });
    const upper = 'AAAAAAAA-0000-4000-8000-000000000001';
    await v2.put('highlights', { ...makeHighlight({ id: upper, note: 'newer', updated: 20 }), buckets: [] });
    await v2.put('highlights', { ...makeHighlight({ id: upper.toLowerCase(), note: 'older', updated: 10 }), buckets: [] });
    await v2.put('highlights', { ...makeHighlight({ id: 'BBBBBBBB-0000-4000-8000-000000000002', note: 'alone' }), buckets: [] });
    v2.close();
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    const all = await db.getAll('highlights');
    expect(all.map((h) => [h.id, h.note]).sort()).toEqual([
      ['aaaaaaaa-0000-4000-8000-000000000001', 'newer'],
      ['bbbbbbbb-0000-4000-8000-000000000002', 'alone'],
    ]);
  });

  it('v4 canonicalizes stored colours (names, aliases, case, off-palette hex) and keeps everything else', async () => {
    const v2: IDBPDatabase<DbV2> = await openDB<DbV2>(DB_NAME, 2, {
      upgrade(db) {
        db.createObjectStore('pages', { keyPath: 'url' }).createIndex('by-updated', 'updated');
        const hs = db.createObjectStore('highlights', { keyPath: 'id' });
        hs.createIndex('by-page', 'article.pageUrl');
        hs.createIndex('by-original', 'article.originalUrl');
        hs.createIndex('by-bucket', 'buckets', { multiEntry: true });
        hs.createIndex('by-updated', 'updated');
      },
    });
    const old: [string, string][] = [['a', 'purple'], ['b', 'Yellow'], ['c', '#8CE99A'], ['d', '#3399ff'], ['e', '#ffe066']];
    for (const [id, color] of old) await v2.put('highlights', { ...makeHighlight({ id, color, note: `note ${id}` }), buckets: [] } as StoredHighlight);
    v2.close();

    const db = await getDb();
    const after = new Map((await db.getAll('highlights')).map((h) => [h.id, h]));
    expect([...after.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(Object.fromEntries([...after].map(([id, h]) => [id, h.color]))).toEqual({ a: '#b197fc', b: '#ffe066', c: '#8ce99a', d: '#74c0fc', e: '#ffe066' });
    expect(after.get('a')!.note).toBe('note a');
  });
});
