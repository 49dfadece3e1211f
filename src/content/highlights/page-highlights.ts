/**
 * This page's copy of the article's highlights and where each one is: painted, or an orphan.
 * Anchors in batches (article root first, then the whole body for what it missed), re-anchors
 * orphans and collapsed ranges when the page changes (see reanchor-watcher.ts), and reports the
 * outcome to the background for the side panel. Orphans are never deleted here: only the reader
 * deletes highlights.
 */
import type { Highlight } from '../../core/anchoring/types';
import { anchorAll, type AnchorAllOptions } from '../../core/anchoring/anchor-all';
import { findArticleRoot } from '../../core/text/article-root';
import type { callBackgroundFromContent } from '../../messaging/client';
import { colorKey } from '../../settings/highlight-colors';
import { paintOutcomes } from './paint-outcomes';
import { createReanchorWatcher } from './reanchor-watcher';
import type { HighlightRenderer } from './renderer';
import { markTag } from './wrap-renderer';

/** The highlights of the page and their placement. */
export type PageHighlights = {
  /** Stored records by id (the page's current copy). */
  readonly records: Map<string, Highlight>;
  /** The renderer, created on first use. */
  renderer(): HighlightRenderer;
  /** The article root (recomputed if the page replaced it). */
  articleRoot(): Element;
  /** Forgets the cached article root (a new article was attached). */
  resetRoot(next?: Element): void;
  /** Replaces the records with the stored list, re-anchoring only what changed; reports. */
  sync(list: Highlight[]): Promise<void>;
  /** Anchors and paints `list` (records must already hold them); reports. */
  anchor(list: Highlight[]): Promise<void>;
  /** Paints one highlight at a known range (new or re-attached); reports. */
  place(h: Highlight, range: Range): void;
  /** Forgets one highlight (deleted): unpaints it; reports. */
  forget(id: string): void;
  /** Repaints one record in its current colour. */
  recolor(id: string): void;
  /** Makes running batches stale (their results are dropped); returns the new generation. */
  invalidate(): number;
  /** The current generation. */
  generation(): number;
  status(): { anchored: string[]; orphans: string[] };
  destroy(): void;
};

export type PageHighlightsDeps = {
  call: typeof callBackgroundFromContent;
  createRenderer: (doc: Document) => HighlightRenderer;
  anchorOptions: AnchorAllOptions;
  reanchorDebounceMs: number;
  settleMs: number;
  /** Whether reports are wanted yet (an article is attached or the reader made a highlight). */
  shouldReport: () => boolean;
  /** Whether a node is our overlay host (its mutations are not page activity). */
  isOurs: (node: Node) => boolean;
  /** Painted highlights exist (true) or not (false): clicks need listening only in the first case. */
  onPaintedChange: (any: boolean) => void;
};

/** Creates the page's highlight state; nothing is observed or painted until highlights arrive. */
export function createPageHighlights(doc: Document, d: PageHighlightsDeps): PageHighlights {
  const records = new Map<string, Highlight>();
  const orphans = new Set<string>();
  let renderer: HighlightRenderer | null = null;
  let root: Element | null = null;
  let generation = 0;
  let settleTimer: ReturnType<typeof setTimeout> | null = null;

  const paint = (): HighlightRenderer => (renderer ??= d.createRenderer(doc));
  const articleRoot = (): Element => (root && root.isConnected ? root : (root = findArticleRoot(doc)));
  const keyOf = (id: string): string | null => {
    const h = records.get(id);
    return h ? colorKey(h.color) : null;
  };

  const watcher = createReanchorWatcher(doc, () => void retryUnplaced(), {
    debounceMs: d.reanchorDebounceMs,
    isOwnNode: (node) => d.isOurs(node) || (node.nodeType === 1 && (node as Element).localName === markTag()),
  });
  const unpaint = (id: string): void => {
    const r = renderer;
    if (r) watcher.quietly(() => r.remove(id));
  };

  const report = (): void => {
    if (!d.shouldReport() && records.size === 0) return;
    const anchored = renderer ? renderer.ids().filter((id) => records.has(id)) : [];
    void d.call('anchoringReported', { anchored, orphans: [...orphans] });
  };

  /**
   * Observes the page while something is unplaced. `settle` also watches for a short while after
   * painting: client-rendered pages often re-render the article just after load (hydration),
   * replacing the text our ranges point into.
   */
  const updateWatching = (settle = false): void => {
    const unplaced = orphans.size > 0 || (renderer?.collapsed().length ?? 0) > 0;
    if (unplaced || settleTimer !== null || settle) watcher.connect();
    if (settle && renderer && renderer.ids().length > 0) {
      if (settleTimer !== null) clearTimeout(settleTimer);
      settleTimer = setTimeout(() => {
        settleTimer = null;
        updateWatching();
      }, d.settleMs);
    }
    if (!unplaced && settleTimer === null) watcher.disconnect();
    d.onPaintedChange((renderer?.ids().length ?? 0) > 0);
  };

  const anchorBatch = async (list: Highlight[]): Promise<void> => {
    const gen = generation;
    const first = articleRoot();
    const roots = doc.body && first !== doc.body ? [first, doc.body] : [first];
    let pending = list.map((h) => ({ id: h.id, selectors: h.selectors }));
    for (const r of roots) {
      if (pending.length === 0) break;
      const outcomes = await anchorAll(r, pending, d.anchorOptions);
      if (gen !== generation) return; // a newer list arrived while we worked; it anchors itself
      watcher.quietly(() => paintOutcomes(r, outcomes, paint(), keyOf));
      const missed = new Set(outcomes.filter((o) => o.status === 'orphan' && o.reason !== 'invalid').map((o) => o.id));
      for (const o of outcomes) {
        if (o.status === 'anchored') orphans.delete(o.id);
        else orphans.add(o.id);
      }
      pending = pending.filter((h) => missed.has(h.id));
    }
    for (const id of [...orphans]) if (!records.has(id)) orphans.delete(id);
  };

  const retryUnplaced = async (): Promise<void> => {
    const r = renderer;
    const collapsed = r ? r.collapsed() : [];
    if (r) watcher.quietly(() => collapsed.forEach((id) => r.remove(id)));
    const list = [...new Set([...orphans, ...collapsed])].map((id) => records.get(id)).filter((h): h is Highlight => Boolean(h));
    if (list.length > 0) {
      await anchorBatch(list);
      report();
    }
    updateWatching();
  };

  const self: PageHighlights = {
    records,
    renderer: paint,
    articleRoot,
    resetRoot: (next?: Element) => void (root = next ?? null),
    async sync(list) {
      const incoming = new Map(list.map((h) => [h.id, h]));
      for (const id of [...records.keys()]) {
        if (incoming.has(id)) continue;
        unpaint(id);
        records.delete(id);
        orphans.delete(id);
      }
      const toAnchor: Highlight[] = [];
      for (const h of list) {
        const prev = records.get(h.id);
        records.set(h.id, h);
        const placed = renderer?.has(h.id) ?? false;
        if (!prev || JSON.stringify(prev.selectors) !== JSON.stringify(h.selectors) || (!placed && !orphans.has(h.id))) {
          unpaint(h.id);
          toAnchor.push(h);
        } else if (placed && prev.color !== h.color) {
          renderer?.setColor(h.id, colorKey(h.color));
        }
      }
      watcher.resetBudget();
      if (toAnchor.length > 0) await anchorBatch(toAnchor);
      report();
      updateWatching(toAnchor.length > 0);
    },
    async anchor(list) {
      await anchorBatch(list);
      report();
      updateWatching();
    },
    place(h, range) {
      records.set(h.id, h);
      orphans.delete(h.id);
      const r = paint();
      watcher.quietly(() => r.add(h.id, range, colorKey(h.color)));
      report();
      updateWatching();
    },
    forget(id) {
      unpaint(id);
      records.delete(id);
      orphans.delete(id);
      report();
      updateWatching();
    },
    recolor(id) {
      const h = records.get(id);
      if (h) renderer?.setColor(id, colorKey(h.color));
    },
    invalidate: () => ++generation,
    generation: () => generation,
    status: () => ({ anchored: renderer ? renderer.ids() : [], orphans: [...orphans] }),
    destroy() {
      generation++;
      watcher.disconnect();
      if (settleTimer !== null) clearTimeout(settleTimer);
      renderer?.clear();
    },
  };
  return self;
}
