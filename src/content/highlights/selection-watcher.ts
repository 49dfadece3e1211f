/**
 * Tells the controller when the reader has finished selecting text: after mouseup or keyup
 * (shift+arrows), debounced so a triple-click or a held key yields one answer. Listening is a few
 * cheap event listeners; nothing is computed until a selection actually exists.
 */

/** Stops listening. */
export type SelectionWatcher = { stop(): void };

/** Calls `onSelection` once the reader pauses after a mouseup or keyup (except on `ignore`d targets). */
export function watchSelection(
  doc: Document,
  onSelection: (selection: Selection | null, event: Event) => void,
  opts: { debounceMs?: number; ignore?: (target: EventTarget | null) => boolean; trusted?: (event: Event) => boolean } = {},
): SelectionWatcher {
  const debounceMs = opts.debounceMs ?? 180;
  const trusted = opts.trusted ?? ((e: Event) => e.isTrusted);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const handler = (event: Event): void => {
    // Only the reader's own mouse and keys: a page that makes a selection and dispatches a
    // synthetic mouseup must not be able to make the toolbar appear (and find its host).
    if (!trusted(event) || opts.ignore?.(event.target)) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onSelection(doc.getSelection(), event);
    }, debounceMs);
  };
  // Capture phase: a page that stops propagation of mouseup must not hide the toolbar from us.
  const options = { capture: true, passive: true } as const;
  doc.addEventListener('mouseup', handler, options);
  doc.addEventListener('keyup', handler, options);
  return {
    stop() {
      doc.removeEventListener('mouseup', handler, options);
      doc.removeEventListener('keyup', handler, options);
      if (timer !== null) clearTimeout(timer);
    },
  };
}
