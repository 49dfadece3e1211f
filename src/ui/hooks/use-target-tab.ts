import { useEffect, useState } from 'preact/hooks';
import { callBackgroundFromUi } from '../../messaging/client';
import browser from '../../platform/browser';

/**
 * The tab the popup acts on: the active tab of its window, or `?tab=N` when the popup page is
 * opened as a tab (tests); with the page address the background learnt from it, or the browser's.
 */
export function useTargetTab(): { tabId: number | null; url: string | null; windowId: number | undefined } {
  const [state, setState] = useState<{ tabId: number | null; url: string | null; windowId: number | undefined }>({ tabId: null, url: null, windowId: undefined });
  useEffect(() => {
    void (async () => {
      // The window first: the side panel must open synchronously inside the click.
      const w = await browser.windows.getCurrent();
      setState((s) => ({ ...s, windowId: w.id }));
      const pinned = Number(new URLSearchParams(location.search).get('tab'));
      const tab = Number.isInteger(pinned) && pinned > 0
        ? await browser.tabs.get(pinned).catch(() => null)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0] ?? null;
      const tabId = tab?.id ?? null;
      let url = tab?.url ?? null;
      if (tabId !== null) {
        const info = await callBackgroundFromUi('getTabInfo', { tabId });
        if (info.ok && info.value.url) url = info.value.url;
      }
      setState({ tabId, url, windowId: w.id });
    })();
  }, []);
  return state;
}
