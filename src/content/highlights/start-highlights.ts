/**
 * In-page highlighting: the controller the content script wires to. It keeps this page's copy of
 * the article's highlights, anchors and paints them, creates new ones from the selection, and
 * hands edits to the background (which owns storage and tells the panel and other tabs).
 *
 * Cost on pages without highlights: a mouseup/keyup listener. The article key, the text index and
 * the renderer are created only when the analysis found an article or the reader highlights.
 */
import type { ArticleKey, Highlight } from '../../core/anchoring/types';
import type { AnchorAllOptions } from '../../core/anchoring/anchor-all';
import { describeRange } from '../../core/anchoring/describe-range';
import { LIMITS } from '../../core/limits';
import { answerChallenges } from '../../core/quote-proof';
import { buildTextIndex } from '../../core/text/text-index';
import { callBackgroundFromContent } from '../../messaging/client';
import type { ProtocolError } from '../../messaging/protocol';
import { storedColor } from '../../settings/highlight-colors';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import { getSettings, onSettingsChanged } from '../../settings/settings-store';
import { articleKeyOf } from '../article-key';
import { scrollToAndFlash } from '../scroll-to';
import { createHighlightsUi, type HighlightsUi, type Point } from './highlights-ui';
import { createPageHighlights } from './page-highlights';
import { createRenderer } from './create-renderer';
import { isDeadRange, type HighlightRenderer } from './renderer';
import { usableSelectionRange } from './selection-filter';

/** What the content script entry and its message handlers use. */
export type HighlightsController = {
  /**
   * The page was identified as this article: load and anchor its highlights (`root`: the article
   * root, when already found). Resolves once they are loaded and placed.
   */
  attach(article: ArticleKey, root?: Element): Promise<void>;
  /** Offers the toolbar for the current selection (the reader selected before the bundle arrived). */
  offerSelection(): void;
  /** Stored highlights changed elsewhere: reload them. */
  reload(): Promise<void>;
  /** Stored highlights of this article changed elsewhere: take the records the background sent. */
  apply(change: { ids: string[]; changed: Highlight[]; deleted: string[] }): Promise<void>;
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
  /** Whether an input event is the reader's own (`isTrusted`); tests without real input replace it. */
  trusted: (event: Event) => boolean;
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
  trusted: (event) => event.isTrusted,
};

/** Page-derived strings are cut at the protocol's limit (the page title may be any length). */
function capped(s: string): string {
  return s.length > LIMITS.short ? s.slice(0, LIMITS.short) : s;
}

/** Starts in-page highlighting on `doc` (cheap until an article is attached or text is selected). */
export function startHighlights(doc: Document, overrides: Partial<HighlightsDeps> = {}): HighlightsController {
  const d: HighlightsDeps = { ...DEFAULT_DEPS, ...overrides };
  let article: ArticleKey | null = null;
  let settings: Settings | null = null;
  let stopSettings: (() => void) | null = null;

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

  const page = createPageHighlights(doc, {
    call: d.call,
    createRenderer: d.createRenderer,
    anchorOptions: d.anchorOptions,
    reanchorDebounceMs: d.reanchorDebounceMs,
    settleMs: d.settleMs,
    shouldReport: () => article !== null,
    isOurs: (node) => ui.isOurs(node),
    onPaintedChange: (any) => ui.setClickable(any),
  });

  const load = async (): Promise<void> => {
    if (!article) return;
    const gen = page.invalidate();
    // The background decides which article this tab shows (from its own record), not this call.
    const result = await d.call('listHighlightsForArticle', {});
    if (!result.ok || gen !== page.generation()) return;
    let list = result.value.highlights;
    const challenges = result.value.challenges;
    if (challenges && challenges.quotes.length > 0 && doc.body) {
      // Highlights made on other copies come only for passages this page proves it holds.
      const proofs = answerChallenges(buildTextIndex(doc.body).text, challenges);
      if (proofs.length > 0) {
        const proven = await d.call('proveQuotes', { proofs });
        if (gen !== page.generation()) return;
        if (proven.ok) list = [...list, ...proven.value];
      }
    }
    await page.sync(list);
  };

  /** Selectors for `range`: over the article root, else over the whole body (a caption, a pull quote). */
  const describe = (range: Range): Highlight['selectors'] | null => {
    const root = page.articleRoot();
    return describeRange(root, range) ?? (doc.body && root !== doc.body ? describeRange(doc.body, range) : null);
  };

  /** What the reader is told when the background refused or failed a change. */
  const failureText = (error: ProtocolError): string =>
    error.code === 'quota' ? ui.t('storageFull') : ui.t('highlightNotSaved', { error: error.message });

  /**
   * Saves a new highlight over `range` (painted at once, unpainted again if saving fails, and the
   * reader is told why). A selection longer than the protocol accepts is refused BEFORE it is
   * painted, with the reason, instead of flashing and vanishing.
   */
  const createFromRange = async (range: Range, color: string | undefined, id: string = d.uuid()): Promise<Highlight | null> => {
    const at = ui.anchorPoint(range);
    const length = range.toString().length;
    if (length > LIMITS.quote) {
      ui.showMessage(at, ui.t('highlightTooLong', { max: LIMITS.quote }));
      return null;
    }
    const key = (article ??= d.articleKeyOf(doc));
    if (!key) return null;
    const s = await loadSettings();
    const selectors = describe(range);
    if (!selectors) return null;
    if (selectors.quote.exact.length > LIMITS.quote) {
      ui.showMessage(at, ui.t('highlightTooLong', { max: LIMITS.quote }));
      return null;
    }
    const now = d.now();
    const highlight: Highlight = {
      id,
      article: key,
      // host, not hostname: copies on one machine differ only by port, and so do some mirrors.
      madeOn: capped(doc.location?.host ?? ''),
      pageTitle: capped(doc.title || ''),
      selectors,
      color: storedColor(color ?? s.palette[0] ?? DEFAULT_SETTINGS.palette[0] ?? ''),
      note: '',
      created: now,
      updated: now,
    };
    page.place(highlight, range);
    doc.getSelection()?.removeAllRanges();
    const saved = await d.call('saveHighlight', { highlight });
    if (!saved.ok) {
      page.forget(highlight.id);
      ui.showMessage(at, failureText(saved.error));
      return null;
    }
    // The background files it under the tab's article (its record, not ours).
    page.records.set(saved.value.id, saved.value);
    return saved.value;
  };

  /**
   * Sends the reader to the side panel's note editor for `id`. Must run synchronously inside the
   * click: the browser lets the panel open only within the user's gesture. Where it cannot open
   * (Firefox forwards no gesture with a content script's message) the reader is told where to go.
   */
  const openNote = (id: string, at: Point): void => {
    void d.call('openNoteEditor', { id }).then((r) => {
      if (!r.ok || !r.value.opened) ui.showMessage(at, ui.t('noteInPanel'), 10_000);
    });
  };

  const currentSelection = (): Range | null => usableSelectionRange(doc.getSelection(), (n) => ui.isOurs(n))?.cloneRange() ?? null;

  const edit = async (id: string, patch: { color?: string }, at: Point): Promise<Highlight | null> => {
    const result = await d.call('updateHighlight', { id, patch });
    if (!result.ok) {
      ui.showMessage(at, failureText(result.error));
      return null;
    }
    page.records.set(id, result.value);
    if (patch.color) page.recolor(id);
    return result.value;
  };

  const remove = async (id: string, at: Point): Promise<void> => {
    const result = await d.call('deleteHighlight', { id });
    if (!result.ok) {
      ui.showMessage(at, failureText(result.error));
      return;
    }
    const deleted = result.value;
    page.forget(id);
    ui.showUndo(at, () => {
      void d.call('restoreHighlight', { highlight: deleted }).then(async (restored) => {
        if (!restored.ok) {
          ui.showMessage(at, failureText(restored.error));
          return;
        }
        page.records.set(deleted.id, deleted);
        await page.anchor([deleted]);
      });
    });
  };

  const openMenu = (id: string, at: Point): void => {
    const h = page.records.get(id);
    if (!h || !settings) return;
    ui.showMenu(at, { palette: settings.palette, color: storedColor(h.color) }, {
      color: (hex) => void edit(id, { color: storedColor(hex) }, at).then((next) => next && openMenu(id, at)),
      note: () => {
        ui.hide();
        openNote(id, at);
      },
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

  const onSelection = async (selection: Selection | null): Promise<void> => {
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
          const id = d.uuid();
          ui.hide();
          // First, inside the click: open the panel on this highlight's note; then save it.
          openNote(id, at);
          void createFromRange(saved, undefined, id);
        },
      });
  };

  const ui: HighlightsUi = createHighlightsUi(doc, {
    selectionDebounceMs: d.selectionDebounceMs,
    trusted: d.trusted,
    onSelection: (selection) => void onSelection(selection),
    hitTest: (x, y, target) => (page.records.size > 0 ? page.renderer().hitTest(x, y, target) : null),
    onHighlightClick: (id, at) => {
      void loadSettings().then(() => openMenu(id, at));
    },
  });

  return {
    attach(next, root) {
      article = next;
      page.resetRoot(root);
      return load().catch(() => {});
    },
    offerSelection: () => void onSelection(doc.getSelection()),
    reload: load,
    async apply(change) {
      if (!article) return;
      // Ids without a record: another copy's new highlights, to be proven by listing again.
      const carried = new Set([...change.changed.map((h) => h.id), ...change.deleted]);
      if (change.ids.some((id) => !carried.has(id))) return load();
      const next = new Map(page.records);
      for (const id of change.deleted) next.delete(id);
      for (const h of change.changed) next.set(h.id, h);
      page.invalidate();
      await page.sync([...next.values()]);
    },
    async highlightSelection(color) {
      const range = currentSelection();
      if (!range) return false;
      ui.hide();
      return (await createFromRange(range, color)) !== null;
    },
    async reattach(id) {
      const range = currentSelection();
      const selectors = range && page.records.has(id) ? describe(range) : null;
      if (!range || !selectors) return false;
      const result = await d.call('updateHighlight', { id, patch: { selectors } });
      if (!result.ok) return false;
      page.place(result.value, range);
      doc.getSelection()?.removeAllRanges();
      return true;
    },
    scrollTo(id) {
      const range = page.records.has(id) ? page.renderer().rangeOf(id) : null;
      if (!range || isDeadRange(range)) return false;
      scrollToAndFlash(doc, range);
      return true;
    },
    status: () => page.status(),
    destroy() {
      stopSettings?.();
      ui.destroy();
      page.destroy();
    },
  };
}
