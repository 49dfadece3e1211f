/**
 * The only script the manifest declares for every http(s) page: a few KB, and almost no work.
 * It takes a cheap look at the page (looksLikeArticle: a handful of native queries). On an
 * article it sends the page's snapshot (its serialized DOM) to the background, which analyses it
 * OFF the page's main thread and files the report; the page pays for one native serialization.
 * The content bundle (highlighter and its UI) comes only where it is needed: stored highlights
 * (the background checks), the reader's first selection, a command or a scroll request from the
 * panel (relay.ts). On a page that is not an article it sends nothing. Everything it starts stops
 * together (lifetime.ts).
 */
import { looksLikeArticle } from '../core/analysis/looks-like-article';
import { extensionAlive, requestContent, sendSnapshot, tellMoved } from './ask-background';
import { LOADER_KEY, readHandoff, writeHandoff, type ContentReason } from './handoff';
import { relayToContent } from './relay';
import { serializePage } from './snapshot';
import { createLifetime } from './lifetime';
import { yieldToPage } from './yield-to-page';

/** Quiet time after a single-page app changed address before looking again, ms. */
const SETTLE_MS = 600;
/**
 * Marks a started loader on the isolated world's global; once started it holds the wake-up the
 * background calls after a same-document navigation (src/background/wake-loader.ts).
 */
const STARTED = Symbol.for(LOADER_KEY);

function start(): void {
  const g = globalThis as Record<symbol, unknown>;
  if (window.top !== window || g[STARTED]) return;
  g[STARTED] = true;
  const life = createLifetime(extensionAlive);
  let article = false;
  let selectionAsked = false;
  let relaying = false;

  /** The extension went away (reloaded, updated, removed): stop everything. */
  const gone = (): boolean => !life.alive();
  const contentStarted = (): boolean => readHandoff()?.contentStarted === true;

  const ask = (reason: ContentReason): void => {
    if (gone() || contentStarted()) return;
    if (reason !== 'page' && !relaying) {
      // The bundle is on its way: commands sent meanwhile wait for it.
      relayToContent(life.signal, () => article);
      relaying = true;
    }
    writeHandoff({ ...readHandoff(), reason, looksLikeArticle: article });
    void requestContent(reason);
  };

  const look = (navigated: boolean): void => {
    article = looksLikeArticle(document);
    if (!article) {
      // On a fresh page that is not an article the loader says nothing at all (no extension API
      // is touched: their bindings alone cost milliseconds). The background learns of the load
      // from the tab (tabs.onUpdated), records "not an article" for the panel and brings the
      // bundle only when highlights are stored for the page. A single-page app that moved to
      // such a page is told to the background, so the panel drops the article it showed.
      if (navigated) ask('page');
      return;
    }
    if (!contentStarted()) writeHandoff({ ...readHandoff(), reason: readHandoff()?.reason ?? 'article', looksLikeArticle: true });
    // Three short tasks instead of one long one, the page running in between: the extension's
    // API bindings (created on first use), the serialization, the message (its copy and send).
    void (async () => {
      await yieldToPage();
      if (gone()) return;
      // Scroll requests from the panel (figures, evidence) bring the bundle on demand.
      if (!relaying) relayToContent(life.signal, () => article);
      relaying = true;
      await yieldToPage();
      const html = serializePage(document);
      await yieldToPage();
      if (!gone()) void sendSnapshot(location.href, html);
    })();
  };

  // The reader's first selection (a real one: page scripts cannot fake a trusted event).
  const onPointerUp = (event: Event): void => {
    if (!event.isTrusted || selectionAsked || gone() || contentStarted()) return;
    // The selection is final once the event has been handled.
    setTimeout(() => {
      const selection = document.getSelection();
      if (selectionAsked || !selection || selection.isCollapsed || !selection.toString().trim()) return;
      selectionAsked = true;
      ask('selection');
    }, 0);
  };
  life.listen(document, 'mouseup', onPointerUp, true);
  life.listen(document, 'keyup', onPointerUp, true);

  // A single-page app may show another article later: look again after it changed address.
  // Chromium tells the page itself (the Navigation API's navigatesuccess, back and forward
  // included). Firefox has no Navigation API: its background sees the same-document move in
  // tabs.onUpdated and wakes the loader through the hook below (scripting.executeScript runs in
  // this isolated world, so the page can neither see nor call it). No timer polls, no listener
  // runs on a page that stays where it is.
  let timer: ReturnType<typeof setTimeout> | undefined;
  // document.URL, not location: the Location interface is one more binding a page pays for.
  let lastUrl = document.URL.split('#')[0];
  let lookPending = false;
  /**
   * The address moved (not just its #fragment): tell the background (the panel shows the tab as
   * loading) and look again once the app settled. True while such a look is pending, for the
   * background's wake-up (wake-loader.ts), which may come after navigatesuccess did the same.
   */
  const onNavigate = (): boolean => {
    if (gone()) return false;
    const url = location.href.split('#')[0];
    if (url === lastUrl) return lookPending;
    lastUrl = url;
    clearTimeout(timer);
    lookPending = true;
    tellMoved(location.href);
    timer = setTimeout(() => {
      lookPending = false;
      look(true);
    }, SETTLE_MS);
    return true;
  };
  g[STARTED] = onNavigate;
  const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
  if (navigation) life.listen(navigation, 'navigatesuccess', onNavigate);
  life.onStop(() => {
    clearTimeout(timer);
    g[STARTED] = true;
  });

  look(false);
}

start();
