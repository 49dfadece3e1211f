/**
 * Which page each tab shows, and how its highlights anchored there. Kept in memory and mirrored
 * into `storage.session`, because Chrome stops an idle service worker and its memory with it.
 */
import browser from '../platform/browser';
import type { ArticleKey } from '../core/anchoring/types';
import type { AnchoringReport, RefusedReport } from '../messaging/protocol';

/**
 * What the background itself recorded about a tab. `url` is the normalised address the tab's
 * content script reported FROM (its `sender.url`), `article` the key of that report: the only
 * source the ownership rules (highlight-access.ts) trust.
 */
export type SkipReason = 'disabled' | 'not-article';

export type TabEntry = {
  url: string;
  article: ArticleKey | null;
  anchoring: AnchoringReport | null;
  /** The tab's last report was refused: the panel says so instead of showing an older page. */
  refused?: RefusedReport;
  /** The reader asked, on the page, to write the note of this highlight in the panel. */
  noteRequest?: { id: string; at: number };
  /**
   * Repost Lens did not analyse the page: its site is switched off (`disabled`, nothing injected),
   * or the loader's cheap check found no article (`not-article`; highlights still work there).
   */
  skipped?: SkipReason;
};

const KEY = 'tabs';
let tabs: Map<number, TabEntry> | null = null;

type SessionArea = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
function session(): SessionArea | undefined {
  return (browser.storage as unknown as { session?: SessionArea }).session;
}

async function load(): Promise<Map<number, TabEntry>> {
  if (tabs) return tabs;
  const loaded = new Map<number, TabEntry>();
  try {
    const stored = (await session()?.get(KEY))?.[KEY];
    if (Array.isArray(stored)) {
      for (const item of stored) {
        if (Array.isArray(item) && typeof item[0] === 'number' && typeof item[1] === 'object' && item[1]) {
          loaded.set(item[0], item[1] as TabEntry);
        }
      }
    }
  } catch {
    // No session storage (older browser): memory only.
  }
  tabs ??= loaded;
  return tabs;
}

async function save(): Promise<void> {
  if (!tabs) return;
  try {
    await session()?.set({ [KEY]: [...tabs.entries()] });
  } catch {
    // Memory only.
  }
}

export async function setTabPage(tabId: number, url: string, article: ArticleKey | null): Promise<void> {
  (await load()).set(tabId, { url, article, anchoring: null });
  await save();
}

/** The tab's report was refused: forget its old page (a single-page app moved on) and keep why. */
export async function setTabRefused(tabId: number, refused: RefusedReport): Promise<void> {
  (await load()).set(tabId, { url: refused.url, article: null, anchoring: null, refused });
  await save();
}

/** The tab's article, recorded when the reader highlights on a page the analysis skipped. */
export async function setTabArticle(tabId: number, url: string, article: ArticleKey): Promise<void> {
  const map = await load();
  const entry = map.get(tabId);
  const same = entry?.url === url;
  map.set(tabId, { url, anchoring: same ? entry.anchoring : null, article, ...(same && entry.skipped ? { skipped: entry.skipped } : {}) });
  await save();
}

export async function setTabNoteRequest(tabId: number, id: string, at: number): Promise<void> {
  const map = await load();
  const entry = map.get(tabId);
  if (!entry) return;
  map.set(tabId, { ...entry, noteRequest: { id, at } });
  await save();
}

/** Every tab entry (for notifying the tabs that show one article). */
export async function allTabs(): Promise<[number, TabEntry][]> {
  return [...(await load()).entries()];
}

/** Forgets every tab's page (the history was cleared). */
export async function forgetAllTabs(): Promise<number[]> {
  const map = await load();
  const ids = [...map.keys()];
  map.clear();
  await save();
  return ids;
}

/** The tab shows a page Repost Lens did not analyse (see `SkipReason`). */
export async function setTabSkipped(tabId: number, url: string, reason: SkipReason): Promise<void> {
  (await load()).set(tabId, { url, article: null, anchoring: null, skipped: reason });
  await save();
}

export async function setTabAnchoring(tabId: number, anchoring: AnchoringReport): Promise<void> {
  const map = await load();
  const entry = map.get(tabId);
  if (!entry) return;
  map.set(tabId, { ...entry, anchoring });
  await save();
}

export async function getTab(tabId: number): Promise<TabEntry | undefined> {
  return (await load()).get(tabId);
}

export async function forgetTab(tabId: number): Promise<boolean> {
  const removed = (await load()).delete(tabId);
  if (removed) await save();
  return removed;
}

/** Tab ids currently showing a page we analysed. */
export async function knownTabIds(): Promise<number[]> {
  return [...(await load()).keys()];
}

/** For tests: forget the in-memory copy so the next call reloads from session storage. */
export function resetTabRegistryCache(): void {
  tabs = null;
}
