/**
 * Which painted range lies under a point, by comparing the point with each range's client
 * rectangles. Used where `CSS.highlights.highlightsFromPoint` is missing (before Chrome 140 and
 * Firefox 150) and to narrow its answer to one range.
 */

/** Slack in CSS pixels: rectangles of inline text have sub-pixel edges. */
const SLACK = 1;

/**
 * The id whose range has a client rect containing (x, y). When ranges overlap, the shortest wins:
 * a highlight made inside another one is the one the reader is pointing at.
 */
export function hitTestRects(entries: Iterable<[string, Range]>, x: number, y: number): string | null {
  let best: string | null = null;
  let bestLength = Infinity;
  for (const [id, range] of entries) {
    if (!pointInRange(range, x, y)) continue;
    const length = range.toString().length;
    if (length < bestLength) {
      best = id;
      bestLength = length;
    }
  }
  return best;
}

/** Whether (x, y) lies inside one of `range`'s client rects. */
export function pointInRange(range: Range, x: number, y: number): boolean {
  let rects: ArrayLike<DOMRect>;
  try {
    rects = range.getClientRects();
  } catch {
    return false; // a range over detached nodes
  }
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i] as DOMRect;
    if (r.width === 0 && r.height === 0) continue;
    if (x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK) return true;
  }
  return false;
}
