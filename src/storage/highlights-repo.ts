/** The user's highlights. Every write is one transaction; nothing here deletes data on its own. */
import type { ArticleKey, Highlight } from '../core/anchoring/types';
import { getDb } from './open-db';

export async function putHighlight(highlight: Highlight): Promise<Highlight> {
  await (await getDb()).put('highlights', highlight);
  return highlight;
}

export async function getHighlight(id: string): Promise<Highlight | undefined> {
  return (await getDb()).get('highlights', id);
}

export async function deleteHighlight(id: string): Promise<Highlight | undefined> {
  const db = await getDb();
  const tx = db.transaction('highlights', 'readwrite');
  const existing = await tx.store.get(id);
  if (existing) await tx.store.delete(id);
  await tx.done;
  return existing;
}

/**
 * Highlights of one article wherever they were made: on this page, on the original it names,
 * on a copy whose canonical/original URL is this page, or on any copy with the same text
 * fingerprint. De-duplicated by id, oldest first.
 */
export async function listHighlightsForArticle(article: ArticleKey): Promise<Highlight[]> {
  const db = await getDb();
  const tx = db.transaction('highlights');
  const idx = (name: 'by-page' | 'by-original' | 'by-fingerprint') => tx.store.index(name);
  const urls = [article.pageUrl, article.originalUrl].filter((u): u is string => Boolean(u));
  const lookups: Promise<Highlight[]>[] = [];
  for (const url of urls) {
    lookups.push(idx('by-page').getAll(url), idx('by-original').getAll(url));
  }
  if (article.fingerprint) lookups.push(idx('by-fingerprint').getAll(article.fingerprint));
  const groups = await Promise.all(lookups);
  await tx.done;
  const byId = new Map<string, Highlight>();
  for (const h of groups.flat()) byId.set(h.id, h);
  return [...byId.values()].sort((a, b) => a.created - b.created);
}

/** All highlights, newest first, optionally filtered by a text (quote or note) and a colour. */
export async function searchHighlights(query: { text?: string; color?: string; limit?: number }): Promise<Highlight[]> {
  const db = await getDb();
  const needle = query.text?.trim().toLocaleLowerCase() ?? '';
  const limit = query.limit ?? 500;
  const out: Highlight[] = [];
  let cursor = await db.transaction('highlights').store.index('by-updated').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    const h = cursor.value;
    if ((!query.color || h.color === query.color) && (!needle || matches(h, needle))) out.push(h);
    cursor = await cursor.continue();
  }
  return out;
}

function matches(h: Highlight, needle: string): boolean {
  return (
    h.selectors.quote.exact.toLocaleLowerCase().includes(needle) ||
    h.note.toLocaleLowerCase().includes(needle) ||
    h.pageTitle.toLocaleLowerCase().includes(needle)
  );
}

export async function allHighlights(): Promise<Highlight[]> {
  return (await getDb()).getAll('highlights');
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
  for (const h of incoming) {
    const existing = await tx.store.get(h.id);
    if (!existing) {
      added++;
      await tx.store.put(h);
    } else if (h.updated > existing.updated) {
      updated++;
      await tx.store.put(h);
    } else {
      unchanged++;
    }
  }
  await tx.done;
  return { added, updated, unchanged };
}
