/**
 * Everything the reader touches on the page: the selection watcher that offers the toolbar, the
 * click listener that opens a highlight's menu (installed only while something is painted), and
 * the overlay itself with translated labels.
 */
import type { Language } from '../../settings/schema';
import { makePageTranslate, resolveLanguage, type PageTranslate } from '../../ui/i18n/page-translate';
import { colorLabel } from '../../settings/highlight-colors';
import { createInPageUi, type InPageUi } from './in-page-ui';
import type { OverlayLabels } from './overlay/overlay-views';
import { watchSelection } from './selection-watcher';

/** A viewport point in CSS pixels. */
export type Point = { x: number; y: number };

/** The in-page UI as the controller sees it. */
export type HighlightsUi = Omit<InPageUi, 'showToolbar' | 'setLabels'> & {
  /** Shows the toolbar next to the end of `range`. */
  showToolbar(range: Range, palette: readonly string[], actions: { color(hex: string): void; note(): void }): void;
  /** The viewport point just below the end of `range`, where our overlay goes. */
  anchorPoint(range: Range): Point;
  /** Follows the user's language setting. */
  setLanguage(language: Language): void;
  /** The current language's strings (for messages the controller shows). */
  t: PageTranslate;
  /** Listens for clicks on highlights (only while some are painted: idle pages get no listener). */
  setClickable(on: boolean): void;
  destroy(): void;
};

/** Callbacks into the controller. */
export type HighlightsUiOptions = {
  selectionDebounceMs: number;
  onSelection(selection: Selection | null): void;
  hitTest(x: number, y: number, target: EventTarget | null): string | null;
  onHighlightClick(id: string, at: Point): void;
  /** Whether an event comes from the reader (`isTrusted`); replaceable only for tests without real input. */
  trusted?: (event: Event) => boolean;
};

function labelsFor(t: PageTranslate): OverlayLabels {
  return {
    color: (name) => t('highlightIn', { color: colorLabel(name, t.language ?? 'en') }),
    addNote: t('addNote'),
    note: t('noteButton'),
    copy: t('copy'),
    delete: t('delete'),
    deleted: t('deleted'),
    undo: t('undo'),
    menuName: (n, total) => (total > 0 ? t('highlightMenuOf', { n, total }) : t('highlightMenu')),
    previous: t('previousHighlight'),
    next: t('nextHighlight'),
    toolbarName: t('selectionToolbar'),
  };
}

/** Installs the selection watcher (cheap listeners only) and prepares the overlay lazily. */
export function createHighlightsUi(doc: Document, opts: HighlightsUiOptions): HighlightsUi {
  const navLanguage = doc.defaultView?.navigator?.language ?? 'en';
  const trusted = opts.trusted ?? ((e: Event) => e.isTrusted);
  let translate = makePageTranslate(resolveLanguage('auto', navLanguage));
  const overlay = createInPageUi(doc, labelsFor(translate));
  const selection = watchSelection(doc, (sel) => opts.onSelection(sel), {
    debounceMs: opts.selectionDebounceMs,
    ignore: (target) => overlay.isOurs(target),
    trusted,
  });

  const onClick = (e: MouseEvent): void => {
    // Only the reader's own clicks: a page dispatching synthetic clicks must not make our UI appear.
    if (!trusted(e) || overlay.isOurs(e.target) || e.button !== 0) return;
    // A click that ends a drag-selection is selecting, not pointing at a highlight.
    const sel = doc.getSelection();
    if (sel && !sel.isCollapsed) return;
    const id = opts.hitTest(e.clientX, e.clientY, e.target);
    if (id) opts.onHighlightClick(id, { x: e.clientX, y: e.clientY + 12 });
  };
  let clickable = false;

  const anchorPoint = (range: Range): Point => {
    try {
      // The caret at the end of the range: cheap even for a select-all over megabytes of text.
      const end = range.cloneRange();
      end.collapse(false);
      const caret = end.getBoundingClientRect();
      if (caret.bottom !== 0 || caret.left !== 0) return { x: Math.max(0, caret.left), y: caret.bottom + 8 };
      const rects = range.getClientRects();
      const last = rects.length > 0 ? rects[rects.length - 1] : range.getBoundingClientRect();
      return { x: Math.max(0, last?.left ?? 0), y: (last?.bottom ?? 0) + 8 };
    } catch {
      return { x: 8, y: 8 }; // no layout for this range (detached, or a DOM without layout)
    }
  };

  return {
    ...overlay,
    t: (key, params) => translate(key, params),
    showToolbar(range, palette, actions) {
      overlay.showToolbar(anchorPoint(range), palette, actions);
    },
    anchorPoint,
    setLanguage(language) {
      translate = makePageTranslate(resolveLanguage(language, navLanguage));
      overlay.setLabels(labelsFor(translate));
    },
    setClickable(on) {
      if (on === clickable) return;
      clickable = on;
      // Capture and passive: we never block or reorder the page's own click handling.
      if (on) doc.addEventListener('click', onClick, { capture: true, passive: true });
      else doc.removeEventListener('click', onClick, { capture: true });
    },
    destroy() {
      selection.stop();
      if (clickable) doc.removeEventListener('click', onClick, { capture: true });
      clickable = false;
      overlay.hide();
    },
  };
}
