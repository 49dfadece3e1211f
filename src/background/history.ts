/**
 * The reading history (the `pages` store): export it, clear it, or delete everything. The
 * popup's "clear history" and "delete everything" call these (ui-handlers.ts).
 */
import { clearHighlights } from '../storage/highlights-repo';
import { allPages, clearPages } from '../storage/pages-repo';
import { notifyHighlightsChanged, notifyTabStateChanged } from './notify';
import { forgetAllTabs } from './tab-registry';

export const HISTORY_FORMAT = 'repost-lens/history';

/** Every stored page report as JSON (newest first). */
export async function exportHistory(now = Date.now()): Promise<{ fileName: string; mime: string; text: string }> {
  const pages = await allPages();
  const text = JSON.stringify({
    format: HISTORY_FORMAT,
    version: 1,
    exported: new Date(now).toISOString(),
    pages: pages.map((p) => ({ url: p.url, analysed: new Date(p.updated).toISOString(), report: p.report })),
  }, null, 2);
  return { fileName: `repost-lens-history-${new Date(now).toISOString().slice(0, 10)}.json`, mime: 'application/json', text };
}

/** Forgets every page report; the open panels are told their tab shows nothing known now. */
export async function clearHistory(): Promise<{ pages: number }> {
  const pages = await clearPages();
  const tabs = await forgetAllTabs();
  await Promise.all(tabs.map((tabId) => notifyTabStateChanged(tabId)));
  return { pages };
}

/** Deletes every page report and every highlight with its note. */
export async function deleteEverything(): Promise<{ pages: number; highlights: number }> {
  const all = await clearHighlights();
  // Tabs must hear which records vanished before their entries are forgotten.
  if (all.length > 0) await notifyHighlightsChanged({ changed: [], deleted: all });
  const { pages } = await clearHistory();
  return { pages, highlights: all.length };
}
