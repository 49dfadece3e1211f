/**
 * The one place our in-page UI lives: a bare `<div>` holding a CLOSED shadow root. The page's
 * CSS cannot reach inside (and `all: initial !important` inline on the host stops it from
 * restyling the box itself); page scripts cannot open the root. The host carries no id, class or
 * data attribute, and is detached whenever nothing is shown, so an idle page holds nothing of ours.
 */
import { OVERLAY_CSS } from './overlay-styles';

/** The single in-page host of our UI. */
export type OverlayHost = {
  /**
   * Replaces the overlay's content and shows it at viewport point (x, y), kept on screen. With
   * `focus`, keyboard focus moves into the overlay (onto the element `focus` picks, else the first
   * button) and Tab / Shift+Tab cycle inside it until it hides, when focus goes back where it was.
   */
  show(build: (panel: HTMLElement) => void, x: number, y: number, focus?: (panel: HTMLElement) => HTMLElement | null): void;
  /** Detaches the host from the page. */
  hide(): void;
  /** Whether the overlay is in the page. */
  isShown(): boolean;
  /** Whether `node` (or an event target) is our host: events from inside a closed root are retargeted to it. */
  isOurs(node: EventTarget | Node | null): boolean;
};

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  'z-index': '2147483647',
  top: '0px',
  left: '0px',
  display: 'block',
  width: '0px',
  height: '0px',
  overflow: 'visible',
  margin: '0px',
  padding: '0px',
  border: '0px',
};

/** A host that is built on first `show` and detached again on `hide`. */
export function createOverlayHost(doc: Document): OverlayHost {
  // Built on first use: most pages never show the toolbar, and should not pay for a shadow root.
  let built: { host: HTMLElement; panel: HTMLElement } | null = null;
  const build = (): { host: HTMLElement; panel: HTMLElement } => {
    if (built) return built;
    const host = doc.createElement('div');
    for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    const panel = doc.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('role', 'dialog');
    root.append(style, panel);
    panel.addEventListener('keydown', (e) => {
      if (e.key === 'Tab' && trapping) cycleFocus(root, panel, e);
      else if (trapping && (e.key === 'ArrowRight' || e.key === 'ArrowLeft' || e.key === 'ArrowDown' || e.key === 'ArrowUp')) moveFocus(root, panel, e);
    });
    // Clicks inside must not reach the page's handlers as clicks on its own content.
    for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown', 'pointerup', 'keydown', 'keyup']) {
      panel.addEventListener(type, (e) => e.stopPropagation());
    }
    return (built = { host, panel });
  };

  const place = (panel: HTMLElement, x: number, y: number): void => {
    const view = doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    const box = panel.getBoundingClientRect();
    const left = Math.max(4, Math.min(x, width - (box.width || 240) - 4));
    const h = box.height || 40;
    // Below the point, else above it; always inside the viewport (the point may be far off-screen).
    const wanted = y + h + 4 > height ? y - h - 28 : y;
    const top = Math.max(4, Math.min(wanted, height - h - 4));
    panel.style.left = `${Math.round(left)}px`;
    panel.style.top = `${Math.round(top)}px`;
  };

  let trapping = false;
  // Where focus was before the overlay took it (restored when it hides).
  let returnFocus: Element | null = null;

  return {
    show(fill, x, y, focus) {
      const { host, panel } = build();
      if (focus && !trapping) returnFocus = doc.activeElement;
      panel.replaceChildren();
      fill(panel);
      if (!host.isConnected) (doc.documentElement ?? doc.body).appendChild(host);
      place(panel, x, y);
      trapping = trapping || Boolean(focus);
      if (trapping) (focus?.(panel) ?? buttonsOf(panel)[0])?.focus({ preventScroll: true });
    },
    hide() {
      if (!built) return;
      built.panel.replaceChildren();
      built.host.remove();
      if (trapping) {
        trapping = false;
        const back = returnFocus as HTMLElement | null;
        returnFocus = null;
        if (back && back.isConnected && back !== doc.body && typeof back.focus === 'function') back.focus({ preventScroll: true });
      }
    },
    isShown: () => built?.host.isConnected ?? false,
    isOurs: (node) => built !== null && node === built.host,
  };
}

function buttonsOf(panel: HTMLElement): HTMLElement[] {
  return [...panel.querySelectorAll<HTMLElement>('button:not([disabled])')];
}

/** Tab / Shift+Tab from the last / first button wrap around: focus stays in the overlay. */
function cycleFocus(root: ShadowRoot, panel: HTMLElement, e: KeyboardEvent): void {
  const buttons = buttonsOf(panel);
  if (buttons.length === 0) return;
  const at = buttons.indexOf(root.activeElement as HTMLElement);
  const next = e.shiftKey ? (at <= 0 ? buttons.length - 1 : at - 1) : (at < 0 || at === buttons.length - 1 ? 0 : at + 1);
  e.preventDefault();
  buttons[next]?.focus({ preventScroll: true });
}

/** Arrow keys move between the overlay's buttons too (it is one row of them, like a toolbar). */
function moveFocus(root: ShadowRoot, panel: HTMLElement, e: KeyboardEvent): void {
  const buttons = buttonsOf(panel);
  const at = buttons.indexOf(root.activeElement as HTMLElement);
  if (buttons.length === 0 || at < 0) return;
  const forward = e.key === 'ArrowRight' || e.key === 'ArrowDown';
  e.preventDefault();
  buttons[(at + (forward ? 1 : -1) + buttons.length) % buttons.length]?.focus({ preventScroll: true });
}
