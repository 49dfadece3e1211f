/**
 * Versioned migrations. Steps are `if (oldVersion < N)` with no `else`, so a fresh install runs
 * every step in order and an old database runs only what it lacks. Never await anything but IDB
 * requests in here: the versionchange transaction would close under us.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Db, DbV1 } from './schema';

export function upgradeDb(
  db: IDBPDatabase<Db>,
  oldVersion: number,
  _newVersion: number | null,
  _tx: IDBPTransaction<Db, StoreNames<Db>[], 'versionchange'>,
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
}
