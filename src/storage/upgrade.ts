/**
 * Versioned migrations. Steps are `if (oldVersion < N)` with no `else`, so a fresh install runs
 * every step in order and an old database runs only what it lacks. Never await anything but IDB
 * requests in here: the versionchange transaction would close under us.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { canonicalColor, storedColor } from '../core/colors/highlight-colors';
import type { Db, DbV1, StoredHighlight } from './schema';

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
  // Record rewrites run one after another (two cursors over one store must not interleave);
  // only IDB requests are awaited, so the upgrade transaction stays open.
  void (async () => {
    if (oldVersion < 3) await lowerCaseIds(tx);
    if (oldVersion < 4) await canonicalizeColors(tx);
  })();
}

/**
 * v3: every highlight id in canonical lower-case form. A record stored under an upper-case id is
 * moved to the lower-case key; when both exist, the newer `updated` wins (the other is dropped,
 * being the same highlight). Only IDB requests are awaited, so the upgrade transaction stays open.
 */
async function lowerCaseIds(tx: IDBPTransaction<Db, StoreNames<Db>[], 'versionchange'>): Promise<void> {
  const store = tx.objectStore('highlights');
  let cursor = await store.openCursor();
  const moves: StoredHighlight[] = [];
  while (cursor) {
    const record = cursor.value;
    if (record.id !== record.id.toLowerCase()) {
      moves.push({ ...record, id: record.id.toLowerCase() });
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
  for (const moved of moves) {
    const existing = await store.get(moved.id);
    if (!existing || moved.updated > existing.updated) await store.put(moved);
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
