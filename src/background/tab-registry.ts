/**
 * Which page each tab shows, and how its highlights anchored there. Kept in memory and mirrored
 * into `storage.session`, because Chrome stops an idle service worker and its memory with it.
 */
import browser from '../platform/browser';
import type { ArticleKey } from '../core/anchoring/types';
import type { AnchoringReport } from '../messaging/protocol';

export type TabEntry = {
  url: string;
  article: ArticleKey | null;
  anchoring: AnchoringReport | null;
  /** Set when Repost Lens did nothing on the page because its site is switched off. */
  skipped?: 'disabled';
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

/** The tab shows a page Repost Lens skipped (site switched off): nothing analysed, nothing shown. */
export async function setTabSkipped(tabId: number, url: string, reason: 'disabled'): Promise<void> {
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
