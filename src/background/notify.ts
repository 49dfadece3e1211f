/** Tells open extension pages and content scripts that something they show changed. */
import type { Highlight } from '../core/anchoring/types';
import { broadcastToUi, sendToTab } from '../messaging/client';
import { belongsToArticle } from './highlight-access';
import { allTabs } from './tab-registry';

export async function notifyTabStateChanged(tabId: number): Promise<void> {
  await broadcastToUi('tabStateChanged', { tabId });
}

/** What a write changed: records written, records removed. */
export type HighlightChange = { changed: Highlight[]; deleted: Highlight[] };

/**
 * Highlights changed. Our extension pages hear every id (they are the reader's own). A tab hears
 * only about records of the article it shows, and gets those records, so no page learns of
 * another article's highlights, not even their ids.
 */
export async function notifyHighlightsChanged(change: HighlightChange, exceptTabId?: number): Promise<void> {
  const ids = [...change.changed, ...change.deleted].map((h) => h.id);
  const sends: Promise<unknown>[] = [broadcastToUi('highlightsChanged', { ids })];
  for (const [tabId, entry] of await allTabs()) {
    const shown = entry.article;
    if (tabId === exceptTabId || !shown) continue;
    const changed = change.changed.filter((h) => belongsToArticle(h.article, shown));
    const deleted = change.deleted.filter((h) => belongsToArticle(h.article, shown)).map((h) => h.id);
    if (changed.length === 0 && deleted.length === 0) continue;
    sends.push(sendToTab(tabId, 'highlightsChanged', { ids: [...changed.map((h) => h.id), ...deleted], changed, deleted }));
  }
  await Promise.all(sends);
}
