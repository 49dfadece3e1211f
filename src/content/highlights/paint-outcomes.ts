/**
 * Paints the results of a batch anchoring. The CSS renderer takes the ranges as they are; the
 * wrapping fallback moves text nodes into marks, which shifts the boundaries of every other live
 * Range over them, so there each range is rebuilt from its text offsets just before painting
 * (the marks do not change the text, so offsets stay valid).
 */
import type { AnchorOutcome } from '../../core/anchoring/types';
import { buildTextIndex, rangeFromOffsets } from '../../core/text/text-index';
import type { HighlightRenderer } from './renderer';

/** Paints every anchored outcome whose colour `keyOf` knows; returns the painted ids. */
export function paintOutcomes(root: Element, outcomes: readonly AnchorOutcome[], renderer: HighlightRenderer, keyOf: (id: string) => string | null): string[] {
  const painted: string[] = [];
  for (const o of outcomes) {
    if (o.status !== 'anchored') continue;
    const key = keyOf(o.id);
    if (key === null) continue;
    const range = renderer.kind === 'css' ? o.range : rangeFromOffsets(buildTextIndex(root), o.start, o.end);
    if (!range || range.collapsed) continue;
    renderer.add(o.id, range, key);
    painted.push(o.id);
  }
  return painted;
}
