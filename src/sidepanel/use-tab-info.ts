import { useEffect, useState } from 'preact/hooks';
import { callBackgroundFromUi } from '../messaging/client';
import type { TabInfo } from '../messaging/protocol';
import browser from '../platform/browser';

/** What the panel may know about a tab without a report: its address (when visible) and load status. */
export type TabFacts = TabInfo & { status: string | null; browserUrl: string | null };

/**
 * The tab's address as the background learnt it (a skipped page reports itself) or as the browser
 * shows it (only where the extension may see it), and whether it has finished loading; refreshed
 * when `version` changes (the tab state changed).
 */
export function useTabFacts(tabId: number | null, version: unknown): TabFacts | null {
  const [facts, setFacts] = useState<TabFacts | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    let alive = true;
    const read = async (): Promise<void> => {
      const info = await callBackgroundFromUi('getTabInfo', { tabId });
      const tab: { url?: string; status?: string } | null = await browser.tabs.get(tabId).catch(() => null);
      if (alive) setFacts({ ...(info.ok ? info.value : { url: null, skipped: null }), status: tab?.status ?? null, browserUrl: tab?.url ?? null });
    };
    void read();
    // A page still loading finishes soon: look again so "loading" does not stay forever.
    const timer = setInterval(() => void read(), 1500);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [tabId, version]);
  return facts;
}
