/**
 * How highlights are painted on the page. Two implementations behind one interface, chosen once
 * by feature detection (`createRenderer`): the CSS Custom Highlight API, which adds nothing to the
 * page DOM, and a fallback that wraps text in `<rl-mark>` elements for browsers without it.
 */

/** Paints highlights on the page; ids are highlight ids, keys six-digit hex colours. */
export type HighlightRenderer = {
  /** Which technique paints the highlights. */
  readonly kind: 'css' | 'wrap';
  /** Paints `range` for highlight `id` in colour `key` (six hex digits); replaces an earlier paint of `id`. */
  add(id: string, range: Range, key: string): void;
  /** Repaints `id` in another colour (no-op when `id` is not painted). */
  setColor(id: string, key: string): void;
  /** Unpaints `id`, leaving the page as it was before `add`. */
  remove(id: string): void;
  /** Whether `id` is painted. */
  has(id: string): boolean;
  /** Painted ids. */
  ids(): string[];
  /** The painted range of `id`, or null. */
  rangeOf(id: string): Range | null;
  /** Painted ids whose text the page has since removed or replaced (their range collapsed). */
  collapsed(): string[];
  /** The highlight at viewport point (x, y), innermost first; `target` is the clicked node if known. */
  hitTest(x: number, y: number, target?: EventTarget | null): string | null;
  /** Unpaints everything. */
  clear(): void;
};

/** Whether a range is gone from the page: collapsed, or its nodes detached. */
export function isDeadRange(range: Range): boolean {
  return range.collapsed || !range.startContainer.isConnected || !range.endContainer.isConnected;
}
