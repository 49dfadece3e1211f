/**
 * The content bundle: the highlighter, its in-page UI, scroll-and-flash and the optional repost
 * notice. No analysis: the background analysed the page's snapshot off the main thread and holds
 * the tab's article key, which the bundle asks for. Not declared in the manifest — the background
 * injects it into the isolated world only where it is needed (stored highlights, the reader's
 * first selection, a command or a scroll request relayed by the loader, the notice setting).
 * Adds nothing to the page's DOM; talks to the background only through the protocol. Everything
 * it starts stops with one lifecycle (the extension reloaded, updated or removed).
 */
import browser from '../platform/browser';
import type { ArticleKey } from '../core/anchoring/types';
import { callBackgroundFromContent } from '../messaging/client';
import { createListener, registerHandlers, type Sender } from '../messaging/handlers';
import { readHandoff, writeHandoff } from '../loader/handoff';
import { locateRange, scrollToAndFlash } from './scroll-to';
import { articleKeyOf } from './article-key';
import { readPage } from '../core/page-reading';
import { yieldToPage } from '../loader/yield-to-page';
import { startHighlights } from './highlights/start-highlights';
import { createLifetime, type Lifetime } from '../loader/lifetime';
import { getSettings, updateSettings } from '../settings/settings-store';
import { showRepostNotice, wantsNotice } from './repost-notice';
import type { PageReport, ToContent } from '../messaging/protocol';
import type { Handlers } from '../messaging/handlers';

function extensionAlive(): boolean {
  return Boolean(browser.runtime?.id);
}

/** Starts the content side on this page; returns its lifecycle (stop() ends everything). */
export function startContent(): Lifetime | null {
  if (window.top !== window) return null;
  const handoff = readHandoff();
  if (handoff?.contentStarted) return null;
  const pending = handoff?.pending?.splice(0) ?? [];
  writeHandoff({ reason: handoff?.reason ?? 'page', looksLikeArticle: handoff?.looksLikeArticle ?? false, contentStarted: true });

  const life = createLifetime(extensionAlive);
  // The extension went away (reloaded, updated): the first event we see stops everything. These
  // listeners come first, so they run before the highlighter's own on the same event.
  const check = (): void => void life.alive();
  for (const type of ['mouseup', 'keyup', 'visibilitychange'] as const) {
    document.addEventListener(type, check, { capture: true, passive: true, signal: life.signal });
  }

  const highlights = startHighlights(document);
  life.onStop(() => highlights.destroy());

  /** The tab's article as the background filed it; on a page it did not analyse, the page's own key. */
  const attach = async (article: ArticleKey | null, ownKey: boolean): Promise<void> => {
    if (!life.alive()) return;
    if (!article) {
      const own = ownKey ? articleKeyOf(document) : null;
      if (own) await highlights.attach(own);
      return;
    }
    // The article root of the live page, found in slices (the text walk, then the root), each in
    // its own task: the background's key came from the snapshot, the ranges must be on this DOM.
    const reading = readPage(document);
    reading.bodyIndex();
    await yieldToPage();
    if (!life.alive()) return;
    const root = reading.articleRoot();
    await yieldToPage();
    if (life.alive()) await highlights.attach(article, root);
  };

  const handlers: Handlers<ToContent> = {
    scrollToLocation: ({ location, text }) => {
      const range = locateRange(document, location, text);
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
    articleChanged: ({ article }) => {
      // A single-page app moved on (the loader sent a new snapshot), or the analysis of this page
      // finished after the bundle arrived: re-attach to the article the background filed.
      void attach(article, true);
      if (article) void callBackgroundFromContent('getTabArticle', {}).then((r) => showNoticeIfWanted(r.ok ? r.value.report : null));
      return null;
    },
  };
  const fromExtension = (sender: Sender): boolean => sender.id === browser.runtime.id;
  life.onStop(registerHandlers('to-content', handlers, fromExtension));
  // What the loader took for us while we were being injected: answered once this page's stored
  // highlights are in place (a highlight made meanwhile must not race the first listing).
  const listener = createListener('to-content', handlers, fromExtension);
  const answerPending = (): void => {
    for (const { message, sender, respond } of pending.splice(0)) {
      const reply = listener(message, sender as Sender);
      if (reply) void reply.then(respond);
      else respond({ ok: false, error: { code: 'invalid', message: 'not a content message' } });
    }
  };

  // The optional in-page repost notice (off by default: its host is a node the page can see).
  let removeNotice: (() => void) | null = null;
  life.onStop(() => removeNotice?.());
  const showNoticeIfWanted = async (report: PageReport | null): Promise<void> => {
    const settings = await getSettings();
    removeNotice?.();
    removeNotice = null;
    if (!life.alive() || !report || !wantsNotice(settings, report)) return;
    removeNotice = showRepostNotice(document, report, settings, (site) => {
      void getSettings().then((now) => updateSettings({ noticeDismissedSites: [...now.noticeDismissedSites, site] }));
    });
  };

  if (handoff?.reason === 'selection') highlights.offerSelection();
  void callBackgroundFromContent('getTabArticle', {}).then(async (reply) => {
    const article = reply.ok ? reply.value.article : null;
    void showNoticeIfWanted(reply.ok ? reply.value.report : null);
    // No article filed yet on an article page: its analysis is running, `articleChanged` follows.
    await attach(article, !handoff?.looksLikeArticle);
    answerPending();
  });
  return life;
}
