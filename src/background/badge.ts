/** The toolbar badge marks reposts on the tab that shows one. */
import browser from '../platform/browser';
import type { PageReport } from '../messaging/protocol';

export async function updateBadge(tabId: number, report: PageReport | null, enabled: boolean): Promise<void> {
  const isRepost = enabled && report?.analysis?.isRepost === true;
  try {
    await browser.action.setBadgeText({ tabId, text: isRepost ? '↻' : '' });
    if (isRepost) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#c2410c' });
      await browser.action.setTitle({ tabId, title: `Repost Lens — ${report?.analysis?.original.publisher ?? 'repost'}` });
    } else {
      await browser.action.setTitle({ tabId, title: 'Repost Lens' });
    }
  } catch {
    // The tab closed meanwhile.
  }
}
