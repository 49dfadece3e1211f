/**
 * An in-memory search index over the highlights, kept by the background (the only writer).
 *
 * Why: a text search must look at every highlight, and reading 10,000 full records out of
 * IndexedDB takes the better part of a second (measured in Chromium: 0.7–1.0 s, even with
 * getAll). The index holds only what a search compares (lower-cased quote, note and page title,
 * the colour, the time), is built once per background lifetime, and is updated by every write
 * the repository makes, so it cannot go stale while the background lives.
 */
import type { Highlight } from '../core/anchoring/types';
import { storedColor } from '../core/colors/highlight-colors';
import { foldForSearch, matchesTerms, queryTerms } from '../core/search/fold-for-search';

/** `text` is folded (width and case, see foldForSearch); `color` is the canonical preset hex. */
export type SearchEntry = { id: string; text: string; color: string; updated: number; created: number; site: string; pageUrl: string };

let entries: Map<string, SearchEntry> | null = null;
let building: Promise<Map<string, SearchEntry>> | null = null;
/** Counts writes, so a build that read the store before a write knows to read it again. */
let writes = 0;

export function toSearchEntry(h: Highlight): SearchEntry {
  return {
    id: h.id,
    text: foldForSearch(`${h.selectors.quote.exact}\n${h.note}\n${h.pageTitle}`),
    color: storedColor(h.color),
    updated: h.updated,
    created: h.created,
    site: h.madeOn.toLowerCase(),
    pageUrl: h.article.pageUrl,
  };
}

/** The index, building it with `loadAll` on first use (concurrent callers share one build). */
export function getSearchIndex(loadAll: () => Promise<Highlight[]>): Promise<Map<string, SearchEntry>> {
  if (entries) return Promise.resolve(entries);
  if (building) return building;
  const startedAt = writes;
  const build = loadAll().then((all) => {
    building = null;
    // A write landed while we were reading: what we read may miss it, so read again.
    if (writes !== startedAt) return getSearchIndex(loadAll);
    entries = new Map(all.map((h) => [h.id, toSearchEntry(h)]));
    return entries;
  }, (error: unknown) => {
    building = null;
    throw error;
  });
  building = build;
  return build;
}

/** The index if it is built, else null (never starts a build). */
export function peekSearchIndex(): Map<string, SearchEntry> | null {
  return entries;
}

/** Keeps a built index in step with a write (a build in flight will read the store again). */
export function indexPut(h: Highlight): void {
  writes++;
  entries?.set(h.id, toSearchEntry(h));
}

export function indexDelete(id: string): void {
  writes++;
  entries?.delete(id);
}

/** What a search may ask: text (words AND-ed, folded), colour (any form), site (host), creation time range (ms). */
export type IndexQuery = { needle: string; color?: string; site?: string; from?: number; to?: number };

/** Entries matching the query, in no particular order. */
export function matchingEntries(index: Map<string, SearchEntry>, query: IndexQuery): SearchEntry[] {
  const terms = queryTerms(query.needle);
  const color = query.color ? storedColor(query.color) : '';
  const site = query.site?.toLowerCase() ?? '';
  const hits: SearchEntry[] = [];
  for (const e of index.values()) {
    if (color && e.color !== color) continue;
    if (site && e.site !== site) continue;
    if (query.from !== undefined && e.created < query.from) continue;
    if (query.to !== undefined && e.created >= query.to) continue;
    if (terms.length && !matchesTerms(e.text, terms)) continue;
    hits.push(e);
  }
  return hits;
}

/** Ids of entries matching the query, newest first, at most `limit`. */
export function searchIndex(index: Map<string, SearchEntry>, query: IndexQuery, limit: number): string[] {
  const hits = matchingEntries(index, query);
  hits.sort((a, b) => b.updated - a.updated);
  return hits.slice(0, limit).map((e) => e.id);
}

/** For tests: forget the index. */
export function resetSearchIndex(): void {
  entries = null;
  building = null;
}
