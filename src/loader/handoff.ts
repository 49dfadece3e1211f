/**
 * What the loader tells the content bundle it asked for. Both run in the extension's isolated
 * world of the page (the background injects the bundle there), so a global keyed by a registered
 * symbol is shared by them and invisible to the page's own scripts.
 */
export type ContentReason = 'article' | 'page' | 'selection' | 'command';

/** A message for the content bundle that arrived before it: answered once the bundle runs. */
export type PendingMessage = { message: unknown; sender: unknown; respond: (reply: unknown) => void };

export type Handoff = {
  /** Why the bundle was asked for: stored highlights, a first selection, a command from the extension. */
  reason: ContentReason;
  /** The loader's cheap check (looksLikeArticle) on this document. */
  looksLikeArticle: boolean;
  /** Set by the content bundle when it starts: the loader then stops its selection watch and its relay. */
  contentStarted?: boolean;
  /** Messages for the bundle that the loader took while it was being injected. */
  pending?: PendingMessage[];
};

const KEY = Symbol.for('repost-lens.handoff');

/**
 * The registered symbol under which a started loader keeps its wake-up (a function) on the
 * isolated world's global. The background passes this name to the function it executes there
 * after a same-document navigation (src/background/wake-loader.ts).
 */
export const LOADER_KEY = 'repost-lens.loader';

export function readHandoff(): Handoff | undefined {
  return (globalThis as Record<symbol, Handoff | undefined>)[KEY];
}

export function writeHandoff(handoff: Handoff): void {
  (globalThis as Record<symbol, Handoff | undefined>)[KEY] = handoff;
}
