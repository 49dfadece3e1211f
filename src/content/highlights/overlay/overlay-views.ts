/**
 * The overlay's three views, built with DOM calls and `textContent` only: the quote and note are
 * page- or user-derived text and never go through an HTML parser.
 */
import { colorNameOf } from '../../../settings/highlight-colors';

/** UI strings the views need (already translated). */
export type OverlayLabels = {
  color: (name: string) => string;
  addNote: string;
  /** The menu's button that opens the highlight's note in the side panel. */
  note: string;
  copy: string;
  delete: string;
  deleted: string;
  undo: string;
  /** The menu's name for screen readers: "Highlight 2 of 5" (or just "Highlight" when total is 0). */
  menuName: (position: number, total: number) => string;
  previous: string;
  next: string;
  /** The selection toolbar's name. */
  toolbarName: string;
};

/** Stepping through the page's highlights from the keyboard (the menu opened by the highlight command). */
export type MenuNavigation = { position: number; total: number; previous(): void; next(): void };

function button(doc: Document, cls: string, label: string, onClick: () => void, role?: string): HTMLButtonElement {
  const b = doc.createElement('button');
  if (role) b.dataset.role = role;
  b.type = 'button';
  b.className = cls;
  b.textContent = cls === 'swatch' ? '' : label;
  b.setAttribute('aria-label', label);
  b.title = label;
  // Keeps the page's selection: the toolbar acts on it, and a focus change would clear it.
  b.addEventListener('mousedown', (e) => e.preventDefault());
  b.addEventListener('click', (e) => {
    e.preventDefault();
    onClick();
  });
  return b;
}

function swatches(panel: HTMLElement, palette: readonly string[], labels: OverlayLabels, current: string | null, pick: (hex: string) => void): void {
  const doc = panel.ownerDocument;
  for (const hex of palette) {
    const b = button(doc, 'swatch', labels.color(colorNameOf(hex)), () => {
      // The menu stays as it is (focus too): only which colour is pressed changes.
      if (current !== null) for (const s of panel.querySelectorAll('.swatch')) s.setAttribute('aria-pressed', String(s === b));
      pick(hex);
    });
    b.style.background = hex;
    if (current !== null) b.setAttribute('aria-pressed', String(current === hex));
    panel.append(b);
  }
}

/** The selection toolbar: one swatch per palette colour, and "add note". */
export function buildSelectionToolbar(panel: HTMLElement, palette: readonly string[], labels: OverlayLabels, actions: { color(hex: string): void; note(): void }): void {
  panel.setAttribute('aria-label', labels.toolbarName);
  swatches(panel, palette, labels, null, actions.color);
  panel.append(button(panel.ownerDocument, 'text', labels.addNote, actions.note));
}

/**
 * The menu of an existing highlight: colour, note, copy, delete. The note is NOT edited here:
 * page scripts can listen to every keystroke typed into the page (even inside a closed shadow
 * root, with capture-phase listeners), so "note" opens the side panel's editor instead.
 */
export function buildHighlightMenu(
  panel: HTMLElement,
  state: { palette: readonly string[]; color: string },
  labels: OverlayLabels,
  actions: { color(hex: string): void; note(): void; copy(): void; delete(): void },
  nav?: MenuNavigation,
): void {
  const doc = panel.ownerDocument;
  const palette = state.palette.includes(state.color) ? state.palette : [...state.palette, state.color];
  panel.setAttribute('aria-label', labels.menuName(nav?.position ?? 0, nav?.total ?? 0));
  swatches(panel, palette, labels, state.color, actions.color);
  panel.append(
    button(doc, 'text', labels.note, actions.note),
    button(doc, 'text', labels.copy, actions.copy),
    button(doc, 'text', labels.delete, actions.delete),
  );
  if (nav && nav.total > 1) {
    panel.append(
      button(doc, 'text', `‹ ${labels.previous}`, nav.previous, 'previous'),
      button(doc, 'text', `${labels.next} ›`, nav.next, 'next'),
    );
  }
}

/** A short message (a refusal, a failure, where to write the note), read out by screen readers. */
export function buildMessage(panel: HTMLElement, text: string): void {
  panel.removeAttribute('aria-label');
  const msg = panel.ownerDocument.createElement('span');
  msg.className = 'msg';
  msg.setAttribute('role', 'alert');
  msg.textContent = text;
  panel.append(msg);
}

/** "Highlight deleted. Undo" after an in-page delete. */
export function buildUndoToast(panel: HTMLElement, labels: OverlayLabels, undo: () => void): void {
  panel.removeAttribute('aria-label');
  const msg = panel.ownerDocument.createElement('span');
  msg.className = 'msg';
  msg.setAttribute('role', 'status');
  msg.textContent = labels.deleted;
  panel.append(msg, button(panel.ownerDocument, 'text', labels.undo, undo, 'undo'));
}
