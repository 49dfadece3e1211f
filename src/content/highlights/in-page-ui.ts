/**
 * The in-page UI around highlights: the selection toolbar, a highlight's menu and the undo toast,
 * all shown in the one overlay host (so at most one is visible, and none when idle). Hides on
 * Escape, on scroll and on a click elsewhere; the listeners for that exist only while shown.
 */
import { createOverlayHost } from './overlay/overlay-host';
import { buildHighlightMenu, buildMessage, buildSelectionToolbar, buildUndoToast, type MenuNavigation, type OverlayLabels } from './overlay/overlay-views';

/**
 * A menu opened from the keyboard: focus moves into it (onto the current colour, or the button
 * `focus` names after a step), and `nav` steps through the page's highlights.
 */
export type KeyboardMenu = { focus?: 'color' | 'previous' | 'next'; nav: MenuNavigation };

/** The overlay's views; showing one replaces the other. */
export type InPageUi = {
  /** Whether `target` is our overlay (events from inside its closed shadow root point at the host). */
  isOurs(target: EventTarget | Node | null): boolean;
  showToolbar(at: { x: number; y: number }, palette: readonly string[], actions: { color(hex: string): void; note(): void }): void;
  showMenu(at: { x: number; y: number }, state: { palette: readonly string[]; color: string }, actions: { color(hex: string): void; note(): void; copy(): void; delete(): void }, keyboard?: KeyboardMenu): void;
  /** `focus`: the Undo button takes keyboard focus (the delete came from the keyboard). */
  showUndo(at: { x: number; y: number }, undo: () => void, ms?: number, focus?: boolean): void;
  /** A message that hides itself after `ms` (or on Escape, a click elsewhere). */
  showMessage(at: { x: number; y: number }, text: string, ms?: number): void;
  hide(): void;
  isShown(): boolean;
  setLabels(labels: OverlayLabels): void;
};

/** The overlay views over one lazily built host; `hide` leaves nothing of ours in the page. */
export function createInPageUi(doc: Document, initialLabels: OverlayLabels): InPageUi {
  const host = createOverlayHost(doc);
  let labels = initialLabels;
  let toastTimer: ReturnType<typeof setTimeout> | null = null;
  const view = doc.defaultView;

  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') ui.hide();
  };
  let kind: 'toolbar' | 'menu' | 'toast' | 'message' | null = null;
  // The toolbar belongs to a selection that scrolled away.
  const onScroll = (): void => {
    if (kind === 'toolbar') ui.hide();
  };
  const onPointerDown = (e: Event): void => {
    if (!host.isOurs(e.target)) ui.hide();
  };

  const show = (next: 'toolbar' | 'menu' | 'toast' | 'message', build: (panel: HTMLElement) => void, at: { x: number; y: number }, focus?: (panel: HTMLElement) => HTMLElement | null): void => {
    kind = next;
    if (toastTimer !== null) clearTimeout(toastTimer);
    toastTimer = null;
    const wasShown = host.isShown();
    host.show(build, at.x, at.y, focus);
    if (!wasShown) {
      doc.addEventListener('keydown', onKey, true);
      doc.addEventListener('mousedown', onPointerDown, true);
      view?.addEventListener('scroll', onScroll, { capture: true, passive: true });
    }
  };

  const ui: InPageUi = {
    isOurs: (target) => host.isOurs(target),
    showToolbar(at, palette, actions) {
      show('toolbar', (panel) => buildSelectionToolbar(panel, palette, labels, actions), at);
    },
    showMenu(at, state, actions, keyboard) {
      const focus = keyboard
        ? (panel: HTMLElement) => panel.querySelector<HTMLElement>(keyboard.focus && keyboard.focus !== 'color' ? `[data-role=${keyboard.focus}]` : '[aria-pressed=true]')
        : undefined;
      show('menu', (panel) => buildHighlightMenu(panel, state, labels, actions, keyboard?.nav), at, focus);
    },
    showUndo(at, undo, ms = 6000, focus = false) {
      show('toast', (panel) => buildUndoToast(panel, labels, () => {
        ui.hide();
        undo();
      }), at, focus ? (panel) => panel.querySelector<HTMLElement>('[data-role=undo]') : undefined);
      toastTimer = setTimeout(() => ui.hide(), ms);
    },
    showMessage(at, text, ms = 8000) {
      show('message', (panel) => buildMessage(panel, text), at);
      toastTimer = setTimeout(() => ui.hide(), ms);
    },
    hide() {
      if (toastTimer !== null) clearTimeout(toastTimer);
      toastTimer = null;
      kind = null;
      if (!host.isShown()) return;
      host.hide();
      doc.removeEventListener('keydown', onKey, true);
      doc.removeEventListener('mousedown', onPointerDown, true);
      view?.removeEventListener('scroll', onScroll, { capture: true });
    },
    isShown: () => host.isShown(),
    setLabels(next) {
      labels = next;
    },
  };
  return ui;
}
