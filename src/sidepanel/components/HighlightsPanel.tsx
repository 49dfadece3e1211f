import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Highlight } from '../../core/anchoring/types';
import { callBackgroundFromUi } from '../../messaging/client';
import type { TabState } from '../../messaging/protocol';
import { presetOf } from '../../settings/highlight-colors';
import type { Settings } from '../../settings/schema';
import type { Translate } from '../../ui/i18n/translate';
import { Section } from '../../ui/components/section';
import { ExportImport } from './highlights/ExportImport';
import { filterHighlights, hostOf, type HighlightFilter } from './highlights/filter-highlights';
import { HighlightItem } from './highlights/HighlightItem';
import { SearchBar } from './highlights/SearchBar';
import { UndoToast } from './highlights/UndoToast';
import { useHighlightActions } from './highlights/use-highlight-actions';
import './highlights/highlights.css';

/**
 * This article's highlights (wherever they were made), the ones that could not be placed on the
 * page as it is now (orphans: re-attach or delete, never dropped silently), search over this
 * article or everything, and export/import.
 */
export function HighlightsPanel({ state, settings, t }: { state: TabState; settings: Settings; t: Translate }) {
  const [filter, setFilter] = useState<HighlightFilter>({ text: '', color: '' });
  const [everywhere, setEverywhere] = useState(false);
  const [results, setResults] = useState<Highlight[] | null>(null);
  const act = useHighlightActions(state.tabId, t);
  const currentHost = hostOf(state.page.url);

  useEffect(() => {
    if (!everywhere) return setResults(null);
    let alive = true;
    const timer = setTimeout(() => {
      void callBackgroundFromUi('searchHighlights', {
        limit: 200,
        ...(filter.text.trim() ? { text: filter.text.trim() } : {}),
        ...(filter.color ? { color: filter.color } : {}),
      }).then((r) => alive && setResults(r.ok ? r.value : []));
    }, 200);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [everywhere, filter.text, filter.color, state.highlights]);

  const colors = useMemo(() => {
    const seen = new Set(settings.palette.map((c) => presetOf(c).hex));
    for (const h of state.highlights) seen.add(presetOf(h.color).hex);
    return [...seen];
  }, [settings.palette, state.highlights]);

  const orphanIds = new Set(state.anchoring?.orphans ?? []);
  const visible = filterHighlights(state.highlights, filter);
  const placed = visible.filter((h) => !orphanIds.has(h.id));
  const orphans = visible.filter((h) => orphanIds.has(h.id));
  const base = { onDelete: (h: Highlight) => void act.remove(h), onNote: (h: Highlight, note: string) => void act.saveNote(h, note) };
  const filtering = filter.text.trim() !== '' || filter.color !== '';

  return (
    <Section title={t('highlightsTitle')} testId="highlights">
      {(state.highlights.length > 0 || everywhere) && (
        <SearchBar filter={filter} colors={colors} everywhere={everywhere} t={t} onChange={setFilter} onEverywhere={setEverywhere} />
      )}
      {everywhere ? (
        <ul class="highlights" data-testid="search-results">
          {results?.length === 0 && <li class="muted">{t('noMatches')}</li>}
          {results?.map((h) => <HighlightItem key={h.id} highlight={h} currentHost={currentHost} t={t} actions={base} showSource />)}
        </ul>
      ) : state.highlights.length === 0 ? (
        <p class="muted">{t('noHighlights')}</p>
      ) : (
        <>
          {placed.length === 0 && orphans.length === 0 && filtering && <p class="muted">{t('noMatches')}</p>}
          <ul class="highlights" data-testid="highlight-list">
            {placed.map((h) => <HighlightItem key={h.id} highlight={h} currentHost={currentHost} t={t} actions={{ ...base, onShow: act.show, onOpenOnPage: act.openOnPage }} />)}
          </ul>
          {orphans.length > 0 && (
            <div class="hl-orphans" data-testid="orphans">
              <h3>{t('orphansTitle')}</h3>
              <p class="hint">{t('orphansHint')}</p>
              <ul class="highlights">
                {orphans.map((h) => <HighlightItem key={h.id} highlight={h} currentHost={currentHost} t={t} actions={{ ...base, onReattach: (x) => void act.reattach(x) }} />)}
              </ul>
            </div>
          )}
        </>
      )}
      <ExportImport t={t} canExportArticle={state.page.article !== null && state.highlights.length > 0} onExport={(f, s) => void act.exportFile(f, s)} onImport={(text) => void act.importFile(text)} />
      {act.message && <p class={`hl-message ${act.message.kind === 'error' ? 'error' : 'muted'}`} role="status" data-testid="highlights-message">{act.message.text}</p>}
      {act.deleted && <UndoToast t={t} onUndo={() => void act.undo()} />}
    </Section>
  );
}
