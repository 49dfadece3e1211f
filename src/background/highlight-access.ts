/**
 * Which stored highlights a content script may change: only those of the article its tab shows
 * (the same matching as `listHighlightsForArticle`), or ones filed under its own page. A page
 * that compromised its content script must not be able to rewrite the reader's other notes.
 */
import type { ArticleKey, Highlight } from '../core/anchoring/types';
import { normalizePageUrl } from '../core/text/page-url';
import { sameArticle } from '../core/text/text-fingerprint';
import { HandlerError, type Sender } from '../messaging/handlers';
import { getTab } from './tab-registry';

/** Whether a highlight filed under `owner` belongs to the article `shown`. */
export function belongsToArticle(owner: ArticleKey, shown: ArticleKey): boolean {
  const shownUrls = [shown.pageUrl, shown.originalUrl].filter(Boolean);
  return (
    shownUrls.includes(owner.pageUrl) ||
    (owner.originalUrl !== undefined && shownUrls.includes(owner.originalUrl)) ||
    sameArticle(owner.fingerprint, shown.fingerprint)
  );
}

/** Throws `forbidden` unless the sending tab shows the article `highlight` belongs to. */
export async function assertTabMayEdit(sender: Sender, highlight: Highlight): Promise<void> {
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number') throw new HandlerError('forbidden', 'not sent from a tab');
  const shown = (await getTab(tabId))?.article;
  if (shown && belongsToArticle(highlight.article, shown)) return;
  const senderUrl = sender.url ? normalizePageUrl(sender.url) : null;
  if (senderUrl && senderUrl === highlight.article.pageUrl) return;
  throw new HandlerError('forbidden', 'highlight does not belong to the sending page');
}
