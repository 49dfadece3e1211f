import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Highlight } from '../core/anchoring/types';
import { callBackgroundFromUi, sendToTab } from '../messaging/client';
import { registerHandlers } from '../messaging/handlers';
import type { LibraryFilter, LibraryPage } from '../messaging/protocol';
import browser from '../platform/browser';
import { COLOR_PRESETS, colorLabel } from '../settings/highlight-colors';
import { SafeLink } from '../ui/components/safe-link';
import { useLanguage, useSettings, useTranslate } from '../ui/hooks/use-settings';
import type { Translate } from '../ui/i18n/translate';
import { ColorChip } from '../sidepanel/components/highlights/ColorChip';
import { NoteEditor } from '../sidepanel/components/highlights/NoteEditor';
import { UndoToast } from '../sidepanel/components/highlights/UndoToast';
import { downloadText } from '../sidepanel/components/highlights/download';
import { dateFrom, groupByArticle } from './group-by-article';
import { PAGE_SIZE, type FirstQuery } from './first-query';
import { firstScreenCount } from './first-screen';

export { PAGE_SIZE } from './first-query';

const UNDO_MS = 8000;

type Filters = { text: string; color: string; site: string; date: string };
const NO_FILTERS: Filters = { text: '', color: '', site: '', date: '' };

function toQuery(f: Filters): LibraryFilter {
  const from = dateFrom(f.date, Date.now());
  return {
    ...(f.text.trim() ? { text: f.text.trim() } : {}),
    ...(f.color ? { color: f.color } : {}),
    ...(f.site ? { site: f.site } : {}),
    ...(from !== undefined ? { from } : {}),
  };
}

/** The site list comes with the search index, which builds after the first screen: ask again later. */
function needsSites(page: LibraryPage): boolean {
  return page.sites.length === 0 && page.stored > 0;
}

/**
 * Opens the article in a new tab and, once the page has placed its highlights, scrolls to this
 * one (and flashes it). True when the page found it; false when it could not be placed there.
 */
async function openAtHighlight(h: Highlight): Promise<boolean> {
  const tab = await browser.tabs.create({ url: h.article.pageUrl });
  if (tab.id === undefined) return false;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 400));
    const result = await sendToTab(tab.id, 'scrollToHighlight', { id: h.id });
    if (result.ok && result.value.found) return true;
  }
  return false;
}

/** The highlights library: every highlight across articles, searchable, filterable, exportable. */
export function App(props: { first?: FirstQuery; initial?: LibraryPage } = {}) {
  const { settings } = useSettings();
  const t = useTranslate(settings);
  const lang = useLanguage(settings);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  // The first screen's reply when it came before the first render (mount.tsx): the first render
  // shows the items, not "loading" and then the items one frame later.
  const [page, setPage] = useState<LibraryPage | null>(props.initial ?? null);
  const [items, setItems] = useState<Highlight[]>(props.initial?.highlights ?? []);
  /** The search text the shown list answers (tests and the bench wait for it). */
  const [shownText, setShownText] = useState<string | null>(props.initial ? '' : null);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [deleted, setDeleted] = useState<Highlight | null>(null);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const generation = useRef(0);
  // The first screen's query, started before the first render (main.tsx); used once (unless its reply came first).
  const firstQuery = useRef(props.initial ? null : props.first ?? null);
  /** The initial page answers the first load (no filters, one page): it is not asked again. */
  const initialShown = useRef(Boolean(props.initial));
  // Until the first screen is painted, only what it shows is rendered (first-screen.ts): the
  // rest of the fetched items and the site filter's options come one frame later.
  const [settled, setSettled] = useState(false);

  const load = useCallback(async (f: Filters, n: number) => {
    const mine = ++generation.current;
    const early = firstQuery.current;
    firstQuery.current = null;
    const unfiltered = !f.text.trim() && !f.color && !f.site && !f.date && n === PAGE_SIZE;
    if (!early || !unfiltered) performance.mark('library-query');
    const result = early && unfiltered ? await early : await callBackgroundFromUi('queryLibrary', { filter: toQuery(f), offset: 0, limit: n });
    performance.mark('library-reply');
    if (mine !== generation.current) return;
    if (!result.ok) return setMessage({ kind: 'error', text: t('error', { error: result.error.message }) });
    setPage(result.value);
    setItems(result.value.highlights);
    setShownText(f.text);
    if (needsSites(result.value)) setTimeout(() => mine === generation.current && void load(f, n), 1500);
  }, [t]);

  useEffect(() => {
    // Mounted with the first screen's reply: nothing to load until the reader changes something
    // (except the site list, asked again later when the search index was still building).
    if (initialShown.current) {
      initialShown.current = false;
      if (!props.initial || !needsSites(props.initial)) return;
      const mine = generation.current;
      const timer = setTimeout(() => mine === generation.current && void load(filters, limit), 1500);
      return () => clearTimeout(timer);
    }
    const timer = setTimeout(() => void load(filters, limit), filters.text ? 150 : 0);
    return () => clearTimeout(timer);
  }, [filters, limit, load]);

  useEffect(() => registerHandlers('background-to-ui', {
    highlightsChanged: () => {
      void load(filters, limit);
      return null;
    },
    tabStateChanged: () => null,
  }, (sender) => sender.id === browser.runtime.id), [filters, limit, load]);

  useEffect(() => {
    document.title = `${t('libraryTitle')} — ${t('appName')}`;
  }, [t]);

  const shown = useMemo(() => (settled ? items : items.slice(0, firstScreenCount(items, window.innerHeight))), [items, settled]);
  const groups = useMemo(() => groupByArticle(shown), [shown]);
  useEffect(() => {
    if (settled || items.length === 0) return;
    // The rest of the fetched page when the browser is idle after the first screen (at most
    // 150 ms on): rendering it (~25 ms on a busy machine) would compete with rastering and
    // presenting the first frame.
    const id = requestIdleCallback(() => setSettled(true), { timeout: 150 });
    return () => cancelIdleCallback(id);
  }, [items, settled]);
  // For the bench: when the first items are on screen (effects run after the browser has painted).
  useEffect(() => {
    if (items.length > 0 && performance.getEntriesByName('library-items').length === 0) performance.mark('library-items');
  }, [items]);
  const set = (patch: Partial<Filters>): void => {
    setLimit(PAGE_SIZE);
    setFilters({ ...filters, ...patch });
  };
  const toggle = (id: string, on: boolean): void => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const remove = async (h: Highlight): Promise<void> => {
    const result = await callBackgroundFromUi('deleteHighlight', { id: h.id });
    if (!result.ok) return setMessage({ kind: 'error', text: t('error', { error: result.error.message }) });
    toggle(h.id, false);
    setDeleted(result.value);
    if (undoTimer.current) clearTimeout(undoTimer.current);
    undoTimer.current = setTimeout(() => setDeleted(null), UNDO_MS);
  };
  const undo = async (): Promise<void> => {
    const h = deleted;
    setDeleted(null);
    if (h) await callBackgroundFromUi('restoreHighlight', { highlight: h });
  };
  const saveNote = async (h: Highlight, note: string): Promise<void> => {
    const result = await callBackgroundFromUi('updateHighlight', { id: h.id, patch: { note } });
    setMessage(result.ok ? { kind: 'info', text: t('noteSaved') } : { kind: 'error', text: t('error', { error: result.error.message }) });
  };
  const exportFile = async (format: 'json' | 'markdown', which: 'all' | 'selected'): Promise<void> => {
    const result = which === 'all'
      ? await callBackgroundFromUi('exportHighlights', { format, scope: 'all' })
      : await callBackgroundFromUi('exportSelection', { format, ids: [...selected] });
    if (!result.ok) return setMessage({ kind: 'error', text: t('exportFailed', { error: result.error.message }) });
    downloadText(result.value.fileName, result.value.mime, result.value.text);
  };
  const importFile = async (text: string): Promise<void> => {
    const result = await callBackgroundFromUi('importHighlights', { text });
    setMessage(result.ok ? { kind: 'info', text: t('imported', result.value) } : { kind: 'error', text: t('importFailed', { error: result.error.message }) });
  };

  const total = page?.total ?? 0;
  return (
    <main class="library" data-testid="library" lang={lang} data-loaded={page ? 'yes' : 'no'} data-total={page?.total ?? ''} data-query={shownText ?? undefined}>
      <header class="library-head">
        <h1>{t('libraryTitle')}</h1>
        <p class="muted" data-testid="library-summary" aria-live="polite">{page ? t('librarySummary', { shown: items.length, total }) : t('loading')}</p>
      </header>
      <div class="library-filters" role="search" aria-label={t('filtersTitle')}>
        <input type="search" data-testid="library-search" value={filters.text} placeholder={t('searchLibrary')} aria-label={t('searchLibrary')}
          onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value })} />
        <label>{t('colorFilter')}
          <select data-testid="library-color" value={filters.color} onChange={(e) => set({ color: (e.currentTarget as HTMLSelectElement).value })}>
            <option value="">{t('allColors')}</option>
            {COLOR_PRESETS.map((c) => <option key={c.hex} value={c.hex}>{colorLabel(c.hex, lang)}</option>)}
          </select>
        </label>
        <label>{t('siteFilter')}
          <select data-testid="library-site" value={filters.site} onChange={(e) => set({ site: (e.currentTarget as HTMLSelectElement).value })}>
            <option value="">{t('allSites')}</option>
            {(settled ? page?.sites ?? [] : []).map((s) => <option key={s.site} value={s.site}>{`${s.site} (${s.count})`}</option>)}
          </select>
        </label>
        <label>{t('dateFilter')}
          <select data-testid="library-date" value={filters.date} onChange={(e) => set({ date: (e.currentTarget as HTMLSelectElement).value })}>
            <option value="">{t('dateAny')}</option>
            <option value="today">{t('dateToday')}</option>
            <option value="week">{t('dateWeek')}</option>
            <option value="month">{t('dateMonth')}</option>
            <option value="year">{t('dateYear')}</option>
          </select>
        </label>
      </div>
      <div class="library-tools" role="toolbar" aria-label={t('exportAllJson')}>
        <span class="muted" aria-live="polite">{t('selectedCount', { n: selected.size })}</span>
        <button type="button" class="action" onClick={() => setSelected(new Set(items.map((h) => h.id)))}>{t('selectAll')}</button>
        <button type="button" class="action" disabled={selected.size === 0} onClick={() => setSelected(new Set())}>{t('selectNone')}</button>
        <button type="button" class="action" data-testid="export-selected-md" disabled={selected.size === 0} onClick={() => void exportFile('markdown', 'selected')}>{t('exportSelectedMarkdown')}</button>
        <button type="button" class="action" data-testid="export-selected-json" disabled={selected.size === 0} onClick={() => void exportFile('json', 'selected')}>{t('exportSelectedJson')}</button>
        <button type="button" class="action" onClick={() => void exportFile('markdown', 'all')}>{t('exportAllMarkdown')}</button>
        <button type="button" class="action" onClick={() => void exportFile('json', 'all')}>{t('exportAllJson')}</button>
        <button type="button" class="action" onClick={() => fileInput.current?.click()}>{t('importJson')}</button>
        <input ref={fileInput} type="file" hidden data-testid="library-import" accept=".json,application/json,application/ld+json"
          onChange={(e) => {
            const el = e.currentTarget as HTMLInputElement;
            const file = el.files?.[0];
            el.value = '';
            if (file) void file.text().then(importFile);
          }} />
      </div>
      {message && <p class={message.kind === 'error' ? 'error' : 'muted'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="library-message">{message.text}</p>}
      {page && page.stored === 0 && <p class="muted" data-testid="library-empty">{t('libraryEmpty')}</p>}
      {page && page.stored > 0 && total === 0 && <p class="muted">{t('noMatches')}</p>}
      <div class="library-groups" data-testid="library-groups">
        {groups.map((g) => (
          <section key={g.key} class="library-group" data-testid="library-group" data-page-url={g.pageUrl} aria-label={g.title}>
            <header class="group-head">
              <h2 class="group-title"><SafeLink href={g.pageUrl}><bdi>{g.title}</bdi></SafeLink></h2>
              <span class="muted group-site"><bdi>{g.site}</bdi> · {g.highlights.length === 1 ? t('highlightCountOne') : t('highlightCount', { n: g.highlights.length })}</span>
            </header>
            <ul class="highlights">
              {g.highlights.map((h) => (
                <LibraryItem key={h.id} h={h} first={h === items[0]} t={t} lang={lang} selected={selected.has(h.id)}
                  onSelect={(on) => toggle(h.id, on)} onOpen={() => openAtHighlight(h)} onDelete={() => void remove(h)} onNote={(n) => void saveNote(h, n)} />
              ))}
            </ul>
          </section>
        ))}
      </div>
      {items.length < total && (
        <button type="button" class="action more" data-testid="library-more" onClick={() => setLimit(limit + PAGE_SIZE)}>{t('showMore')}</button>
      )}
      {deleted && <UndoToast t={t} onUndo={() => void undo()} />}
    </main>
  );
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** One formatter per language: creating one per item costs more than rendering the item. */
function dateFormat(lang: string): Intl.DateTimeFormat {
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric' })));
  return f;
}

function LibraryItem(props: { h: Highlight; first?: boolean; t: Translate; lang: 'en' | 'zh-CN'; selected: boolean; onSelect: (on: boolean) => void; onOpen: () => Promise<boolean>; onDelete: () => void; onNote: (note: string) => void }) {
  const { h, t } = props;
  // The note is text until the reader edits it: a textarea per item would make the first screen slow.
  const [editing, setEditing] = useState(false);
  /** Whether "open at this passage" found it on the page (shown to the reader when it did not). */
  const [opened, setOpened] = useState<'found' | 'not-found' | null>(null);
  const when = dateFormat(props.lang).format(h.created);
  return (
    <li class="hl-item" data-testid="library-item" data-id={h.id} data-opened={opened ?? undefined}>
      <div class="hl-quote-row">
        <input type="checkbox" checked={props.selected} aria-label={t('select')} onChange={(e) => props.onSelect((e.currentTarget as HTMLInputElement).checked)} />
        <ColorChip color={h.color} t={t} />
        {/* elementtiming: the bench reads when the first item is painted (Element Timing API). */}
        <blockquote class="hl-quote" {...(props.first ? { elementtiming: 'library-first' } : {})}><bdi>{h.selectors.quote.exact}</bdi></blockquote>
      </div>
      {editing ? (
        <NoteEditor note={h.note} placeholder={t('notePlaceholder')} onSave={props.onNote} autoFocus onDone={() => setEditing(false)} />
      ) : h.note ? (
        <p class="hl-note-text"><bdi>{h.note}</bdi></p>
      ) : null}
      <div class="hl-actions">
        <span class="muted hl-date">{when}</span>
        <button type="button" class="link" data-testid="open-at" onClick={() => void props.onOpen().then((found) => setOpened(found ? 'found' : 'not-found'))}>{t('openArticleAt')}</button>
        {opened === 'not-found' && <span class="muted" role="status">{t('notOnPage')}</span>}
        {!editing && <button type="button" class="link" data-testid="edit-note" onClick={() => setEditing(true)}>{h.note ? t('editNote') : t('addNote')}</button>}
        <button type="button" class="link" data-testid="library-delete" onClick={props.onDelete}>{t('delete')}</button>
      </div>
    </li>
  );
}
