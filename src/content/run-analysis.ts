/**
 * Analyses the page once it is idle and reports to the background. The cheap `looksLikeArticle`
 * check runs first so that web apps, search pages and huge DOMs pay almost nothing.
 */
import { analyzePage } from '../core/analysis/analyze-page';
import { looksLikeArticle } from '../core/analysis/looks-like-article';
import { extractKeyFigures } from '../core/figures/extract-figures';
import type { ArticleKey } from '../core/anchoring/types';
import { capReport } from '../core/limits';
import type { PageReport } from '../messaging/protocol';

/** Runs the full analysis of `doc` (synchronous; call it from an idle callback). */
export function analyseDocument(doc: Document, url: string, articleKeyOf: (doc: Document, originalUrl?: string) => ArticleKey | null): PageReport | null {
  if (!/^https?:/.test(url)) return null;
  const started = performance.now();
  if (!looksLikeArticle(doc)) return null;
  const analysis = analyzePage(doc, url);
  const figures = extractKeyFigures(doc);
  // Capped at the protocol's limits, saying what was cut: never a report the background refuses.
  return capReport({
    url,
    title: doc.title || '',
    isArticle: true,
    analysis,
    figures,
    article: articleKeyOf(doc, analysis.original.url),
    durationMs: performance.now() - started,
  });
}
