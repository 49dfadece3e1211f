/**
 * Which painted highlight a keyboard reader means. Highlights are painted without page nodes
 * (nothing a site could see), so they cannot take focus; the highlight command reaches them
 * instead: with the caret or a selection inside a highlight it means that one, otherwise the
 * first one on screen, and the menu then steps through the others in reading order.
 */

/** Whether `outer` contains `inner` (boundary points; equal ranges contain each other). */
export function rangeContains(outer: Range, inner: Range): boolean {
  try {
    return outer.compareBoundaryPoints(Range.START_TO_START, inner) <= 0 && outer.compareBoundaryPoints(Range.END_TO_END, inner) >= 0;
  } catch {
    return false; // different documents or detached nodes
  }
}

/**
 * The painted highlight that holds all of `range` (a caret or a selection): the shortest one when
 * highlights nest, since the inner one is what the reader points at. Null when none holds it.
 */
export function highlightHolding(entries: Iterable<[string, Range]>, range: Range): string | null {
  let best: string | null = null;
  let bestLength = Infinity;
  for (const [id, painted] of entries) {
    if (painted.collapsed || !rangeContains(painted, range)) continue;
    const length = painted.toString().length;
    if (length < bestLength) {
      best = id;
      bestLength = length;
    }
  }
  return best;
}

/** Painted ids in reading (document) order of their starts; ties keep the shorter first. */
export function inReadingOrder(entries: Iterable<[string, Range]>): string[] {
  const live = [...entries].filter(([, r]) => !r.collapsed && r.startContainer.isConnected);
  live.sort(([, a], [, b]) => {
    try {
      return a.compareBoundaryPoints(Range.START_TO_START, b) || a.compareBoundaryPoints(Range.END_TO_END, b);
    } catch {
      return 0;
    }
  });
  return live.map(([id]) => id);
}

/**
 * The highlight to open when nothing is selected: the first (in reading order) that is on screen
 * or below it, else the last one above it.
 */
export function firstOnScreen(ordered: readonly string[], rangeOf: (id: string) => Range | null): string | null {
  let lastAbove: string | null = null;
  for (const id of ordered) {
    const range = rangeOf(id);
    if (!range) continue;
    let box: DOMRect;
    try {
      box = range.getBoundingClientRect();
    } catch {
      continue;
    }
    // Reading order: the first one not wholly above the viewport is on screen or the next below it.
    if (box.bottom > 0) return id;
    lastAbove = id;
  }
  return lastAbove;
}

/** The neighbour of `id` in `ordered`, wrapping around at either end. */
export function stepFrom(ordered: readonly string[], id: string, step: 1 | -1): string | null {
  if (ordered.length === 0) return null;
  const at = ordered.indexOf(id);
  if (at < 0) return ordered[0] ?? null;
  return ordered[(at + step + ordered.length) % ordered.length] ?? null;
}
