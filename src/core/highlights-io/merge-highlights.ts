/**
 * Merging highlights from an import (or another device) into the stored ones, by id.
 */
import type { Highlight } from '../anchoring/types';

export type MergeResult = {
  /** Existing highlights (in their order, replaced where newer) followed by the new ones. */
  highlights: Highlight[];
  /** How many incoming highlights were new, replaced an older one, or were not newer. */
  added: number;
  replaced: number;
  kept: number;
};

/**
 * Merges `incoming` into `existing` by id without duplicates: an incoming highlight replaces the
 * stored one only when its `updated` is strictly newer (on a tie the stored one stays, so
 * re-importing the same file changes nothing). Pure: the inputs are not modified.
 */
export function mergeHighlights(existing: readonly Highlight[], incoming: readonly Highlight[]): MergeResult {
  const byId = new Map<string, Highlight>();
  const order: string[] = [];
  for (const h of existing) {
    if (!byId.has(h.id)) order.push(h.id);
    const prev = byId.get(h.id);
    if (!prev || h.updated > prev.updated) byId.set(h.id, h);
  }
  const existingIds = new Set(order);
  let added = 0;
  let replaced = 0;
  let kept = 0;
  for (const h of incoming) {
    const prev = byId.get(h.id);
    if (!prev) {
      byId.set(h.id, h);
      order.push(h.id);
      added++;
    } else if (h.updated > prev.updated) {
      byId.set(h.id, h);
      if (existingIds.has(h.id)) replaced++;
    } else {
      kept++;
    }
  }
  return { highlights: order.map((id) => byId.get(id) as Highlight), added, replaced, kept };
}
