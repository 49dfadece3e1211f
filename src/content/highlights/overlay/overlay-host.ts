/**
 * The one place our in-page UI lives: a bare `<div>` holding a CLOSED shadow root. The page's
 * CSS cannot reach inside (and `all: initial !important` inline on the host stops it from
 * restyling the box itself); page scripts cannot open the root. The host carries no id, class or
 * data attribute, and is detached whenever nothing is shown, so an idle page holds nothing of ours.
 */
import { OVERLAY_CSS } from './overlay-styles';

/** The single in-page host of our UI. */
export type OverlayHost = {
  /** Replaces the overlay's content and shows it at viewport point (x, y), kept on screen. */
  show(build: (panel: HTMLElement) => void, x: number, y: number): void;
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

  return {
    show(fill, x, y) {
      const { host, panel } = build();
      panel.replaceChildren();
      fill(panel);
      if (!host.isConnected) (doc.documentElement ?? doc.body).appendChild(host);
      place(panel, x, y);
    },
    hide() {
      if (!built) return;
      built.panel.replaceChildren();
      built.host.remove();
    },
    isShown: () => built?.host.isConnected ?? false,
    isOurs: (node) => built !== null && node === built.host,
  };
}
