/**
 * The last analysis report of each page, so the side panel can show it for any tab. This is a
 * reading history, so it is bounded — at most `LIMITS.pagesKept` pages, none older than
 * `LIMITS.pagesMaxAgeMs` (pruned on every write, oldest first) — exportable and clearable.
 */
import { LIMITS } from '../core/limits';
import type { PageReport } from '../messaging/protocol';
import { getDb } from './open-db';
import type { PageRecord } from './schema';

export type PageBounds = { maxCount: number; maxAgeMs: number };
const DEFAULT_BOUNDS: PageBounds = { maxCount: LIMITS.pagesKept, maxAgeMs: LIMITS.pagesMaxAgeMs };

export async function putPage(report: PageReport, now = Date.now(), bounds: PageBounds = DEFAULT_BOUNDS): Promise<PageRecord> {
  const record: PageRecord = { url: report.url, report, updated: now };
  const db = await getDb();
  const tx = db.transaction('pages', 'readwrite');
  await tx.store.put(record);
  await pruneIn(tx.store, now, bounds);
  await tx.done;
  return record;
}

export async function getPage(url: string): Promise<PageRecord | undefined> {
  return (await getDb()).get('pages', url);
}

/** Every stored page, newest first (for the history export). */
export async function allPages(): Promise<PageRecord[]> {
  return (await (await getDb()).getAllFromIndex('pages', 'by-updated')).reverse();
}

/** Deletes every page report; returns how many there were. */
export async function clearPages(): Promise<number> {
  const db = await getDb();
  const tx = db.transaction('pages', 'readwrite');
  const count = await tx.store.count();
  await tx.store.clear();
  await tx.done;
  return count;
}

/** Applies the bounds now (also run by the v3 migration's first write). */
export async function prunePages(now = Date.now(), bounds: PageBounds = DEFAULT_BOUNDS): Promise<number> {
  const db = await getDb();
  const tx = db.transaction('pages', 'readwrite');
  const removed = await pruneIn(tx.store, now, bounds);
  await tx.done;
  return removed;
}

type PagesStore = {
  count(): Promise<number>;
  index(name: 'by-updated'): { openCursor(query?: IDBKeyRange | null): Promise<{ value: PageRecord; delete(): Promise<void>; continue(): Promise<unknown> } | null> };
};

/** Removes pages older than the age bound, then the oldest beyond the count bound. */
async function pruneIn(store: PagesStore, now: number, bounds: PageBounds): Promise<number> {
  let excess = Math.max(0, (await store.count()) - bounds.maxCount);
  const cutoff = now - bounds.maxAgeMs;
  let removed = 0;
  let cursor = await store.index('by-updated').openCursor();
  while (cursor && (excess > 0 || cursor.value.updated < cutoff)) {
    await cursor.delete();
    removed++;
    excess = Math.max(0, excess - 1);
    cursor = (await cursor.continue()) as typeof cursor;
  }
  return removed;
}
