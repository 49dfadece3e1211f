/** Picks the renderer once per page, by feature detection (see renderer.ts). */
import { createCssHighlightRenderer, detectCssHighlightApi } from './css-highlight-renderer';
import type { HighlightRenderer } from './renderer';
import { createWrapRenderer } from './wrap-renderer';

export function createRenderer(doc: Document): HighlightRenderer {
  const api = detectCssHighlightApi((doc.defaultView ?? globalThis) as typeof globalThis);
  return api ? createCssHighlightRenderer(api) : createWrapRenderer(doc);
}
