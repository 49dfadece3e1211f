/**
 * The lazily opened database. If another context upgrades it (`blocking`) or the browser kills
 * the connection (`terminated`), we drop the handle and reopen on next use.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type Db } from './schema';
import { upgradeDb } from './upgrade';
import { resetSearchIndex } from './search-index';

let dbPromise: Promise<IDBPDatabase<Db>> | null = null;

export function getDb(name = DB_NAME): Promise<IDBPDatabase<Db>> {
  dbPromise ??= openDB<Db>(name, DB_VERSION, {
    upgrade: upgradeDb,
    blocking() {
      void dbPromise?.then((db) => db.close());
      dbPromise = null;
      resetSearchIndex();
    },
    terminated() {
      dbPromise = null;
      resetSearchIndex();
    },
  }).catch((error: unknown) => {
    dbPromise = null;
    throw error;
  });
  return dbPromise;
}

/** Closes the connection (tests, and before deleting the database). */
export async function closeDb(): Promise<void> {
  const pending = dbPromise;
  dbPromise = null;
  // The database may be deleted or replaced after this (tests, a future reset): forget the index.
  resetSearchIndex();
  if (pending) (await pending).close();
}
