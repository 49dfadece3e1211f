/**
 * How many of the newest highlights the library renders in its first frame: those that can be
 * on screen when it is painted, the rest one frame later. Rendering and laying out an item costs
 * ~2 ms on a busy machine (measured: 12 items took ~20 ms more to paint than 4), and with a
 * group per article only ~5 fit in a 720 px window.
 *
 * The estimate errs towards rendering more: the lowest the list can start, and the least an item
 * and a group heading can take (measured at 1280×720: the list at 207 px, a one-line item 64 px,
 * a group's heading, padding and margin 52 px). Taller items (long quotes, notes, a narrow window,
 * larger fonts) only mean that fewer than rendered are visible.
 */
import type { Highlight } from '../core/anchoring/types';

const LIST_TOP_PX = 150;
const ITEM_PX = 56;
const GROUP_PX = 40;

export function firstScreenCount(list: readonly Highlight[], viewportPx: number): number {
  let y = LIST_TOP_PX;
  let page = '';
  let n = 0;
  for (const h of list) {
    if (y >= viewportPx && n > 0) break;
    if (h.article.pageUrl !== page) {
      page = h.article.pageUrl;
      y += GROUP_PX;
    }
    y += ITEM_PX;
    n++;
  }
  return n;
}
