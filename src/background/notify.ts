/** Tells open extension pages and content scripts that something they show changed. */
import { broadcastToUi, sendToTab } from '../messaging/client';
import { knownTabIds } from './tab-registry';

export async function notifyTabStateChanged(tabId: number): Promise<void> {
  await broadcastToUi('tabStateChanged', { tabId });
}

/** Highlights changed: every page showing an article re-reads its list, and so does the panel. */
export async function notifyHighlightsChanged(ids: string[], exceptTabId?: number): Promise<void> {
  const tabIds = (await knownTabIds()).filter((id) => id !== exceptTabId);
  await Promise.all([
    broadcastToUi('highlightsChanged', { ids }),
    ...tabIds.map((tabId) => sendToTab(tabId, 'highlightsChanged', { ids })),
  ]);
}
