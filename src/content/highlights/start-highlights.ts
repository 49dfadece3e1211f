/**
 * In-page highlighting: the controller the content script wires to. It keeps this page's copy of
 * the article's highlights, anchors and paints them, creates new ones from the selection, and
 * hands edits to the background (which owns storage and tells the panel and other tabs).
 *
 * Cost on pages without highlights: a mouseup/keyup listener. The article key, the text index and
 * the renderer are created only when the analysis found an article or the reader highlights.
 */
import type { ArticleKey, Highlight } from '../../core/anchoring/types';
import { anchorAll, type AnchorAllOptions } from '../../core/anchoring/anchor-all';
import { describeRange } from '../../core/anchoring/describe-range';
import { findArticleRoot } from '../../core/text/article-root';
import { callBackgroundFromContent } from '../../messaging/client';
import { colorKey, storedColor } from '../../settings/highlight-colors';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import { getSettings, onSettingsChanged } from '../../settings/settings-store';
import { articleKeyOf } from '../article-key';
import { scrollToAndFlash } from '../scroll-to';
import { createHighlightsUi, type HighlightsUi } from './highlights-ui';
import { paintOutcomes } from './paint-outcomes';
import { createReanchorWatcher } from './reanchor-watcher';
import { createRenderer } from './create-renderer';
import { isDeadRange, type HighlightRenderer } from './renderer';
import { usableSelectionRange } from './selection-filter';

/** What the content script entry and its message handlers use. */
export type HighlightsController = {
  /** The page was identified as this article: load and anchor its highlights. */
  attach(article: ArticleKey): void;
  /** Stored highlights changed elsewhere: reload them. */
  reload(): Promise<void>;
  /** Highlights the current selection; false when there is no usable selection. */
  highlightSelection(color?: string): Promise<boolean>;
  /** Gives an orphan the current selection as its new place. */
  reattach(id: string): Promise<boolean>;
  /** Scrolls to a highlight and flashes it; false when it is not on the page. */
  scrollTo(id: string): boolean;
  /** Ids painted on the page and ids that could not be placed (for tests and diagnostics). */
  status(): { anchored: string[]; orphans: string[] };
  /** Removes every listener, paint and overlay (extension unloaded, tests). */
  destroy(): void;
};

/** What the controller needs from the outside world; tests replace parts of it. */
export type HighlightsDeps = {
  call: typeof callBackgroundFromContent;
  getSettings: () => Promise<Settings>;
  onSettingsChanged: (listener: (s: Settings) => void) => () => void;
  createRenderer: (doc: Document) => HighlightRenderer;
  articleKeyOf: (doc: Document) => ArticleKey | null;
  anchorOptions: AnchorAllOptions;
  now: () => number;
  uuid: () => string;
  /** Re-anchoring: quiet time after page mutations, and how long to keep watching after a load. */
  reanchorDebounceMs: number;
  settleMs: number;
  selectionDebounceMs: number;
};

const DEFAULT_DEPS: HighlightsDeps = {
  call: callBackgroundFromContent,
  getSettings,
  onSettingsChanged,
  createRenderer,
  articleKeyOf: (doc) => articleKeyOf(doc),
  anchorOptions: {},
  now: () => Date.now(),
  uuid: () => crypto.randomUUID(),
  reanchorDebounceMs: 400,
  // Client-rendered pages often re-render the article just after load (hydration), replacing the
  // text our ranges point into; watching briefly after painting catches that without an
  // always-on observer.
  settleMs: 5000,
  selectionDebounceMs: 180,
};

/** Starts in-page highlighting on `doc` (cheap until an article is attached or text is selected). */
export function startHighlights(doc: Document, overrides: Partial<HighlightsDeps> = {}): HighlightsController {
  const d: HighlightsDeps = { ...DEFAULT_DEPS, ...overrides };
  let article: ArticleKey | null = null;
  let root: Element | null = null;
  let renderer: HighlightRenderer | null = null;
  let settings: Settings | null = null;
  let stopSettings: (() => void) | null = null;
  let generation = 0;
  let settleTimer: ReturnType<typeof setTimeout> | null = null;
  const records = new Map<string, Highlight>();
  const orphans = new Set<string>();

  const paint = (): HighlightRenderer => (renderer ??= d.createRenderer(doc));
  const articleRoot = (): Element => (root && root.isConnected ? root : (root = findArticleRoot(doc)));
  const keyOf = (id: string): string | null => {
    const h = records.get(id);
    return h ? colorKey(h.color) : null;
  };
  const loadSettings = async (): Promise<Settings> => {
    if (settings) return settings;
    settings = await d.getSettings().catch(() => DEFAULT_SETTINGS);
    stopSettings ??= d.onSettingsChanged((next) => {
      settings = next;
      ui.setLanguage(next.language);
    });
    ui.setLanguage(settings.language);
    return settings;
  };

  const watcher = createReanchorWatcher(doc, () => void retryUnplaced(), {
    debounceMs: d.reanchorDebounceMs,
    isOwnNode: (node) => ui.isOurs(node) || (node.nodeType === 1 && (node as Element).localName === 'rl-mark'),
  });

  const report = (): void => {
    if (!article && records.size === 0) return;
    const anchored = renderer ? renderer.ids().filter((id) => records.has(id)) : [];
    void d.call('anchoringReported', { anchored, orphans: [...orphans] });
  };

  const updateWatching = (settle = false): void => {
    const unplaced = orphans.size > 0 || (renderer?.collapsed().length ?? 0) > 0;
    if (unplaced || settleTimer !== null || settle) watcher.connect();
    if (settle && renderer && renderer.ids().length > 0) {
      if (settleTimer !== null) clearTimeout(settleTimer);
      settleTimer = setTimeout(() => {
        settleTimer = null;
        updateWatching();
      }, d.settleMs);
    }
    if (!unplaced && settleTimer === null) watcher.disconnect();
    ui.setClickable((renderer?.ids().length ?? 0) > 0);
  };

  /** Anchors `list` (article root first, then the whole body for what it missed) and paints it. */
  const anchorBatch = async (list: Highlight[]): Promise<void> => {
    const gen = generation;
    const inputs = list.map((h) => ({ id: h.id, selectors: h.selectors }));
    const first = articleRoot();
    const roots = doc.body && first !== doc.body ? [first, doc.body] : [first];
    let pending = inputs;
    for (const r of roots) {
      if (pending.length === 0) break;
      const outcomes = await anchorAll(r, pending, d.anchorOptions);
      if (gen !== generation) return; // a newer list arrived while we worked; it anchors itself
      watcher.quietly(() => paintOutcomes(r, outcomes, paint(), keyOf));
      const missed = new Set(outcomes.filter((o) => o.status === 'orphan' && o.reason !== 'invalid').map((o) => o.id));
      for (const o of outcomes) {
        if (o.status === 'anchored') orphans.delete(o.id);
        else orphans.add(o.id);
      }
      pending = pending.filter((h) => missed.has(h.id));
    }
    // Orphans stay listed (never deleted): the panel offers re-attach and delete.
    for (const id of [...orphans]) if (!records.has(id)) orphans.delete(id);
  };

  const retryUnplaced = async (): Promise<void> => {
    const r = renderer;
    const collapsed = r ? r.collapsed() : [];
    if (r) watcher.quietly(() => collapsed.forEach((id) => r.remove(id)));
    const ids = new Set([...orphans, ...collapsed]);
    const list = [...ids].map((id) => records.get(id)).filter((h): h is Highlight => Boolean(h));
    if (list.length === 0) return updateWatching();
    await anchorBatch(list);
    report();
    updateWatching();
  };

  const unpaint = (id: string): void => {
    const r = renderer;
    if (r) watcher.quietly(() => r.remove(id));
  };

  /** Replaces the local list with the stored one, re-anchoring only what changed. */
  const sync = async (list: Highlight[]): Promise<void> => {
    const incoming = new Map(list.map((h) => [h.id, h]));
    for (const id of [...records.keys()]) {
      if (incoming.has(id)) continue;
      unpaint(id);
      records.delete(id);
      orphans.delete(id);
    }
    const toAnchor: Highlight[] = [];
    for (const h of list) {
      const prev = records.get(h.id);
      records.set(h.id, h);
      const placed = renderer?.has(h.id) ?? false;
      if (!prev || JSON.stringify(prev.selectors) !== JSON.stringify(h.selectors) || (!placed && !orphans.has(h.id))) {
        unpaint(h.id);
        toAnchor.push(h);
      } else if (placed && prev.color !== h.color) {
        renderer?.setColor(h.id, colorKey(h.color));
      }
    }
    watcher.resetBudget();
    if (toAnchor.length > 0) await anchorBatch(toAnchor);
    report();
    updateWatching(toAnchor.length > 0);
  };

  const load = async (): Promise<void> => {
    if (!article) return;
    const gen = ++generation;
    const result = await d.call('listHighlightsForArticle', { article });
    if (!result.ok || gen !== generation) return;
    await sync(result.value);
  };

  /** Saves a new highlight over `range` (painted at once, unpainted again if saving fails). */
  const createFromRange = async (range: Range, color: string | undefined): Promise<Highlight | null> => {
    const key = (article ??= d.articleKeyOf(doc));
    if (!key) return null;
    const s = await loadSettings();
    let describedRoot = articleRoot();
    let selectors = describeRange(describedRoot, range);
    // Text outside the article root (a caption, a pull quote) is still the reader's to highlight.
    if (!selectors && doc.body && describedRoot !== doc.body) {
      describedRoot = doc.body;
      selectors = describeRange(describedRoot, range);
    }
    if (!selectors) return null;
    const now = d.now();
    const highlight: Highlight = {
      id: d.uuid(),
      article: key,
      // host, not hostname: copies on one machine differ only by port, and so do some mirrors.
      madeOn: doc.location?.host ?? '',
      pageTitle: (doc.title || '').slice(0, 2000),
      selectors,
      color: storedColor(color ?? s.palette[0] ?? DEFAULT_SETTINGS.palette[0] ?? ''),
      note: '',
      created: now,
      updated: now,
    };
    records.set(highlight.id, highlight);
    const r = paint();
    watcher.quietly(() => r.add(highlight.id, range, colorKey(highlight.color)));
    doc.getSelection()?.removeAllRanges();
    const saved = await d.call('saveHighlight', { highlight });
    if (!saved.ok) {
      unpaint(highlight.id);
      records.delete(highlight.id);
      return null;
    }
    report();
    updateWatching();
    return highlight;
  };

  const currentSelection = (): Range | null => usableSelectionRange(doc.getSelection(), (n) => ui.isOurs(n))?.cloneRange() ?? null;

  const edit = async (id: string, patch: { color?: string; note?: string }): Promise<Highlight | null> => {
    const result = await d.call('updateHighlight', { id, patch });
    if (!result.ok) return null;
    records.set(id, result.value);
    if (patch.color) renderer?.setColor(id, colorKey(result.value.color));
    return result.value;
  };

  const remove = async (id: string, at: { x: number; y: number }): Promise<void> => {
    const result = await d.call('deleteHighlight', { id });
    if (!result.ok) return;
    const deleted = result.value;
    unpaint(id);
    records.delete(id);
    orphans.delete(id);
    report();
    updateWatching();
    ui.showUndo(at, () => {
      void d.call('restoreHighlight', { highlight: deleted }).then(async (restored) => {
        if (!restored.ok) return;
        records.set(deleted.id, deleted);
        await anchorBatch([deleted]);
        report();
        updateWatching();
      });
    });
  };

  const openMenu = (id: string, at: { x: number; y: number }, focusNote: boolean): void => {
    const h = records.get(id);
    if (!h || !settings) return;
    ui.showMenu(at, { palette: settings.palette, color: storedColor(h.color), note: h.note, focusNote }, {
      color: (hex) => void edit(id, { color: storedColor(hex) }).then((next) => next && openMenu(id, at, false)),
      saveNote: (note) => void edit(id, { note }).then(() => ui.hide()),
      copy: () => {
        void navigator.clipboard?.writeText(h.selectors.quote.exact).catch(() => {});
        ui.hide();
      },
      delete: () => {
        ui.hide();
        void remove(id, at);
      },
    });
  };

  const ui: HighlightsUi = createHighlightsUi(doc, {
    selectionDebounceMs: d.selectionDebounceMs,
    onSelection: async (selection) => {
      const range = usableSelectionRange(selection, (n) => ui.isOurs(n));
      if (!range) return;
      const s = await loadSettings();
      if (!s.selectionToolbar) return;
      // Our own copy: clicking the toolbar may move or clear the live selection.
      const saved = range.cloneRange();
      ui.showToolbar(saved, s.palette, {
        color: (hex) => {
          ui.hide();
          void createFromRange(saved, hex);
        },
        note: () => {
          const at = ui.anchorPoint(saved);
          ui.hide();
          void createFromRange(saved, undefined).then((h) => h && openMenu(h.id, at, true));
        },
      });
    },
    hitTest: (x, y, target) => renderer?.hitTest(x, y, target) ?? null,
    onHighlightClick: (id, at) => {
      void loadSettings().then(() => openMenu(id, at, false));
    },
  });

  return {
    attach(next) {
      article = next;
      root = null;
      void load();
    },
    reload: load,
    async highlightSelection(color) {
      const range = currentSelection();
      if (!range) return false;
      ui.hide();
      return (await createFromRange(range, color)) !== null;
    },
    async reattach(id) {
      const range = currentSelection();
      const existing = records.get(id);
      if (!range || !existing) return false;
      let selectors = describeRange(articleRoot(), range);
      if (!selectors && doc.body) selectors = describeRange(doc.body, range);
      if (!selectors) return false;
      const result = await d.call('updateHighlight', { id, patch: { selectors } });
      if (!result.ok) return false;
      records.set(id, result.value);
      orphans.delete(id);
      const r = paint();
      watcher.quietly(() => r.add(id, range, colorKey(result.value.color)));
      doc.getSelection()?.removeAllRanges();
      report();
      updateWatching();
      return true;
    },
    scrollTo(id) {
      const range = renderer?.rangeOf(id);
      if (!range || isDeadRange(range)) return false;
      scrollToAndFlash(doc, range);
      return true;
    },
    status: () => ({ anchored: renderer ? renderer.ids() : [], orphans: [...orphans] }),
    destroy() {
      generation++;
      watcher.disconnect();
      if (settleTimer !== null) clearTimeout(settleTimer);
      stopSettings?.();
      ui.destroy();
      const r = renderer;
      if (r) r.clear();
    },
  };
}
