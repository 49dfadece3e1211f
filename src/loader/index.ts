/**
 * The only script the manifest declares for every http(s) page: a few KB, and almost no work.
 * It takes a cheap look at the page (looksLikeArticle: a handful of native queries). On an
 * article it sends the page's snapshot (its serialized DOM) to the background, which analyses it
 * OFF the page's main thread and files the report; the page pays for one native serialization.
 * The content bundle (highlighter and its UI) comes only where it is needed: stored highlights
 * (the background checks), the reader's first selection, a command or a scroll request from the
 * panel (relay.ts). On a page that is not an article it sends nothing. Everything it starts stops
 * with one AbortSignal.
 */
import { looksLikeArticle } from '../core/analysis/looks-like-article';
import { extensionAlive, requestContent, sendSnapshot } from './ask-background';
import { readHandoff, writeHandoff, type ContentReason } from './handoff';
import { relayToContent } from './relay';
import { serializePage } from './snapshot';

/** A new task: the page's own work runs first (`scheduler.yield` keeps our place in the queue). */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Quiet time after a single-page app changed address before looking again, ms. */
const SETTLE_MS = 600;
const STARTED = Symbol.for('repost-lens.loader');

function start(): void {
  const g = globalThis as Record<symbol, unknown>;
  if (window.top !== window || g[STARTED]) return;
  g[STARTED] = true;
  const stop = new AbortController();
  const listen = { capture: true, passive: true, signal: stop.signal } as const;
  let article = false;
  let selectionAsked = false;
  let relaying = false;

  /** The extension went away (reloaded, updated, removed): stop everything. */
  const gone = (): boolean => {
    if (stop.signal.aborted) return true;
    if (!extensionAlive()) {
      stop.abort();
      return true;
    }
    return false;
  };
  const contentStarted = (): boolean => readHandoff()?.contentStarted === true;

  const ask = (reason: ContentReason): void => {
    if (gone() || contentStarted()) return;
    if (reason !== 'page' && !relaying) {
      // The bundle is on its way: commands sent meanwhile wait for it.
      relayToContent(stop.signal, () => article);
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
      await nextTask();
      if (gone()) return;
      // Scroll requests from the panel (figures, evidence) bring the bundle on demand.
      if (!relaying) relayToContent(stop.signal, () => article);
      relaying = true;
      await nextTask();
      const html = serializePage(document);
      await nextTask();
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
  document.addEventListener('mouseup', onPointerUp, listen);
  document.addEventListener('keyup', onPointerUp, listen);

  // A single-page app may show another article later: look again after it changed address.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastUrl = location.href.split('#')[0];
  const onNavigate = (): void => {
    const url = location.href.split('#')[0];
    if (url === lastUrl || gone()) return;
    lastUrl = url;
    clearTimeout(timer);
    timer = setTimeout(() => look(true), SETTLE_MS);
  };
  const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', onNavigate, { signal: stop.signal });
  window.addEventListener('popstate', onNavigate, { signal: stop.signal });
  // No Navigation API (Firefox): a script cannot see the page's pushState, so compare the
  // address once a second while the tab is visible (a string comparison).
  const poll = navigation ? undefined : setInterval(() => document.visibilityState === 'visible' && onNavigate(), 1000);
  stop.signal.addEventListener('abort', () => {
    clearTimeout(timer);
    clearInterval(poll);
  });

  look(false);
}

start();
