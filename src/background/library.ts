/**
 * The highlights library: every stored highlight, filtered through the in-memory search index
 * (no full read of the store per keystroke), ordered by article — the article with the newest
 * highlight first, and newest first within it — and paged, so the first screen costs one page of
 * records however many highlights there are.
 */
import type { Highlight } from '../core/anchoring/types';
import { exportMarkdown } from '../core/highlights-io/markdown-export';
import { exportAnnotationsJson } from '../core/highlights-io/web-annotation';
import type { LibraryFilter, LibraryPage } from '../messaging/protocol';
import { getDb } from '../storage/open-db';
import { allHighlights } from '../storage/highlights-repo';
import { getSearchIndex, matchingEntries, peekSearchIndex, type SearchEntry } from '../storage/search-index';
import type { Db, StoredHighlight } from '../storage/schema';
import { unwrap, type IDBPIndex } from 'idb';

/** Library order: newest change first (the same order as the store's time index, so pages of either agree). */
export function libraryOrder(entries: SearchEntry[]): SearchEntry[] {
  return entries.sort((a, b) => (b.updated - a.updated) || a.id.localeCompare(b.id));
}

function sitesOf(index: Map<string, SearchEntry>): LibraryPage['sites'] {
  const counts = new Map<string, number>();
  for (const e of index.values()) counts.set(e.site, (counts.get(e.site) ?? 0) + 1);
  return [...counts].map(([site, count]) => ({ site, count })).sort((a, b) => b.count - a.count || a.site.localeCompare(b.site));
}

function fromStored(r: StoredHighlight): Highlight {
  const { buckets: _buckets, ...h } = r;
  return h;
}

/**
 * The unfiltered first screens read one page off the time index (no full read of the store, so
 * they are fast with any number of highlights) while the search index builds in the background
 * for the filters; `sites` is empty until it is built.
 * The total comes from the search index once it is built (kept in step with every write):
 * IndexedDB's count() walks the whole store, 15–120 ms over 10,000 highlights, more than the
 * rest of the first screen's query together.
 */
async function unfilteredPage(offset: number, limit: number): Promise<LibraryPage> {
  const db = await getDb();
  const tx = db.transaction('highlights');
  const index = peekSearchIndex();
  const counted = index ? null : tx.store.count();
  const highlights = (await newestRecords(tx.store.index('by-updated'), offset, limit)).map(fromStored);
  const total = index ? index.size : await counted!;
  await tx.done;
  if (!index) void getSearchIndex(allHighlights).catch(() => {});
  return { total, stored: total, highlights, sites: index ? sitesOf(index) : [] };
}

type ByUpdated = IDBPIndex<Db, ['highlights'], 'highlights', 'by-updated'>;
/** IDBIndex.getAllRecords (Chrome 141+; not yet in TypeScript's DOM types). */
type WithGetAllRecords = { getAllRecords?(options: { direction: IDBCursorDirection; count: number }): IDBRequest<Array<{ value: StoredHighlight }>> };

/**
 * `limit` records, newest change first, after skipping `offset`. One request where the browser
 * has getAllRecords with a direction; else a cursor walked backwards (a round trip per record).
 */
async function newestRecords(byUpdated: ByUpdated, offset: number, limit: number): Promise<StoredHighlight[]> {
  const raw = unwrap(byUpdated) as IDBIndex & WithGetAllRecords;
  if (typeof raw.getAllRecords === 'function') {
    const request = raw.getAllRecords({ direction: 'prev', count: offset + limit });
    const records = await new Promise<Array<{ value: StoredHighlight }>>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return records.slice(offset).map((r) => r.value);
  }
  const out: StoredHighlight[] = [];
  let cursor = await byUpdated.openCursor(null, 'prev');
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

async function readRecords(ids: string[]): Promise<Highlight[]> {
  const db = await getDb();
  const tx = db.transaction('highlights');
  const records = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return records.flatMap((r) => (r ? [fromStored(r)] : []));
}

export async function queryLibrary(filter: LibraryFilter, offset: number, limit: number): Promise<LibraryPage> {
  const filtered = Boolean(filter.text?.trim() || filter.color || filter.site || filter.from !== undefined || filter.to !== undefined);
  if (!filtered) return unfilteredPage(offset, limit);
  const index = await getSearchIndex(allHighlights);
  const hits = libraryOrder(matchingEntries(index, { ...filter, needle: filter.text ?? '' }));
  const highlights = await readRecords(hits.slice(offset, offset + limit).map((e) => e.id));
  return { total: hits.length, stored: index.size, highlights, sites: sitesOf(index) };
}

/** A file of the chosen highlights (Markdown grouped by page, or W3C Web Annotation JSON). */
export async function exportSelection(format: 'json' | 'markdown', ids: string[], now = Date.now()): Promise<{ fileName: string; mime: string; text: string }> {
  const chosen = (await readRecords(ids)).sort((a, b) => a.created - b.created);
  const date = new Date(now).toISOString().slice(0, 10);
  const base = `repost-lens-selection-${date}`;
  if (format === 'json') return { fileName: `${base}.json`, mime: 'application/json', text: exportAnnotationsJson(chosen, now, 'Repost Lens: selected highlights') };
  const byPage = new Map<string, Highlight[]>();
  for (const h of chosen) byPage.set(h.article.pageUrl, [...(byPage.get(h.article.pageUrl) ?? []), h]);
  const text = [...byPage.values()]
    .map((list) => exportMarkdown(list[0]!.pageTitle || list[0]!.article.pageUrl, list.sort((a, b) => a.selectors.position.start - b.selectors.position.start)))
    .join('\n---\n\n');
  return { fileName: `${base}.md`, mime: 'text/markdown', text };
}
