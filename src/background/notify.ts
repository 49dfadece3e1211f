/** Tells open extension pages and content scripts that something they show changed. */
import type { Highlight } from '../core/anchoring/types';
import { broadcastToUi, sendToTab } from '../messaging/client';
import { normalizePageUrl } from '../core/text/page-url';
import { belongsToArticle } from './highlight-access';
import { hasProven } from './quote-proofs';
import { allTabs } from './tab-registry';

export async function notifyTabStateChanged(tabId: number): Promise<void> {
  await broadcastToUi('tabStateChanged', { tabId });
}

/** What a write changed: records written, records removed. */
export type HighlightChange = { changed: Highlight[]; deleted: Highlight[] };

/**
 * Highlights changed. Our extension pages hear every id (they are the reader's own). A tab hears
 * only about records of the article it shows, so no page learns of another article's highlights,
 * not even their ids. It gets the records made on its own page or already proven by its text
 * (quote-proofs.ts); of another copy's new records it gets only the ids, and proves them when it
 * lists again.
 */
export async function notifyHighlightsChanged(change: HighlightChange, exceptTabId?: number): Promise<void> {
  const ids = [...change.changed, ...change.deleted].map((h) => h.id);
  const sends: Promise<unknown>[] = [broadcastToUi('highlightsChanged', { ids })];
  for (const [tabId, entry] of await allTabs()) {
    const shown = entry.article;
    if (tabId === exceptTabId || !shown) continue;
    const pageUrl = normalizePageUrl(entry.url);
    const visible = (h: Highlight): boolean => h.article.pageUrl === pageUrl || hasProven(tabId, h.id);
    const ours = change.changed.filter((h) => belongsToArticle(h.article, shown));
    const changed = ours.filter(visible);
    const toProve = ours.filter((h) => !visible(h)).map((h) => h.id);
    const deleted = change.deleted.filter((h) => belongsToArticle(h.article, shown) && visible(h)).map((h) => h.id);
    if (changed.length === 0 && deleted.length === 0 && toProve.length === 0) continue;
    sends.push(sendToTab(tabId, 'highlightsChanged', { ids: [...changed.map((h) => h.id), ...deleted, ...toProve], changed, deleted }));
  }
  await Promise.all(sends);
}
