/**
 * Parses a page's snapshot and composes its report, off the page: in Chrome's offscreen document,
 * in Firefox's background event page (both have DOMParser). A DOMParser document runs no script
 * and loads nothing (no images, styles, frames), so hostile page HTML is only data here. It has
 * scripting off, so the page's noscript blocks are dropped first (core/text/noscript.ts): the live
 * page, where highlights are anchored, reads them as text nobody sees.
 */
import { analyseDocumentReport, type DocumentReport } from '../core/analyse-report';
import { withoutNoscript } from '../core/text/noscript';

/** The composed report of the page at `url` whose serialized DOM is `html`. Throws on a parser failure. */
export function analyseHtml(html: string, url: string): DocumentReport {
  const started = performance.now();
  const doc = new DOMParser().parseFromString(withoutNoscript(html), 'text/html');
  const report = analyseDocumentReport(doc, url);
  // The whole off-page cost, parse included (the bench shows it so nobody thinks it vanished).
  return { ...report, durationMs: performance.now() - started };
}

/** Whether this context can parse HTML itself (Firefox's event page yes; Chrome's service worker no). */
export function canParseHere(): boolean {
  return typeof DOMParser === 'function';
}
