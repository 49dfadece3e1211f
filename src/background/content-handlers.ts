/**
 * Handlers for what content scripts send (validated against the protocol before they run).
 * Every rule of who may do what is in highlight-access.ts and highlight-service.ts; here each
 * message is turned into the sender's scope and handed over.
 */
import type { Handlers, Sender } from '../messaging/handlers';
import { HandlerError } from '../messaging/handlers';
import type { ContentToBackground, PageReport } from '../messaging/protocol';
import { normalizePageUrl } from '../core/text/page-url';
import { openSidePanel } from '../platform/side-panel';
import { getSettings } from '../settings/settings-store';
import { siteAllowed } from '../settings/site-access';
import { getPage, putPage } from '../storage/pages-repo';
import { originOf, tabScopeOf } from './highlight-access';
import { listForTab, proveForTab, removeHighlight, restoreHighlight, saveHighlight, updateHighlight } from './highlight-service';
import { updateBadge } from './badge';
import { notifyTabStateChanged } from './notify';
import { insertPaintRules } from './page-styles';
import { forgetTab, getTab, setTabAnchoring, setTabNoteRequest, setTabPage, setTabRefused, setTabSkipped } from './tab-registry';
import { injectContent, isInjected } from './inject-content';
import { analyseSnapshot } from './analyse-snapshot';
import { siteOf } from '../settings/site-access';
import { listHighlightsForArticle } from '../storage/highlights-repo';
import { sendToTab } from '../messaging/client';
import type { Settings } from '../settings/schema';

function tabIdOf(sender: Sender): number {
  const id = sender.tab?.id;
  if (typeof id !== 'number') throw new HandlerError('forbidden', 'not sent from a tab');
  return id;
}

/**
 * A tab's report was refused (malformed, too large, or about another address): logged, and the
 * tab's old report is dropped so the panel says so rather than showing the previous article.
 */
export async function refuseReport(sender: Sender, reason: string): Promise<void> {
  const tabId = sender.tab?.id;
  console.warn('[Repost Lens] page report refused:', reason, sender.url);
  if (typeof tabId !== 'number') return;
  await setTabRefused(tabId, { url: sender.url ?? '', reason });
  await updateBadge(tabId, null, false);
  await notifyTabStateChanged(tabId);
}

/**
 * Why a report cannot be accepted from this sender, or null. A page may report any address of
 * its own origin (a single-page app moves with history.pushState, which `sender.url` does not
 * follow), never one of another origin; its article key must name the reported page.
 */
/**
 * Whether `url` is on the sending page's own site: what a page may speak for. Not its exact
 * address: a single-page app moves with history.pushState, which `sender.url` does not follow.
 */
function onSendersSite(url: string, sender: Sender): boolean {
  const from = originOf(sender.url);
  return Boolean(from) && originOf(url) === from;
}

function reportProblem(page: PageReport, sender: Sender): string | null {
  const from = originOf(sender.url);
  if (!from) return 'the sender is not an http(s) page';
  if (originOf(page.url) !== from) return 'the report is about another site than the page that sent it';
  if (page.article && page.article.pageUrl !== normalizePageUrl(page.url)) return 'the article key names another page than the one reported';
  return null;
}

/** Files a tab's report: stored for the panel and the history, the tab's article, the badge. */
async function fileReport(tabId: number, page: PageReport, sender: Sender): Promise<void> {
  const problem = reportProblem(page, sender);
  if (problem) {
    await refuseReport(sender, problem);
    throw new HandlerError('forbidden', problem);
  }
  await putPage(page);
  await setTabPage(tabId, page.url, page.article);
  await updateBadge(tabId, page, (await getSettings()).badge);
  await notifyTabStateChanged(tabId);
}

/** The optional in-page repost notice wants the content bundle on this page. */
function wantsNotice(settings: Settings, page: PageReport): boolean {
  return settings.repostNotice && page.analysis?.isRepost === true && !settings.noticeDismissedSites.includes(siteOf(page.url));
}

/**
 * Tabs whose loader said its single-page app moved (pageMoved) and will report the new address:
 * the tab's "complete" event for that move must not record it as "not an article" meanwhile.
 * An entry counts for MOVE_REPORT_MS (the loader's settle time and a snapshot's analysis).
 */
const movedTo = new Map<number, { url: string; at: number }>();
const MOVE_REPORT_MS = 10_000;

function awaitingMoveReport(tabId: number, pageUrl: string): boolean {
  const moved = movedTo.get(tabId);
  return moved !== undefined && moved.url === pageUrl && Date.now() - moved.at < MOVE_REPORT_MS;
}

/** The newest snapshot of each tab: an older one still being analysed is not filed over it. */
const latestSnapshot = new Map<number, number>();
let snapshotCount = 0;

function topFrameOnly(sender: Sender): void {
  if (sender.frameId !== undefined && sender.frameId !== 0) throw new HandlerError('forbidden', 'top frame only');
}

export const contentHandlers: Handlers<ContentToBackground> = {
  async pageAnalysed({ page }, sender) {
    const tabId = tabIdOf(sender);
    await fileReport(tabId, page, sender);
    return { tabId };
  },

  // The loader's snapshot of an article page: analysed here, off the page (analyse-snapshot.ts).
  async pageSnapshot({ url, html }, sender) {
    topFrameOnly(sender);
    const tabId = tabIdOf(sender);
    if (!onSendersSite(url, sender)) throw new HandlerError('forbidden', 'the snapshot is about another site than the page that sent it');
    const pageUrl = normalizePageUrl(url);
    if (!pageUrl) throw new HandlerError('forbidden', 'not an http(s) page');
    const settings = await getSettings();
    if (!siteAllowed(settings, pageUrl)) {
      await setTabSkipped(tabId, pageUrl, 'disabled');
      await updateBadge(tabId, null, false);
      await notifyTabStateChanged(tabId);
      return { analysed: false, injected: false };
    }
    const ticket = ++snapshotCount;
    latestSnapshot.set(tabId, ticket);
    const result = await analyseSnapshot(url, html);
    if (latestSnapshot.get(tabId) !== ticket) return { analysed: false, injected: false };
    const page = result.ok ? result.value : null;
    try {
      // Still marked while filing: the tab's load event (pageLoaded) must not record it as no article meanwhile.
      if (!page) await refuseReport(sender, `the analysis failed: ${result.ok ? '' : result.error.message}`);
      else await fileReport(tabId, page, sender);
      movedTo.delete(tabId);
    } finally {
      if (latestSnapshot.get(tabId) === ticket) latestSnapshot.delete(tabId);
    }
    if (!page) throw new HandlerError('internal', result.ok ? 'no report' : result.error.message);
    const documentId = (sender as { documentId?: string }).documentId;
    // The bundle (highlighter, in-page UI) only where it is needed: it is there already (a
    // single-page app moved on: tell it), highlights are stored for this article, or the reader
    // asked for the in-page notice. The panel's scroll requests bring it on demand (the loader).
    if (await isInjected(tabId, documentId)) {
      await sendToTab(tabId, 'articleChanged', { article: page.article });
      return { analysed: true, injected: true };
    }
    const wanted = wantsNotice(settings, page) || (page.article !== null && (await listHighlightsForArticle(page.article)).length > 0);
    const injected = wanted && (await injectContent({ tabId, pageUrl: sender.url, documentId }));
    return { analysed: true, injected };
  },

  async pageMoved({ url }, sender) {
    topFrameOnly(sender);
    const tabId = tabIdOf(sender);
    const pageUrl = normalizePageUrl(url);
    if (!pageUrl || !onSendersSite(url, sender)) throw new HandlerError('forbidden', 'the move is about another site than the page that sent it');
    movedTo.set(tabId, { url: pageUrl, at: Date.now() });
    if (await forgetTab(tabId)) await notifyTabStateChanged(tabId);
    return null;
  },

  async getTabArticle(_payload, sender) {
    const tab = await getTab(tabIdOf(sender));
    // Only the record of this page's site: never another site's article key.
    if (!tab || originOf(tab.url) !== originOf(sender.url) || !tab.article) return { article: null, report: null };
    return { article: tab.article, report: (await getPage(tab.url))?.report ?? null };
  },

  async listHighlightsForArticle(_payload, sender) {
    return listForTab(await tabScopeOf(sender));
  },

  async proveQuotes({ proofs }, sender) {
    return proveForTab(await tabScopeOf(sender), proofs);
  },

  async saveHighlight({ highlight }, sender) {
    return saveHighlight(await tabScopeOf(sender), highlight);
  },

  async anchoringReported(report, sender) {
    const tabId = tabIdOf(sender);
    await setTabAnchoring(tabId, report);
    await notifyTabStateChanged(tabId);
    return null;
  },

  // In-page menu edits: the sending tab already shows the change, so it is not notified back.
  async updateHighlight({ id, patch }, sender) {
    return updateHighlight(await tabScopeOf(sender), id, patch);
  },

  async deleteHighlight({ id }, sender) {
    return removeHighlight(await tabScopeOf(sender), id);
  },

  async restoreHighlight({ highlight }, sender) {
    return restoreHighlight(await tabScopeOf(sender), highlight);
  },

  openNoteEditor({ id }, sender) {
    const tabId = tabIdOf(sender);
    // Synchronously, before any await: the browser lets the panel open only inside the reader's
    // gesture (Chrome forwards a content script's click with its message; Firefox does not).
    const opening = openSidePanel({ tabId, ...(sender.tab?.windowId !== undefined ? { windowId: sender.tab.windowId } : {}) })
      .then(() => true, () => false);
    return (async () => {
      await setTabNoteRequest(tabId, id, Date.now());
      await notifyTabStateChanged(tabId);
      return { opened: await opening };
    })();
  },

  async insertHighlightStyles({ rules }, sender) {
    return { inserted: await insertPaintRules(tabIdOf(sender), sender.frameId ?? 0, rules) };
  },

  // The page loader asks for the content bundle; top frame only (the loader runs nowhere else).
  async requestContent({ reason, url }, sender) {
    topFrameOnly(sender);
    const tabId = tabIdOf(sender);
    // The page's address as the loader reads it now: after a single-page app moved, the sender's
    // URL may still name the document's first address (both browsers).
    if (!onSendersSite(url, sender)) throw new HandlerError('forbidden', 'the request is about another site than the page that sent it');
    const pageUrl = normalizePageUrl(url);
    if (!pageUrl) throw new HandlerError('forbidden', 'not an http(s) page');
    // Switched off: nothing goes into the page; the panel says why it shows nothing.
    if (!siteAllowed(await getSettings(), pageUrl)) {
      await setTabSkipped(tabId, pageUrl, 'disabled');
      await updateBadge(tabId, null, false);
      await notifyTabStateChanged(tabId);
      return { injected: false };
    }
    // The loader's cheap check found no article: the panel says so (and lists this page's
    // highlights). Recorded before injecting: the bundle's first request relies on it.
    if (reason === 'page') {
      movedTo.delete(tabId);
      await setTabSkipped(tabId, pageUrl, 'not-article');
    }
    const documentId = (sender as { documentId?: string }).documentId;
    // A single-page app moved from an article to a page that is none: the bundle there lets go of it.
    if (reason === 'page' && (await isInjected(tabId, documentId))) await sendToTab(tabId, 'articleChanged', { article: null });
    const injected = await injectContent({ tabId, pageUrl: url, documentId, onlyWithHighlights: reason === 'page' });
    if (reason === 'page') await notifyTabStateChanged(tabId);
    return { injected };
  },
};

/**
 * A tab finished loading a page (tabs.onUpdated "complete"; host access shows us its address).
 * The loader says nothing on a page that is not an article, so this is where such a page is
 * recorded for the panel ("not an article", listing the page's own highlights) and where the
 * bundle is brought when highlights are stored for it. A page whose snapshot is being analysed
 * or was filed already is left alone; a report filed later replaces the record.
 */
export async function pageLoaded(tabId: number, url: string | undefined): Promise<void> {
  const pageUrl = url ? normalizePageUrl(url) : null;
  if (!pageUrl || latestSnapshot.has(tabId) || awaitingMoveReport(tabId, pageUrl)) return;
  const settings = await getSettings();
  const entry = await getTab(tabId);
  // Checked again after the awaits: a snapshot may have arrived (or been filed) meanwhile.
  if (latestSnapshot.has(tabId) || awaitingMoveReport(tabId, pageUrl) || (entry && normalizePageUrl(entry.url) === pageUrl)) return;
  if (!siteAllowed(settings, pageUrl)) {
    await setTabSkipped(tabId, pageUrl, 'disabled');
    await updateBadge(tabId, null, false);
    await notifyTabStateChanged(tabId);
    return;
  }
  await setTabSkipped(tabId, pageUrl, 'not-article');
  await notifyTabStateChanged(tabId);
  await injectContent({ tabId, pageUrl: url, onlyWithHighlights: true });
}
