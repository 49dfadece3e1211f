/**
 * Merging highlights from an import (or another device) into the stored ones, by id.
 */
import type { Highlight } from '../anchoring/types';
import { LIMITS } from '../limits';

/**
 * THE "newer wins" rule, used by every write that may meet a stored copy (import, restore, this
 * merge): `incoming` replaces `existing` only when its `updated` is strictly later.
 */
export function isNewer(incoming: Pick<Highlight, 'updated'>, existing: Pick<Highlight, 'updated'> | undefined): boolean {
  return !existing || incoming.updated > existing.updated;
}

/** The `updated` time of an edit of `existing` made at `now`: later than before, even with a clock set back. */
export function nextUpdated(existing: Pick<Highlight, 'updated'>, now: number): number {
  return Math.min(LIMITS.time, Math.max(Math.floor(now), existing.updated + 1));
}

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
    if (isNewer(h, prev)) byId.set(h.id, h);
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
    } else if (isNewer(h, prev)) {
      byId.set(h.id, h);
      if (existingIds.has(h.id)) replaced++;
    } else {
      kept++;
    }
  }
  return { highlights: order.map((id) => byId.get(id) as Highlight), added, replaced, kept };
}
