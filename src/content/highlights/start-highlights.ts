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
import { firstOnScreen, highlightHolding, inReadingOrder, stepFrom } from './keyboard-targets';
import type { KeyboardMenu } from './in-page-ui';



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
  /**
   * The highlight command: highlights the current selection, false when nothing was created.
   * With the caret or the selection inside an existing highlight it opens that highlight's menu
   * instead (no duplicate), with keyboard focus in it; with nothing selected, the menu of the
   * first highlight on screen, from which the reader steps through the others.
   */
  highlightSelection(color?: string): Promise<boolean>;
  /** Scrolls to a highlight and opens its menu with keyboard focus in it; false when it is not on the page. */
  openMenuFor(id: string): Promise<boolean>;
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
  /**
   * How long after the bundle starts the highlight command waits for the page's stored highlights
   * (the command may be what injected the bundle): the analysis and first anchoring run meanwhile.
   */
  firstLoadWaitMs: number;
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
  firstLoadWaitMs: 3000,
};

/** Page-derived strings are cut at the protocol's limit (the page title may be any length). */
function capped(s: string): string {
  return s.length > LIMITS.short ? s.slice(0, LIMITS.short) : s;
}

/** Starts in-page highlighting on `doc` (cheap until an article is attached or text is selected). */
export function startHighlights(doc: Document, overrides: Partial<HighlightsDeps> = {}): HighlightsController {
  const d: HighlightsDeps = { ...DEFAULT_DEPS, ...overrides };
  const startedAt = d.now();
  let article: ArticleKey | null = null;
  /** The latest load of the stored highlights (anchoring included). */
  let loading: Promise<void> | null = null;
  let attached: (() => void) | null = null;
  const firstAttach = new Promise<void>((resolve) => (attached = resolve));
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

  const load = (): Promise<void> => (loading = loadNow());
  const loadNow = async (): Promise<void> => {
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
  /**
   * `caretAfter`: leave a caret at the end of the new highlight instead of no selection (the
   * highlight command): pressing the command again then opens the new highlight's menu, which is
   * how a keyboard reader picks its colour or writes its note.
   */
  const createFromRange = async (range: Range, color: string | undefined, id: string = d.uuid(), caretAfter = false): Promise<Highlight | null> => {
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
    const sel = doc.getSelection();
    if (caretAfter && sel && sel.rangeCount > 0) sel.collapseToEnd();
    else sel?.removeAllRanges();
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

  const remove = async (id: string, at: Point, keyboard = false): Promise<void> => {
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
    }, undefined, keyboard);
  };

  /** Painted highlights with their ranges (what the keyboard can reach). */
  const paintedEntries = (): Array<[string, Range]> => {
    if (page.records.size === 0) return [];
    const r = page.renderer();
    return r.ids().filter((id) => page.records.has(id)).map((id) => [id, r.rangeOf(id)] as [string, Range | null])
      .filter((e): e is [string, Range] => e[1] !== null && !isDeadRange(e[1]));
  };

  /**
   * `keyboard`: opened by the highlight command or the panel, so focus goes into the menu and its
   * Previous / Next buttons step through the page's highlights in reading order.
   */
  const openMenu = (id: string, at: Point, keyboard?: { focus?: KeyboardMenu['focus'] }): void => {
    const h = page.records.get(id);
    if (!h || !settings) return;
    let nav: KeyboardMenu | undefined;
    if (keyboard) {
      const ordered = inReadingOrder(paintedEntries());
      const step = (dir: 1 | -1): void => {
        const other = stepFrom(ordered, id, dir);
        if (other) revealMenu(other, dir === 1 ? 'next' : 'previous');
      };
      nav = { focus: keyboard.focus, nav: { position: ordered.indexOf(id) + 1, total: ordered.length, previous: () => step(-1), next: () => step(1) } };
    }
    ui.showMenu(at, { palette: settings.palette, color: storedColor(h.color) }, {
      // The menu stays open, focus where it is: the reader may go on (note, delete, next).
      color: (hex) => void edit(id, { color: storedColor(hex) }, at),
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
        void remove(id, at, Boolean(keyboard));
      },
    }, nav);
  };

  /** Brings a highlight on screen (at once: the menu is placed by where it ends up) and opens its menu from the keyboard. */
  const revealMenu = (id: string, focus?: KeyboardMenu['focus']): boolean => {
    const range = page.records.has(id) ? page.renderer().rangeOf(id) : null;
    if (!range || isDeadRange(range)) return false;
    const view = doc.defaultView;
    let box: DOMRect | null;
    try {
      box = range.getBoundingClientRect();
    } catch {
      box = null;
    }
    if (box && view && (box.top < 0 || box.bottom > view.innerHeight)) {
      const target = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
      target?.scrollIntoView({ block: 'center', behavior: 'auto' });
    }
    openMenu(id, ui.anchorPoint(range), { ...(focus ? { focus } : {}) });
    return true;
  };

  /**
   * Waits for this page's stored highlights when the bundle has only just started (the command
   * itself may have injected it): otherwise a highlight about to be painted would be duplicated.
   */
  const settled = async (): Promise<void> => {
    const left = startedAt + d.firstLoadWaitMs - d.now();
    if (!article && left > 0) await Promise.race([firstAttach, new Promise((resolve) => setTimeout(resolve, left))]);
    if (loading) await Promise.race([loading, new Promise((resolve) => setTimeout(resolve, d.firstLoadWaitMs))]);
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
      // `loading` is set before the first-attach waiters wake (they wait on it next).
      const loaded = load().catch(() => {});
      attached?.();
      return loaded;
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
      await settled();
      await loadSettings();
      const sel = doc.getSelection();
      const at = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
      const inUi = at !== null && (ui.isOurs(at.startContainer) || ui.isOurs(at.endContainer));
      const painted = paintedEntries();
      // The caret or the selection is inside a highlight: that highlight's menu, not a duplicate.
      const holding = at && !inUi ? highlightHolding(painted, at) : null;
      if (holding) {
        ui.hide();
        openMenu(holding, ui.anchorPoint(page.renderer().rangeOf(holding) ?? at as Range), {});
        return false;
      }
      const range = currentSelection();
      if (range) {
        ui.hide();
        return (await createFromRange(range, color, undefined, true)) !== null;
      }
      const first = firstOnScreen(inReadingOrder(painted), (id) => page.renderer().rangeOf(id));
      if (first) revealMenu(first);
      else ui.showMessage({ x: 16, y: 16 }, ui.t('nothingToHighlight'));
      return false;
    },
    async openMenuFor(id) {
      await loadSettings();
      return revealMenu(id);
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
