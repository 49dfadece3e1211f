import { useEffect, useState } from 'preact/hooks';
import browser from '../platform/browser';

/**
 * The id of the active tab in the panel's window, following tab switches and window focus.
 * `?tab=N` pins a tab (used when the panel page is opened as a normal tab, e.g. by tests).
 */
export function useActiveTab(): number | null {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    const pinned = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(pinned) && pinned > 0) {
      setTabId(pinned);
      return;
    }
    let windowId: number | undefined;
    const refresh = async (): Promise<void> => {
      const [tab] = await browser.tabs.query(windowId === undefined ? { active: true, currentWindow: true } : { active: true, windowId });
      setTabId(tab?.id ?? null);
    };
    void browser.windows.getCurrent().then((w) => {
      windowId = w.id;
      void refresh();
    });
    const onActivated = (info: { tabId: number; windowId: number }): void => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);
  return tabId;
}
