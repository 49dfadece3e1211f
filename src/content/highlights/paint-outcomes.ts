/**
 * Paints the results of a batch anchoring. The CSS renderer takes the ranges as they are. The
 * wrapping fallback splits text nodes and moves them into marks, which shifts the boundaries of
 * every other live Range over them; so there each range is rebuilt from its text offsets (the
 * marks do not change the text). Painting from the end of the text backwards keeps one text
 * index valid for everything before the last split, so it is rebuilt only for overlaps, not once
 * per highlight (which would be O(highlights × text) on the main thread).
 */
import type { AnchorOutcome } from '../../core/anchoring/types';
import { buildTextIndex, rangeFromOffsets, type TextIndex } from '../../core/text/text-index';
import type { HighlightRenderer } from './renderer';

type Placed = Extract<AnchorOutcome, { status: 'anchored' }>;

/** Paints every anchored outcome whose colour `keyOf` knows; returns the painted ids. */
export function paintOutcomes(root: Element, outcomes: readonly AnchorOutcome[], renderer: HighlightRenderer, keyOf: (id: string) => string | null): string[] {
  const placed = outcomes.filter((o): o is Placed => o.status === 'anchored' && keyOf(o.id) !== null);
  const painted: string[] = [];
  if (renderer.kind === 'css') {
    for (const o of placed) {
      if (o.range.collapsed) continue;
      renderer.add(o.id, o.range, keyOf(o.id) as string);
      painted.push(o.id);
    }
    return painted;
  }
  let index: TextIndex | null = null;
  let lowestSplit = Infinity;
  for (const o of [...placed].sort((a, b) => b.start - a.start)) {
    // Nodes at or after `lowestSplit` were split by an earlier paint: the old index is wrong there.
    if (!index || o.end > lowestSplit) index = buildTextIndex(root);
    const range = rangeFromOffsets(index, o.start, o.end);
    if (!range || range.collapsed) continue;
    renderer.add(o.id, range, keyOf(o.id) as string);
    lowestSplit = Math.min(lowestSplit, o.start);
    painted.push(o.id);
  }
  return painted;
}
