/** The user's highlights. Every write is one transaction; nothing here deletes data on its own. */
import type { ArticleKey, Highlight } from '../core/anchoring/types';
import { isNewer } from '../core/highlights-io/merge-highlights';
import { fingerprintBuckets, sameArticle } from '../core/text/text-fingerprint';
import { getDb } from './open-db';
import type { StoredHighlight } from './schema';
import { getSearchIndex, indexDelete, indexPut, resetSearchIndex, searchIndex } from './search-index';

/** Adds the index-only bucket keys (see StoredHighlight). */
function toStored(h: Highlight): StoredHighlight {
  return { ...h, buckets: fingerprintBuckets(h.article.fingerprint) };
}

/** Drops the index-only field: callers see exactly the Highlight they stored. */
function fromStored(s: StoredHighlight): Highlight {
  const { buckets: _buckets, ...h } = s;
  return h;
}

export async function putHighlight(highlight: Highlight): Promise<Highlight> {
  await (await getDb()).put('highlights', toStored(highlight));
  indexPut(highlight);
  return highlight;
}

export async function getHighlight(id: string): Promise<Highlight | undefined> {
  const stored = await (await getDb()).get('highlights', id);
  return stored && fromStored(stored);
}

export async function deleteHighlight(id: string): Promise<Highlight | undefined> {
  const db = await getDb();
  const tx = db.transaction('highlights', 'readwrite');
  const existing = await tx.store.get(id);
  if (existing) await tx.store.delete(id);
  await tx.done;
  indexDelete(id);
  return existing && fromStored(existing);
}

/**
 * Highlights of one article wherever they were made: on this very page (same normalised URL), or
 * on any copy whose TEXT matches (fingerprint similarity; candidates come from the bucket index).
 * A page's own claims (its canonical link, the original it names) decide nothing: one
 * `<link rel=canonical>` must not bring another site's highlights and notes to a page.
 * De-duplicated by id, oldest first.
 */
export async function listHighlightsForArticle(article: ArticleKey): Promise<Highlight[]> {
  const db = await getDb();
  const tx = db.transaction('highlights');
  const byPage = tx.store.index('by-page').getAll(article.pageUrl);
  const buckets = fingerprintBuckets(article.fingerprint);
  const byBucket = buckets.map((b) => tx.store.index('by-bucket').getAll(b));
  const [pageGroup, bucketGroups] = await Promise.all([byPage, Promise.all(byBucket)]);
  await tx.done;
  const byId = new Map<string, Highlight>();
  for (const s of pageGroup) byId.set(s.id, fromStored(s));
  for (const s of bucketGroups.flat()) {
    if (!byId.has(s.id) && sameArticle(s.article.fingerprint, article.fingerprint)) byId.set(s.id, fromStored(s));
  }
  return [...byId.values()].sort((a, b) => a.created - b.created);
}

/**
 * All highlights, newest first, optionally filtered by a text (in the quote, the note or the
 * page title) and a colour. A plain listing walks the time index and stops at `limit`; a
 * filtered search asks the in-memory search index, then reads only the matching records.
 */
export async function searchHighlights(query: { text?: string; color?: string; limit?: number }): Promise<Highlight[]> {
  const db = await getDb();
  const needle = query.text?.trim() ?? '';
  const limit = query.limit ?? 500;
  if (!needle && !query.color) {
    const out: Highlight[] = [];
    let cursor = await db.transaction('highlights').store.index('by-updated').openCursor(null, 'prev');
    while (cursor && out.length < limit) {
      out.push(fromStored(cursor.value));
      cursor = await cursor.continue();
    }
    return out;
  }
  const index = await getSearchIndex(allHighlights);
  const ids = searchIndex(index, { needle, ...(query.color ? { color: query.color } : {}) }, limit);
  const tx = db.transaction('highlights');
  const records = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return records.filter((r): r is StoredHighlight => r !== undefined).map(fromStored);
}

export async function allHighlights(): Promise<Highlight[]> {
  return (await getDb()).getAll('highlights').then((all) => all.map(fromStored));
}

/**
 * Writes an already fully validated batch in ONE transaction: either all of it lands or none.
 * Merge by id: an incoming record replaces a stored one only when it is newer.
 */
export async function mergeHighlights(incoming: Highlight[]): Promise<{ added: number; updated: number; unchanged: number }> {
  const db = await getDb();
  const tx = db.transaction('highlights', 'readwrite');
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const written: Highlight[] = [];
  for (const h of incoming) {
    const existing = await tx.store.get(h.id);
    if (!existing) {
      added++;
      written.push(h);
      await tx.store.put(toStored(h));
    } else if (isNewer(h, existing)) {
      updated++;
      written.push(h);
      await tx.store.put(toStored(h));
    } else {
      unchanged++;
    }
  }
  await tx.done;
  written.forEach(indexPut);
  return { added, updated, unchanged };
}

/** Builds the search index ahead of the first search (called when a panel opens). */
export function warmSearchIndex(): void {
  void getSearchIndex(allHighlights).catch(() => {});
}

/** Deletes every highlight in one transaction; returns what was there (to tell the tabs). */
export async function clearHighlights(): Promise<Highlight[]> {
  const db = await getDb();
  const tx = db.transaction('highlights', 'readwrite');
  const all = await tx.store.getAll();
  await tx.store.clear();
  await tx.done;
  resetSearchIndex();
  for (const h of all) indexDelete(h.id);
  return all.map(fromStored);
}
