/**
 * THE composition of a page's result, shared by the extension (the background runs it on the
 * page's snapshot, off the page's main thread) and the CLI: the analysis, the article key and the
 * key figures over one reading of the document, capped at the protocol's limits (`capReport`:
 * never a report the receiver refuses; what was cut is listed in `analysis.problems`).
 */
import { analyzePage } from './analysis/analyze-page';
import type { PageAnalysis } from './analysis/types';
import type { ArticleKey } from './anchoring/types';
import { articleKeyFor } from './article-key';
import { extractKeyFigures } from './figures/extract-figures';
import type { KeyFigure } from './figures/types';
import { capReport } from './limits';
import { readPage, type PageReading } from './page-reading';

/** Structurally the protocol's `PageReport` (the core imports no messaging types). */
export type DocumentReport = {
  url: string;
  title: string;
  isArticle: true;
  analysis: PageAnalysis;
  figures: KeyFigure[];
  article: ArticleKey | null;
  /** Time the composition took, ms (off the page in the extension). */
  durationMs: number;
};

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Analyses `doc` (the page at `url`) in one reading: analysis, article key, key figures. */
export function analyseDocumentReport(doc: Document, url: string, reading: PageReading = readPage(doc)): DocumentReport {
  const started = now();
  const analysis = analyzePage(doc, url, reading);
  const article = articleKeyFor(url, reading, analysis.original.url);
  // The headline the figures weigh is the page's own (og:title, h1, <title>), as the eval measures it.
  const figures = extractKeyFigures(doc, {}, reading);
  return capReport({
    url,
    title: doc.title || '',
    isArticle: true as const,
    analysis,
    figures,
    article,
    durationMs: Math.max(0, now() - started),
  });
}
