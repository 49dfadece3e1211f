/** Groups a page of highlights (newest first) by article, each group where its newest highlight is. */
import type { Highlight } from '../core/anchoring/types';

export type ArticleGroup = { key: string; pageUrl: string; title: string; site: string; highlights: Highlight[] };

export function groupByArticle(list: readonly Highlight[]): ArticleGroup[] {
  const groups = new Map<string, ArticleGroup>();
  for (const h of list) {
    const key = h.article.pageUrl;
    let g = groups.get(key);
    if (!g) {
      g = { key, pageUrl: h.article.pageUrl, title: h.pageTitle || h.article.pageUrl, site: h.madeOn, highlights: [] };
      groups.set(key, g);
    }
    g.highlights.push(h);
  }
  return [...groups.values()];
}

/** Start of the creation-time window for a date filter ('' = any time). */
export function dateFrom(choice: string, now: number): number | undefined {
  const day = 86_400_000;
  if (choice === 'today') {
    const d = new Date(now);
    d.setHours(0, 0, 0, 0);
    return d.getTime();
  }
  const days = { week: 7, month: 30, year: 365 }[choice as 'week' | 'month' | 'year'];
  return days ? now - days * day : undefined;
}
