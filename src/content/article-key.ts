/**
 * Identifies the article on this page, so highlights follow it across its copies: the normalised
 * page URL, the normalised URL of the original when the page names one, and a min-hash
 * fingerprint of the article root's text. Called only on article pages after the analysis, or
 * lazily when the reader highlights something: the text walk is not free on big pages.
 */
import type { ArticleKey } from '../core/anchoring/types';
import { findArticleRoot } from '../core/text/article-root';
import { normalizePageUrl } from '../core/text/page-url';
import { buildTextIndex } from '../core/text/text-index';
import { fingerprintText } from '../core/text/text-fingerprint';

/** The article key of `doc`, or null when the page is not an http(s) page. */
export function articleKeyOf(doc: Document, originalUrl?: string): ArticleKey | null {
  const pageUrl = normalizePageUrl(doc.location?.href ?? '');
  if (!pageUrl) return null;
  const original = originalUrl ? normalizePageUrl(originalUrl) : null;
  const fingerprint = fingerprintText(buildTextIndex(findArticleRoot(doc)).text);
  // A page naming itself as its own original adds nothing but a second lookup.
  return { pageUrl, ...(original && original !== pageUrl ? { originalUrl: original } : {}), fingerprint };
}
