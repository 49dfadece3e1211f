/**
 * Identifies the article on this page, so highlights follow it across its copies: the normalised
 * page URL, the normalised URL of the original when the page names one, and a min-hash
 * fingerprint of the article root's text. Called only on article pages after the analysis, or
 * lazily when the reader highlights something: the text walk is not free on big pages.
 */
import type { ArticleKey } from '../core/anchoring/types';
import { readPage, type PageReading } from '../core/page-reading';
import { normalizePageUrl } from '../core/text/page-url';
import { fingerprintText } from '../core/text/text-fingerprint';

/** The article key of `doc`, or null when the page is not an http(s) page. `reading` shares the page's text walk. */
export function articleKeyOf(doc: Document, originalUrl?: string, reading: PageReading = readPage(doc)): ArticleKey | null {
  const pageUrl = normalizePageUrl(doc.location?.href ?? '');
  if (!pageUrl) return null;
  const original = originalUrl ? normalizePageUrl(originalUrl) : null;
  const fingerprint = fingerprintText(reading.articleIndex().text);
  // A page naming itself as its own original adds nothing but a second lookup.
  return { pageUrl, ...(original && original !== pageUrl ? { originalUrl: original } : {}), fingerprint };
}
