/**
 * Paints highlights with the CSS Custom Highlight API: one `Highlight` per colour registered in
 * `CSS.highlights` under this page load's random name for it (paint-names.ts), styled by rules the
 * background inserts (`scripting.insertCSS`, a stylesheet the page cannot read or match). Nothing
 * is added to the page DOM, so pages that own their DOM (React, Vue) keep working and the text
 * index used for anchoring never changes under us.
 */
import { hitTestRects } from './hit-test';
import { paintNames } from './paint-names';
import { isDeadRange, type HighlightRenderer } from './renderer';

/** The parts of a `Highlight` we use (a set of ranges). */
export type HighlightLike = { add(range: Range): unknown; delete(range: Range): unknown; readonly size: number };

/** The parts of `CSS.highlights` we use. */
export type HighlightRegistryLike = {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): unknown;
  /** Chrome 140+, Firefox 150+: the highlights (and, per the current spec, their ranges) at a point. */
  highlightsFromPoint?: (x: number, y: number) => unknown[];
};

/** The registry and a `Highlight` factory (injectable, so tests need no browser). */
export type CssHighlightApi = { registry: HighlightRegistryLike; create: () => HighlightLike };

/** The browser's API, or null when this browser lacks it (then use the wrapping fallback). */
export function detectCssHighlightApi(win: typeof globalThis = globalThis): CssHighlightApi | null {
  const registry = (win.CSS as unknown as { highlights?: HighlightRegistryLike } | undefined)?.highlights;
  const Ctor = (win as unknown as { Highlight?: new () => HighlightLike }).Highlight;
  if (!registry || typeof registry.set !== 'function' || typeof Ctor !== 'function') return null;
  return { registry, create: () => new Ctor() };
}

/** Name under which a colour's highlight is registered on this page load. */
export function highlightName(key: string): string {
  return paintNames().forKey(key);
}

/**
 * A renderer over the CSS Custom Highlight API: no page DOM changes, ranges kept per id.
 * `onFirstPaint` runs once, before the first highlight is registered (to insert the paint rules).
 */
export function createCssHighlightRenderer(api: CssHighlightApi, onFirstPaint: () => void = () => {}): HighlightRenderer {
  let styled = false;
  const entries = new Map<string, { range: Range; key: string }>();
  const groups = new Map<string, HighlightLike>();

  const attach = (range: Range, key: string): void => {
    let group = groups.get(key);
    if (!group) {
      if (!styled) {
        styled = true;
        onFirstPaint();
      }
      group = api.create();
      groups.set(key, group);
      // Registered lazily and removed when empty: an idle page carries no registry entries of ours.
      api.registry.set(highlightName(key), group);
    }
    // Not chained: chained add() is broken in Firefox 140 (bug 1969004).
    group.add(range);
  };

  const detach = (range: Range, key: string): void => {
    const group = groups.get(key);
    if (!group) return;
    group.delete(range);
    if (group.size === 0) {
      groups.delete(key);
      api.registry.delete(highlightName(key));
    }
  };

  const renderer: HighlightRenderer = {
    kind: 'css',
    add(id, range, key) {
      renderer.remove(id);
      // Our own copy: the caller's range (often the live selection) may change after this call.
      const own = range.cloneRange();
      entries.set(id, { range: own, key });
      attach(own, key);
    },
    setColor(id, key) {
      const entry = entries.get(id);
      if (!entry || entry.key === key) return;
      detach(entry.range, entry.key);
      entry.key = key;
      attach(entry.range, key);
    },
    remove(id) {
      const entry = entries.get(id);
      if (!entry) return;
      entries.delete(id);
      detach(entry.range, entry.key);
    },
    has: (id) => entries.has(id),
    ids: () => [...entries.keys()],
    rangeOf: (id) => entries.get(id)?.range ?? null,
    collapsed: () => [...entries].filter(([, e]) => isDeadRange(e.range)).map(([id]) => id),
    hitTest(x, y) {
      const candidates = fromPoint(api.registry, x, y, entries, groups);
      const pool = candidates ?? [...entries].map(([id, e]): [string, Range] => [id, e.range]);
      return hitTestRects(pool, x, y);
    },
    clear() {
      for (const id of [...entries.keys()]) renderer.remove(id);
    },
  };
  return renderer;
}

/**
 * Narrows the candidates with `highlightsFromPoint` when the browser has it. The spec first
 * returned `Highlight` objects and now returns `{ highlight, ranges }`; both are handled. Returns
 * null (test every range) when the API is missing or throws.
 */
function fromPoint(
  registry: HighlightRegistryLike,
  x: number,
  y: number,
  entries: Map<string, { range: Range; key: string }>,
  groups: Map<string, HighlightLike>,
): [string, Range][] | null {
  if (typeof registry.highlightsFromPoint !== 'function') return null;
  let hits: unknown[];
  try {
    hits = registry.highlightsFromPoint(x, y);
  } catch {
    return null;
  }
  const ours = new Set(groups.values());
  const ranges = new Set<Range>();
  const keys = new Set<string>();
  for (const hit of hits) {
    const h = hit as { highlight?: HighlightLike; ranges?: unknown[] };
    const highlight = (h && typeof h === 'object' && 'highlight' in h ? h.highlight : hit) as HighlightLike;
    if (!ours.has(highlight)) continue;
    if (Array.isArray(h.ranges)) for (const r of h.ranges) ranges.add(r as Range);
    for (const [key, group] of groups) if (group === highlight) keys.add(key);
  }
  return [...entries]
    .filter(([, e]) => (ranges.size > 0 ? ranges.has(e.range) : keys.has(e.key)))
    .map(([id, e]) => [id, e.range]);
}
