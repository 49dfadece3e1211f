import { useCallback, useEffect, useState } from 'preact/hooks';
import { callBackgroundFromUi } from '../messaging/client';
import { registerHandlers } from '../messaging/handlers';
import type { TabState } from '../messaging/protocol';
import browser from '../platform/browser';

export type TabStateView = { status: 'loading' } | { status: 'none' } | { status: 'error'; message: string } | { status: 'ready'; state: TabState };

/**
 * What the background knows about a tab, refreshed whenever the background says the tab or the
 * highlights changed (no polling).
 */
export function useTabState(tabId: number | null): { view: TabStateView; reload: () => void } {
  const [view, setView] = useState<TabStateView>({ status: 'loading' });
  const load = useCallback(async () => {
    if (tabId === null) return;
    const result = await callBackgroundFromUi('getTabState', { tabId });
    if (!result.ok) setView({ status: 'error', message: result.error.message });
    else setView(result.value ? { status: 'ready', state: result.value } : { status: 'none' });
  }, [tabId]);

  useEffect(() => {
    setView({ status: 'loading' });
    void load();
    return registerHandlers(
      'background-to-ui',
      {
        tabStateChanged: ({ tabId: changed }) => {
          if (changed === tabId) void load();
          return null;
        },
        highlightsChanged: () => {
          void load();
          return null;
        },
      },
      (sender) => sender.id === browser.runtime.id,
    );
  }, [tabId, load]);

  return { view, reload: () => void load() };
}
