/**
 * What the loader tells the content bundle it asked for. Both run in the extension's isolated
 * world of the page (the background injects the bundle there), so a global keyed by a registered
 * symbol is shared by them and invisible to the page's own scripts.
 */
export type ContentReason = 'article' | 'page' | 'selection';

export type Handoff = {
  /** Why the bundle was asked for: the cheap check said article, stored highlights, a first selection. */
  reason: ContentReason;
  /** The loader's cheap check (looksLikeArticle) on this document. */
  looksLikeArticle: boolean;
  /** Set by the content bundle when it starts: the loader then stops its own listeners. */
  contentStarted?: boolean;
};

const KEY = Symbol.for('repost-lens.handoff');

export function readHandoff(): Handoff | undefined {
  return (globalThis as Record<symbol, Handoff | undefined>)[KEY];
}

export function writeHandoff(handoff: Handoff): void {
  (globalThis as Record<symbol, Handoff | undefined>)[KEY] = handoff;
}
