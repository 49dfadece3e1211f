/**
 * The only script the manifest declares for every http(s) page: a few KB, and almost no work.
 * It takes a cheap look at the page (looksLikeArticle: a handful of native queries). On an
 * article it sends the page's snapshot (its serialized DOM) to the background, which analyses it
 * OFF the page's main thread and files the report; the page pays for one native serialization.
 * The content bundle (highlighter and its UI) comes only where it is needed: stored highlights
 * (the background checks), the reader's first selection, a command or a scroll request from the
 * panel (relay.ts). On a page that is not an article it sends nothing. Everything it starts stops
 * together (lifetime.ts).
 *
 * Why the code is laid out as it is: on a page that is not an article the reader pays for what
 * runs, and V8 compiles a function only when it is first called. So the path every page takes
 * (start → looksLikeArticle → three listeners) calls nothing else; the lifetime, the messages, the
 * relay and the snapshot are compiled only on a page that needs them. Measured cold (npm run
 * bench), this layout and a written-out selector list took the loader from 1.3–1.7 ms to
 * 0.9–1.0 ms on a page that is not an article.
 */
import { looksLikeArticle } from '../core/analysis/looks-like-article';
import { extensionAlive, requestContent, sendSnapshot, tellMoved } from './ask-background';
import { LOADER_KEY, readHandoff, writeHandoff, type ContentReason } from './handoff';
import { relayToContent } from './relay';
import { serializePage } from './snapshot';
import { createLifetime, type Lifetime } from './lifetime';
import { yieldToPage } from './yield-to-page';

/** Quiet time after a single-page app changed address before looking again, ms. */
const SETTLE_MS = 600;
/**
 * Marks a started loader on the isolated world's global; once started it holds the wake-up the
 * background calls after a same-document navigation (src/background/wake-loader.ts).
 */
const STARTED = Symbol.for(LOADER_KEY);

type Hooks = Record<symbol, unknown>;
type NavigationTarget = EventTarget | undefined;

/** The loader's state: one loader per isolated world. */
let article = false;
let selectionAsked = false;
let relaying = false;
let lastUrl = '';
let lookPending = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let navigation: NavigationTarget;
let life: Lifetime | undefined;

/**
 * Everything the loader started, stopped together (the extension reloaded, updated, removed).
 * Made on first need: a page that is not an article and is never selected on does not pay for it.
 */
function lifetime(): Lifetime {
  if (life) return life;
  life = createLifetime(extensionAlive);
  life.onStop(() => {
    document.removeEventListener('mouseup', onPointerUp, true);
    document.removeEventListener('keyup', onPointerUp, true);
    navigation?.removeEventListener('navigatesuccess', onNavigate);
    clearTimeout(timer);
    (globalThis as Hooks)[STARTED] = true;
  });
  return life;
}

/** The extension went away: everything has stopped. */
const gone = (): boolean => !lifetime().alive();
const contentStarted = (): boolean => readHandoff()?.contentStarted === true;

/** Commands sent to the page (scroll requests from the panel) bring the bundle on demand. */
function relay(): void {
  if (relaying) return;
  relaying = true;
  relayToContent(lifetime().signal, () => article);
}

function ask(reason: ContentReason): void {
  if (gone() || contentStarted()) return;
  // The bundle is on its way: commands sent meanwhile wait for it.
  if (reason !== 'page') relay();
  writeHandoff({ ...readHandoff(), reason, looksLikeArticle: article });
  void requestContent(reason);
}

/**
 * Three short tasks instead of one long one, the page running in between: the extension's API
 * bindings (created on first use), the serialization, the message (its copy and send).
 */
async function sendArticle(): Promise<void> {
  if (!contentStarted()) writeHandoff({ ...readHandoff(), reason: readHandoff()?.reason ?? 'article', looksLikeArticle: true });
  await yieldToPage();
  if (gone()) return;
  relay();
  await yieldToPage();
  const html = serializePage(document);
  await yieldToPage();
  if (!gone()) void sendSnapshot(location.href, html);
}

/** Looks again after a single-page app moved: an article is sent, anything else is told. */
function lookAgain(): void {
  article = looksLikeArticle(document);
  // A single-page app that moved to a page that is not an article is told to the background, so
  // the panel drops the article it showed, and so does the bundle if it is here already.
  if (article) void sendArticle();
  else if (contentStarted()) void requestContent('page');
  else ask('page');
}

/** The reader's first selection (a real one: page scripts cannot fake a trusted event). */
function onPointerUp(event: Event): void {
  if (!event.isTrusted || selectionAsked || gone() || contentStarted()) return;
  // The selection is final once the event has been handled.
  setTimeout(() => {
    const selection = document.getSelection();
    if (selectionAsked || !selection || selection.isCollapsed || !selection.toString().trim()) return;
    selectionAsked = true;
    ask('selection');
  }, 0);
}

/**
 * A single-page app may show another article later: look again after it changed address (not
 * just its #fragment). Tell the background at once (the panel shows the tab as loading) and look
 * once the app settled. True while such a look is pending, for the background's wake-up
 * (wake-loader.ts), which may come after navigatesuccess did the same.
 */
function onNavigate(): boolean {
  if (gone()) return false;
  const url = location.href.split('#')[0] as string;
  if (url === lastUrl.split('#')[0]) return lookPending;
  lastUrl = url;
  clearTimeout(timer);
  lookPending = true;
  tellMoved(location.href);
  timer = setTimeout(() => {
    lookPending = false;
    lookAgain();
  }, SETTLE_MS);
  return true;
}

function start(): void {
  const g = globalThis as Hooks;
  if (window.top !== window || g[STARTED]) return;
  // The wake-up the background calls after a same-document move; also marks the loader started.
  g[STARTED] = onNavigate;
  // document.URL, not location: the Location interface is one more binding a page pays for.
  // Its #fragment is cut when an address is compared, not here, on every page.
  lastUrl = document.URL;
  document.addEventListener('mouseup', onPointerUp, true);
  document.addEventListener('keyup', onPointerUp, true);
  // Where the browser has the Navigation API, the page itself is told of a same-document move
  // (navigatesuccess, back and forward included). Where it is missing the background sees the move
  // in tabs.onUpdated and wakes the loader through the hook above (scripting.executeScript runs in
  // this isolated world, so the page can neither see nor call it). No timer polls.
  navigation = (window as unknown as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', onNavigate);
  // On a fresh page that is not an article the loader says nothing at all (no extension API is
  // touched: their bindings alone cost milliseconds). The background learns of the load from the
  // tab (tabs.onUpdated), records "not an article" for the panel and brings the bundle only when
  // highlights are stored for the page.
  article = looksLikeArticle(document);
  if (article) void sendArticle();
}

start();
