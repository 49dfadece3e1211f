/**
 * Content script entry (top frame of http(s) pages). Costs almost nothing until the page is
 * idle; adds nothing to the page's DOM; talks to the background only through the protocol.
 */
import browser from '../platform/browser';
import { callBackgroundFromContent } from '../messaging/client';
import { registerHandlers } from '../messaging/handlers';
import { analyseDocument } from './run-analysis';
import { locateRange, scrollToAndFlash } from './scroll-to';
import { articleKeyOf } from './article-key';
import { startHighlights } from './highlights/start-highlights';
import { watchUrlChanges } from './watch-url';
import { notArticleReport } from './not-article-report';
import { normalizePageUrl } from '../core/text/page-url';
import { getSettings, updateSettings } from '../settings/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { showRepostNotice, wantsNotice } from './repost-notice';
import { siteAllowed } from '../settings/site-access';

function whenIdle(run: () => void): void {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  if (ric) ric(run, { timeout: 2000 });
  else setTimeout(run, 50);
}

function main(settings: Settings): void {
  if (window.top !== window) return;
  const highlights = startHighlights(document);
  registerHandlers(
    'to-content',
    {
      scrollToLocation: ({ location, text }) => {
        const range = locateRange(document, location, text);
        if (range) scrollToAndFlash(document, range);
        return { found: Boolean(range) };
      },
      scrollToHighlight: ({ id }) => ({ found: highlights.scrollTo(id) }),
      highlightSelection: ({ color }) => highlights.highlightSelection(color).then((created) => ({ created })),
      reattachOrphan: ({ id }) => highlights.reattach(id).then((reattached) => ({ reattached })),
      highlightsChanged: () => {
        void highlights.reload();
        return null;
      },
    },
    (sender) => sender.id === browser.runtime.id,
  );
  let removeNotice: (() => void) | null = null;
  const analyse = (): void => {
    const report = analyseDocument(document, location.href, articleKeyOf) ?? notArticleReport(document, location.href);
    if (!report) return;
    // Not an article: highlights made on this very page still come back (found by its address).
    const pageUrl = report.article ? null : normalizePageUrl(location.href);
    const article = report.article ?? (pageUrl ? { pageUrl, fingerprint: '' } : null);
    // After the background has filed the page: an anchoring report sent earlier would be dropped.
    void callBackgroundFromContent('pageAnalysed', { page: report }).then(() => {
      if (article) highlights.attach(article);
    });
    if (wantsNotice(settings, report)) {
      removeNotice?.();
      removeNotice = showRepostNotice(document, report, settings, (site) => {
        void getSettings().then((now) => updateSettings({ noticeDismissedSites: [...now.noticeDismissedSites, site] }));
      });
    } else {
      removeNotice?.();
      removeNotice = null;
    }
  };
  whenIdle(analyse);
  // A single-page app showed another article: analyse again.
  watchUrlChanges(window, () => whenIdle(analyse));
}

// Switched off (everywhere or for this site): nothing is analysed, painted or listened to; the
// background only learns that the page was skipped, so the panel can say so.
void getSettings().then((settings) => {
  if (window.top !== window) return;
  if (siteAllowed(settings, location.href)) main(settings);
  else if (/^https?:/.test(location.href)) void callBackgroundFromContent('pageSkipped', { url: location.href, reason: 'disabled' });
}, () => main(DEFAULT_SETTINGS));
