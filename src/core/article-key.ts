/**
 * Identifies the article on a page, so highlights follow it across its copies: the normalised
 * page URL, the normalised URL of the original when the page names one, and a min-hash
 * fingerprint of the article root's text. Pure: the page URL is passed in, because a parsed
 * snapshot (DOMParser in the background, jsdom in the CLI) has no `location` of its own.
 */
import type { ArticleKey } from './anchoring/types';
import type { PageReading } from './page-reading';
import { normalizePageUrl } from './text/page-url';
import { fingerprintText } from './text/text-fingerprint';

/** The article key of the page at `url` read by `reading`, or null when `url` is not http(s). */
export function articleKeyFor(url: string, reading: PageReading, originalUrl?: string): ArticleKey | null {
  const pageUrl = normalizePageUrl(url);
  if (!pageUrl) return null;
  const original = originalUrl ? normalizePageUrl(originalUrl) : null;
  const fingerprint = fingerprintText(reading.articleIndex().text);
  // A page naming itself as its own original adds nothing but a second lookup.
  return { pageUrl, ...(original && original !== pageUrl ? { originalUrl: original } : {}), fingerprint };
}
