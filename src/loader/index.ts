/**
 * The only script the manifest declares for every http(s) page: a few KB, and almost no work.
 * It takes a cheap look at the page (looksLikeArticle: a handful of native queries) and asks the
 * background for the content bundle (analysis, highlighter and its UI) only where it is needed:
 * an article, a page with stored highlights (the background checks), or the reader's first
 * selection. Everything else about the extension stays out of pages that are not articles.
 */
import { looksLikeArticle } from '../core/analysis/looks-like-article';
import { extensionAlive, requestContent } from './ask-background';
import { readHandoff, writeHandoff, type ContentReason } from './handoff';

/** Quiet time after a single-page app changed address before looking again, ms. */
const SETTLE_MS = 600;

function start(): void {
  if (window.top !== window || readHandoff()?.contentStarted) return;
  const stop = new AbortController();
  const listen = { capture: true, passive: true, signal: stop.signal } as const;
  let asking = false;
  let article = false;

  const done = (): boolean => {
    if (stop.signal.aborted) return true;
    if (readHandoff()?.contentStarted || !extensionAlive()) {
      stop.abort();
      return true;
    }
    return false;
  };

  const ask = (reason: ContentReason): void => {
    if (asking || done()) return;
    asking = true;
    writeHandoff({ reason, looksLikeArticle: article });
    void requestContent(reason).then((injected) => {
      asking = false;
      // Injected, or refused because the site is switched off: either way nothing more to do here.
      if (injected || reason !== 'page') stop.abort();
    });
  };

  const look = (): void => {
    if (done()) return;
    article = looksLikeArticle(document);
    ask(article ? 'article' : 'page');
  };

  // The reader's first selection (a real one: page scripts cannot fake a trusted event).
  const onPointerUp = (event: Event): void => {
    if (!event.isTrusted || done()) return;
    // The selection is final once the event has been handled.
    setTimeout(() => {
      const selection = document.getSelection();
      if (selection && !selection.isCollapsed && selection.toString().trim()) ask('selection');
    }, 0);
  };
  document.addEventListener('mouseup', onPointerUp, listen);
  document.addEventListener('keyup', onPointerUp, listen);

  // A single-page app may show an article later: look again after it changed address.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastUrl = location.href.split('#')[0];
  const onNavigate = (): void => {
    const url = location.href.split('#')[0];
    if (url === lastUrl || done()) return;
    lastUrl = url;
    clearTimeout(timer);
    timer = setTimeout(look, SETTLE_MS);
  };
  const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', onNavigate, { signal: stop.signal });
  window.addEventListener('popstate', onNavigate, { signal: stop.signal });
  stop.signal.addEventListener('abort', () => clearTimeout(timer));

  look();
}

start();
