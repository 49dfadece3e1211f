/**
 * The article key of the live page (core/article-key.ts over `doc.location`): used when the reader
 * highlights on a page the background did not analyse (not an article). On analysed pages the
 * content bundle takes the key the background computed from the page's snapshot instead.
 */
import type { ArticleKey } from '../core/anchoring/types';
import { articleKeyFor } from '../core/article-key';
import { readPage, type PageReading } from '../core/page-reading';

/** The article key of `doc`, or null when the page is not an http(s) page. `reading` shares the page's text walk. */
export function articleKeyOf(doc: Document, originalUrl?: string, reading: PageReading = readPage(doc)): ArticleKey | null {
  return articleKeyFor(doc.location?.href ?? '', reading, originalUrl);
}
