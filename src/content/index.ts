/**
 * The content bundle: analysis, scroll-and-flash and in-page highlighting. Not declared in the
 * manifest — the page loader (src/loader) asks for it and the background injects it into the
 * isolated world where it is needed: an article, a page with stored highlights, the reader's
 * first selection, the highlight command. Adds nothing to the page's DOM; talks to the background
 * only through the protocol. Everything it starts stops with one lifecycle (the extension
 * reloaded, updated or removed).
 */
import browser from '../platform/browser';
import { callBackgroundFromContent } from '../messaging/client';
import { registerHandlers } from '../messaging/handlers';
import { readHandoff, writeHandoff } from '../loader/handoff';
import type { PageReading } from '../core/page-reading';
import { analyseDocument } from './run-analysis';
import { locateRange, scrollToAndFlash } from './scroll-to';
import { articleKeyOf } from './article-key';
import { startHighlights } from './highlights/start-highlights';
import { watchUrlChanges } from './watch-url';
import { createLifecycle, type Lifecycle } from './lifecycle';
import { getSettings, updateSettings } from '../settings/settings-store';
import { showRepostNotice, wantsNotice } from './repost-notice';

function extensionAlive(): boolean {
  return Boolean(browser.runtime?.id);
}

function whenIdle(run: () => void, life: Lifecycle): void {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  const go = (): void => {
    if (life.alive()) run();
  };
  if (ric) {
    const id = ric(go, { timeout: 2000 });
    life.onStop(() => (globalThis as { cancelIdleCallback?: (id: number) => void }).cancelIdleCallback?.(id));
  } else {
    const id = setTimeout(go, 50);
    life.onStop(() => clearTimeout(id));
  }
}

/** Starts the content side on this page; returns its lifecycle (stop() ends everything). */
export function startContent(): Lifecycle | null {
  if (window.top !== window) return null;
  const handoff = readHandoff();
  if (handoff?.contentStarted) return null;
  writeHandoff({ reason: handoff?.reason ?? 'page', looksLikeArticle: handoff?.looksLikeArticle ?? false, contentStarted: true });

  const life = createLifecycle(extensionAlive);
  // The extension went away (reloaded, updated): the first event we see stops everything. These
  // listeners come first, so they run before the highlighter's own on the same event.
  const check = (): void => void life.alive();
  for (const type of ['mouseup', 'keyup', 'visibilitychange'] as const) {
    document.addEventListener(type, check, { capture: true, passive: true, signal: life.signal });
  }

  const highlights = startHighlights(document);
  life.onStop(() => highlights.destroy());
  let reading: PageReading | null = null;

  const stopHandlers = registerHandlers(
    'to-content',
    {
      scrollToLocation: ({ location, text }) => {
        const range = locateRange(document, location, text, reading && reading.stillCurrent() ? reading.bodyIndex() : undefined);
        if (range) scrollToAndFlash(document, range);
        return { found: Boolean(range) };
      },
      scrollToHighlight: ({ id, menu }) => (menu ? highlights.openMenuFor(id).then((found) => ({ found })) : { found: highlights.scrollTo(id) }),
      highlightSelection: ({ color }) => highlights.highlightSelection(color).then((created) => ({ created })),
      reattachOrphan: ({ id }) => highlights.reattach(id).then((reattached) => ({ reattached })),
      highlightsChanged: (change) => {
        void highlights.apply(change);
        return null;
      },
    },
    (sender) => sender.id === browser.runtime.id,
  );
  life.onStop(stopHandlers);

  let run: AbortController | null = null;
  const analyse = (knownArticle: boolean): void => {
    run?.abort();
    const current = (run = new AbortController());
    life.onStop(() => current.abort());
    void analyseDocument(document, location.href, { signal: current.signal, knownArticle }).then((outcome) => {
      if (current.signal.aborted || !life.alive()) return;
      if (!outcome) {
        // Not an article (a single-page app moved to a page that is none, or the reader selected
        // text on one): the background records that for the panel instead of the old verdict.
        void callBackgroundFromContent('requestContent', { reason: 'page' });
        return;
      }
      reading = outcome.reading;
      const { article } = outcome.report;
      // After the background has filed the page: an anchoring report sent earlier would be dropped.
      void callBackgroundFromContent('pageAnalysed', { page: outcome.report }).then(() => {
        if (article && life.alive()) highlights.attach(article, outcome.reading.articleRoot());
      });
      void showNoticeIfWanted(outcome.report);
    });
  };

  // The optional in-page repost notice (off by default: its host is a node the page can see).
  let removeNotice: (() => void) | null = null;
  life.onStop(() => removeNotice?.());
  const showNoticeIfWanted = async (report: Parameters<typeof wantsNotice>[1]): Promise<void> => {
    const settings = await getSettings();
    removeNotice?.();
    removeNotice = null;
    if (!life.alive() || !wantsNotice(settings, report)) return;
    removeNotice = showRepostNotice(document, report, settings, (site) => {
      void getSettings().then((now) => updateSettings({ noticeDismissedSites: [...now.noticeDismissedSites, site] }));
    });
  };

  const reason = handoff?.reason;
  if (reason === 'selection') highlights.offerSelection();
  if (reason === 'page') {
    // Not an article, but highlights are stored for this page: anchor them over the page's own key.
    const article = articleKeyOf(document);
    if (article) highlights.attach(article);
  } else {
    whenIdle(() => analyse(reason === 'article' && handoff?.looksLikeArticle === true), life);
  }
  // A single-page app showed another article: analyse again.
  life.onStop(watchUrlChanges(window, () => whenIdle(() => analyse(false), life)));
  return life;
}
