/** The toolbar badge marks reposts on the tab that shows one. */
import browser from '../platform/browser';
import type { PageReport } from '../messaging/protocol';

export async function updateBadge(tabId: number, report: PageReport | null, enabled: boolean): Promise<void> {
  const isRepost = enabled && report?.analysis?.isRepost === true;
  try {
    await browser.action.setBadgeText({ tabId, text: isRepost ? '↻' : '' });
    if (isRepost) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#c2410c' });
      const original = report?.analysis?.original.publisher ?? report?.analysis?.original.author;
      const title = original ? browser.i18n.getMessage('badgeRepost', [original]) : browser.i18n.getMessage('badgeRepostUnknown');
      await browser.action.setTitle({ tabId, title: title || 'Repost Lens' });
    } else {
      await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') || 'Repost Lens' });
    }
  } catch {
    // The tab closed meanwhile.
  }
}
