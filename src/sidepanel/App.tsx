import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageLocation } from '../core/analysis/types';
import { sendToTab } from '../messaging/client';
import browser from '../platform/browser';
import { updateSettings } from '../settings/settings-store';
import { siteAllowed, siteOf, withSiteDisabled } from '../settings/site-access';
import { useSettings, useTranslate, useLanguage } from '../ui/hooks/use-settings';
import type { MessageKey } from '../ui/i18n/en';
import { cannotReadReason } from '../ui/page-access';
import { openExtensionPage } from '../ui/open-page';
import { useActiveTab } from './use-active-tab';
import { useTabState } from './use-tab-state';
import { useTabFacts } from './use-tab-info';
import { VerdictCard } from './components/VerdictCard';
import { ChainList } from './components/ChainList';
import { EvidenceList } from './components/EvidenceList';
import { FiguresList } from './components/FiguresList';
import { HighlightsPanel } from './components/HighlightsPanel';

/** How long a tab may show no report before the panel says it cannot read it (analysis runs when the page is idle). */
const GRACE_MS = 3000;

/** The side panel (Chrome) / sidebar (Firefox): everything Repost Lens knows about the active tab. */
export function App() {
  const { settings } = useSettings();
  const t = useTranslate(settings);
  const lang = useLanguage(settings);
  const tabId = useActiveTab();
  const { view } = useTabState(tabId);
  const facts = useTabFacts(tabId, view);
  const noneSince = useRef<number | null>(null);
  const [, tick] = useState(0);
  useFocusNoteRequest(view.status === 'ready' ? view.state.noteRequest : undefined);
  const show = (location: PageLocation, text: string): void => {
    if (tabId !== null) void sendToTab(tabId, 'scrollToLocation', { location, text });
  };

  // "Nothing for this tab" turns into "cannot read" only after a grace period.
  if (view.status !== 'none') noneSince.current = null;
  else noneSince.current ??= Date.now();
  useEffect(() => {
    if (view.status !== 'none') return;
    const timer = setTimeout(() => tick((n) => n + 1), GRACE_MS + 50);
    return () => clearTimeout(timer);
  }, [view.status, tabId]);

  const url = facts?.url ?? facts?.browserUrl ?? null;
  const host = url ? siteOf(url) : '';
  const disabled = facts?.skipped === 'disabled' || (host !== '' && !siteAllowed(settings, url ?? ''));
  const reason = cannotReadReason(facts?.browserUrl ?? null);
  const waited = noneSince.current !== null && Date.now() - noneSince.current >= GRACE_MS;
  const state = view.status === 'ready'
    ? (view.state.page.isArticle && view.state.page.analysis ? 'article' : 'not-article')
    : view.status === 'error' ? 'error'
    : view.status === 'loading' || tabId === null ? 'loading'
    : disabled ? 'disabled'
    : reason ? 'cannot-read'
    : facts?.status === 'loading' || !waited ? 'loading'
    : 'cannot-read';

  const turnOn = (): void => {
    void updateSettings(host ? { enabled: true, disabledSites: withSiteDisabled(settings, host, false) } : { enabled: true })
      .then(async () => {
        if (tabId !== null) await browser.tabs.reload(tabId);
      });
  };

  return (
    <main class="panel" data-testid="panel" data-state={state} lang={lang}>
      <header class="panel-head">
        <h1 class="app-name">{t('appName')}</h1>
        <button type="button" class="link" data-testid="open-library" onClick={() => void openExtensionPage('src/library/index.html')}>{t('openLibrary')}</button>
      </header>
      {state === 'loading' && <p class="muted" data-testid="status" role="status">{t('loading')}</p>}
      {state === 'error' && view.status === 'error' && <p class="error" data-testid="status" role="alert">{t('error', { error: view.message })}</p>}
      {state === 'disabled' && (
        <div class="state-card" data-testid="status" role="status">
          <p><strong>{settings.enabled ? t('disabledSite', { site: host }) : t('disabledAll')}</strong></p>
          <p class="muted">{t('disabledHint')}</p>
          <button type="button" class="action" data-testid="turn-on" onClick={turnOn}>{t('turnOnSite')}</button>
        </div>
      )}
      {state === 'cannot-read' && (
        <div class="state-card" data-testid="status" role="status" data-reason={reason ?? 'unknown'}>
          <p><strong>{t('cannotReadTitle')}</strong></p>
          {reason && <p>{t(`cannotRead_${reason}` as MessageKey, { url: facts?.browserUrl ?? '' })}</p>}
          <p class="muted">{t('cannotReadWhy')}</p>
          {!reason && <p class="muted">{t('cannotReadReload')}</p>}
        </div>
      )}
      {view.status === 'ready' && (
        <div data-testid="tab-state" data-url={view.state.page.url}>
          <p class="page-title"><bdi>{view.state.page.title}</bdi></p>
          {!view.state.page.isArticle || !view.state.page.analysis ? (
            <div class="state-card" data-testid="not-article">
              <p><strong>{t('notArticle')}</strong></p>
              <p class="muted">{t('notArticleHint')}</p>
            </div>
          ) : (
            <>
              <VerdictCard analysis={view.state.page.analysis} t={t} />
              <ChainList chain={view.state.page.analysis.chain} t={t} originalDate={view.state.page.analysis.original.date} />
              <FiguresList figures={view.state.page.figures} top={settings.topFigures} t={t} onShow={show} />
              <EvidenceList evidence={view.state.page.analysis.evidence} t={t} onShow={show} />
            </>
          )}
          <HighlightsPanel state={view.state} settings={settings} t={t} />
        </div>
      )}
    </main>
  );
}

/**
 * The reader chose "note" on the page (notes are never typed in the page, see
 * content/highlights/overlay/overlay-views.ts): focus that highlight's note editor here, once per
 * request, waiting briefly for the new highlight to reach the list.
 */
function useFocusNoteRequest(request: { id: string; at: number } | undefined): void {
  const handled = useRef(0);
  useEffect(() => {
    if (!request || request.at <= handled.current || Date.now() - request.at > 60_000) return;
    handled.current = request.at;
    let tries = 0;
    const timer = setInterval(() => {
      const item = [...document.querySelectorAll<HTMLElement>('[data-testid="highlight"]')].find((li) => li.dataset.id === request.id);
      const note = item?.querySelector<HTMLTextAreaElement>('textarea');
      if (note || ++tries > 50) clearInterval(timer);
      if (note) {
        note.scrollIntoView({ block: 'center' });
        note.focus();
      }
    }, 100);
    return () => clearInterval(timer);
  }, [request?.id, request?.at]);
}
