/**
 * The report for an http(s) page that is not an article: nothing was analysed, but the panel
 * should say "not an article" (and still list the highlights made on this page), not "reload".
 */
import type { PageReport } from '../messaging/protocol';

export function notArticleReport(doc: Document, url: string): PageReport | null {
  if (!/^https?:/.test(url)) return null;
  return { url, title: (doc.title || '').slice(0, 2000), isArticle: false, analysis: null, figures: [], article: null, durationMs: 0 };
}
