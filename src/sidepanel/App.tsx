import { useEffect, useRef } from 'preact/hooks';
import type { PageLocation } from '../core/analysis/types';
import { sendToTab } from '../messaging/client';
import { useSettings, useTranslate } from '../ui/hooks/use-settings';
import { useActiveTab } from './use-active-tab';
import { useTabState } from './use-tab-state';
import { VerdictCard } from './components/VerdictCard';
import { ChainList } from './components/ChainList';
import { EvidenceList } from './components/EvidenceList';
import { FiguresList } from './components/FiguresList';
import { HighlightsPanel } from './components/HighlightsPanel';

/** The side panel (Chrome) / sidebar (Firefox): everything Repost Lens knows about the active tab. */
export function App() {
  const { settings } = useSettings();
  const t = useTranslate(settings);
  const tabId = useActiveTab();
  const { view } = useTabState(tabId);
  useFocusNoteRequest(view.status === 'ready' ? view.state.noteRequest : undefined);
  const show = (location: PageLocation, text: string): void => {
    if (tabId !== null) void sendToTab(tabId, 'scrollToLocation', { location, text });
  };

  return (
    <main class="panel" data-testid="panel" lang={t('appName') === 'Repost Lens' ? 'en' : 'zh-CN'}>
      <h1 class="app-name">{t('appName')}</h1>
      {view.status === 'loading' && <p class="muted" data-testid="status">{t('loading')}</p>}
      {view.status === 'none' && <p class="muted" data-testid="status">{t('noPage')}</p>}
      {view.status === 'error' && <p class="error" data-testid="status">{t('error', { error: view.message })}</p>}
      {view.status === 'ready' && (
        <div data-testid="tab-state" data-url={view.state.page.url}>
          <p class="page-title">{view.state.page.title}</p>
          {!view.state.page.isArticle || !view.state.page.analysis ? (
            <p class="muted">{t('notArticle')}</p>
          ) : (
            <>
              <VerdictCard analysis={view.state.page.analysis} t={t} />
              <ChainList chain={view.state.page.analysis.chain} t={t} />
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
