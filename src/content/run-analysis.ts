/**
 * Analyses the page in slices and builds the report for the background. Each step (cheap
 * check, text index, analysis, article key, figures) runs in its own task, with a yield to the
 * page in between, so no single task of ours holds the main thread for the whole analysis. The
 * steps share one reading of the page (text index and article root built once).
 */
import { analyzePage } from '../core/analysis/analyze-page';
import { looksLikeArticle } from '../core/analysis/looks-like-article';
import { extractKeyFigures } from '../core/figures/extract-figures';
import { readPage, type PageReading } from '../core/page-reading';
import type { PageAnalysis } from '../core/analysis/types';
import type { KeyFigure } from '../core/figures/types';
import type { ArticleKey } from '../core/anchoring/types';
import { capReport } from '../core/limits';
import type { PageReport } from '../messaging/protocol';
import { articleKeyOf } from './article-key';
import { yieldToPage } from './yield-to-page';

export type AnalysisOutcome = { report: PageReport; reading: PageReading };

/**
 * The full analysis of `doc`, or null when it is not an http(s) article page or `signal` was
 * aborted. `knownArticle` skips the cheap check when the loader has just made it.
 */
export async function analyseDocument(doc: Document, url: string, opts: { signal?: AbortSignal; knownArticle?: boolean } = {}): Promise<AnalysisOutcome | null> {
  if (!/^https?:/.test(url)) return null;
  const { signal } = opts;
  let busy = 0;
  const step = async <T>(work: () => T): Promise<T | null> => {
    if (signal?.aborted) return null;
    const t = performance.now();
    const value = work();
    busy += performance.now() - t;
    await yieldToPage();
    return signal?.aborted ? null : value;
  };
  if (!opts.knownArticle && !(await step(() => looksLikeArticle(doc)))) return null;
  const reading = readPage(doc);
  if ((await step(() => reading.bodyIndex())) === null) return null;
  const analysis = await step<PageAnalysis>(() => analyzePage(doc, url, reading));
  if (!analysis) return null;
  if ((await step(() => reading.articleRoot())) === null) return null;
  const article = await step<ArticleKey | null | false>(() => articleKeyOf(doc, analysis.original.url, reading) ?? false);
  if (article === null) return null;
  const figures = await step<KeyFigure[]>(() => extractKeyFigures(doc, {}, reading));
  if (!figures) return null;
  // Capped at the protocol's limits, saying what was cut: never a report the background refuses.
  const report: PageReport = capReport({
    url,
    title: doc.title || '',
    isArticle: true,
    analysis,
    figures,
    article: article || null,
    durationMs: busy,
  });
  return { report, reading };
}
