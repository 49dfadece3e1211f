/**
 * Versioned migrations. Steps are `if (oldVersion < N)` with no `else`, so a fresh install runs
 * every step in order and an old database runs only what it lacks. Never await anything but IDB
 * requests in here: the versionchange transaction would close under us.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { canonicalColor, storedColor } from '../core/colors/highlight-colors';
import type { Db, DbV1 } from './schema';

export function upgradeDb(
  db: IDBPDatabase<Db>,
  oldVersion: number,
  _newVersion: number | null,
  tx: IDBPTransaction<Db, StoreNames<Db>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    const v1 = db as unknown as IDBPDatabase<DbV1>;
    const pages = v1.createObjectStore('pages', { keyPath: 'url' });
    pages.createIndex('by-updated', 'updated');
  }
  if (oldVersion < 2) {
    // Adds a store; v1 data (pages) is untouched.
    const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
    highlights.createIndex('by-page', 'article.pageUrl');
    highlights.createIndex('by-original', 'article.originalUrl');
    highlights.createIndex('by-bucket', 'buckets', { multiEntry: true });
    highlights.createIndex('by-updated', 'updated');
  }
  if (oldVersion < 4) {
    // One colour list: names ("yellow"), aliases ("purple"), upper-case and off-palette hex codes
    // written by older versions or imports become the preset hex the painter and filters use.
    void canonicalizeColors(tx);
  }
}

/** v4: rewrites each highlight whose colour is not a canonical preset hex (only IDB awaits). */
async function canonicalizeColors(tx: IDBPTransaction<Db, StoreNames<Db>[], 'versionchange'>): Promise<void> {
  let cursor = await tx.objectStore('highlights').openCursor();
  while (cursor) {
    const value = cursor.value;
    const color = canonicalColor(value.color) ?? storedColor(value.color);
    if (color !== value.color) await cursor.update({ ...value, color });
    cursor = await cursor.continue();
  }
}
