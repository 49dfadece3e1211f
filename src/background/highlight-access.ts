/**
 * Who may touch which highlight. A content script speaks for a page, and page content is hostile
 * (a compromised content script says whatever its page wants), so what it may read or change is
 * derived from facts the browser and the background hold — the tab id and `sender.url` the
 * browser attaches, and the background's own record of that tab's accepted report — never from
 * what the message claims.
 */
import type { ArticleKey } from '../core/anchoring/types';
import { normalizePageUrl } from '../core/text/page-url';
import { sameArticle } from '../core/text/text-fingerprint';
import { HandlerError, type Sender } from '../messaging/handlers';
import { getTab } from './tab-registry';

/**
 * Whether a highlight filed under `owner` belongs to the article `shown`: made on this very page,
 * or on a copy whose text matches. Claimed links (canonical, "original") are not evidence.
 */
export function belongsToArticle(owner: ArticleKey, shown: ArticleKey): boolean {
  return owner.pageUrl === shown.pageUrl || sameArticle(owner.fingerprint, shown.fingerprint);
}

/**
 * What a content script may act on: its tab, its origin, its page's normalised URL and that
 * page's article (if reported). The origin is the trust boundary: a page can move itself to any
 * address of its own origin (history.pushState) without the browser updating `sender.url`, and
 * to no address of another origin.
 */
export type TabScope = { kind: 'tab'; tabId: number; origin: string; pageUrl: string; article: ArticleKey | null };
/** Our own extension pages (side panel, popup): the reader's full authority. */
export type UiScope = { kind: 'ui' };
export type Scope = TabScope | UiScope;

/** The origin of an http(s) URL, or null. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The scope of a content-script sender, from the browser-attached sender fields and the tab record. */
export async function tabScopeOf(sender: Sender): Promise<TabScope> {
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number') throw new HandlerError('forbidden', 'not sent from a tab');
  const origin = originOf(sender.url);
  const senderPage = sender.url ? normalizePageUrl(sender.url) : null;
  if (!origin || !senderPage) throw new HandlerError('forbidden', 'not sent from an http(s) page');
  const entry = await getTab(tabId);
  // The tab's record counts only while the tab still shows a page of the origin it was made for.
  const recorded = entry && originOf(entry.url) === origin ? normalizePageUrl(entry.url) : null;
  if (!entry || !recorded) return { kind: 'tab', tabId, origin, pageUrl: senderPage, article: null };
  // The loader found no article here (the background recorded that itself): the page's own key,
  // by its address, so the records made on this very page come back.
  const article = entry.article ?? (entry.skipped === 'not-article' ? { pageUrl: recorded, fingerprint: '' } : null);
  return { kind: 'tab', tabId, origin, pageUrl: recorded, article };
}

/** Throws `forbidden` unless a record filed under `owner` belongs to the scope's article. */
export function assertMayTouch(scope: Scope, owner: ArticleKey): void {
  if (scope.kind === 'ui') return;
  if (scope.article ? belongsToArticle(owner, scope.article) : owner.pageUrl === scope.pageUrl) return;
  throw new HandlerError('forbidden', 'highlight does not belong to the sending page');
}
