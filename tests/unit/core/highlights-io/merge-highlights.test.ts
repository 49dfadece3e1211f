import { describe, expect, it } from 'vitest';
import { mergeHighlights } from '../../../../src/core/highlights-io/merge-highlights';
import { makeHighlight } from './fixtures';

describe('mergeHighlights', () => {
  it('adds new ids, replaces only with strictly newer versions, never duplicates', () => {
    const a = makeHighlight(1);
    const b = makeHighlight(2);
    const bNewer = { ...b, note: 'edited', updated: b.updated + 1 };
    const aOlder = { ...a, note: 'stale', updated: a.updated - 1 };
    const c = makeHighlight(3);
    const existing = [a, b];
    const r = mergeHighlights(existing, [bNewer, aOlder, c, c, { ...a }]);
    expect(r.highlights).toEqual([a, bNewer, c]);
    expect({ added: r.added, replaced: r.replaced, kept: r.kept }).toEqual({ added: 1, replaced: 1, kept: 3 });
    expect(existing).toEqual([a, b]); // inputs untouched
  });

  it('is idempotent: merging the same set again changes nothing', () => {
    const set = [makeHighlight(1), makeHighlight(2)];
    const r = mergeHighlights(set, set);
    expect(r.highlights).toEqual(set);
    expect(r.added + r.replaced).toBe(0);
  });
});
