/** Picks the renderer once per page, by feature detection (see renderer.ts). */
import { createCssHighlightRenderer, detectCssHighlightApi } from './css-highlight-renderer';
import { ensurePaintStyles } from './paint-styles';
import type { HighlightRenderer } from './renderer';
import { createWrapRenderer } from './wrap-renderer';

/** The CSS Custom Highlight renderer where the browser has the API, else the wrapping fallback. */
export function createRenderer(doc: Document): HighlightRenderer {
  const api = detectCssHighlightApi((doc.defaultView ?? globalThis) as typeof globalThis);
  return api ? createCssHighlightRenderer(api, () => void ensurePaintStyles()) : createWrapRenderer(doc);
}
