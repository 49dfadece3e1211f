/**
 * Export and import of highlights. The formats are pure functions in core/highlights-io; this
 * file picks what to export, names the file, and makes import all-or-nothing: the whole file is
 * validated before the first write, and the write is one transaction (`mergeHighlights`).
 */
import type { Highlight } from '../core/anchoring/types';
import { exportMarkdown, type Attribution } from '../core/highlights-io/markdown-export';
import { mergeHighlights as mergeInMemory } from '../core/highlights-io/merge-highlights';
import { parseImport } from '../core/highlights-io/parse-import';
import { exportAnnotationsJson } from '../core/highlights-io/web-annotation';
import { HandlerError } from '../messaging/handlers';
import { allHighlights, listHighlightsForArticle, mergeHighlights } from '../storage/highlights-repo';
import { getPage } from '../storage/pages-repo';
import { notifyHighlightsChanged } from './notify';
import { getTab } from './tab-registry';

/** What to export: JSON or Markdown, of the tab's article or of everything. */
export type ExportRequest = { format: 'json' | 'markdown'; scope: 'tab' | 'all'; tabId?: number };
/** A file for the panel to download. */
export type ExportFile = { fileName: string; mime: string; text: string };
/** What an import did. */
export type ImportCounts = { added: number; updated: number; unchanged: number };

/** One article's highlights (as shown in a tab), with what the Markdown header needs. */
type ArticleExport = { title: string; highlights: Highlight[]; original?: Attribution };

/** Builds the export file (`now` fixes the date in names, for tests). */
export async function exportHighlights(request: ExportRequest, now = Date.now()): Promise<ExportFile> {
  const date = new Date(now).toISOString().slice(0, 10);
  if (request.scope === 'all') {
    const all = (await allHighlights()).sort((a, b) => a.created - b.created);
    if (request.format === 'json') return json(exportAnnotationsJson(all, now, 'Repost Lens: all highlights'), `repost-lens-highlights-${date}`);
    const text = groupByPage(all).map((group) => exportMarkdown(group.title, group.highlights)).join('\n---\n\n');
    return { fileName: `repost-lens-highlights-${date}.md`, mime: 'text/markdown', text };
  }
  const article = await tabArticle(request.tabId);
  const base = `repost-lens-${slug(article.title)}-${date}`;
  if (request.format === 'json') return json(exportAnnotationsJson(article.highlights, now, article.title), base);
  return { fileName: `${base}.md`, mime: 'text/markdown', text: exportMarkdown(article.title, article.highlights, article.original) };
}

/** Validates the whole file, then merges it in one transaction; a bad file changes nothing. */
export async function importHighlights(text: string): Promise<ImportCounts> {
  const parsed = parseImport(text);
  if (!parsed.ok) throw new HandlerError('invalid', parsed.error);
  // A file may list one id twice (hand-merged backups): keep the newest, write it once.
  const unique = mergeInMemory([], parsed.highlights).highlights;
  const counts = await mergeHighlights(unique);
  if (counts.added + counts.updated > 0) await notifyHighlightsChanged({ changed: unique, deleted: [] });
  return counts;
}

async function tabArticle(tabId: number | undefined): Promise<ArticleExport> {
  if (tabId === undefined) throw new HandlerError('invalid', 'exporting a tab needs its tabId');
  const tab = await getTab(tabId);
  const report = tab ? (await getPage(tab.url))?.report : undefined;
  const key = report?.article ?? tab?.article;
  if (!tab || !key) throw new HandlerError('not-found', 'this tab shows no article');
  const highlights = (await listHighlightsForArticle(key)).sort(readingOrder);
  const original = report?.analysis?.original;
  const attribution = original?.publisher || original?.url ? { ...(original.publisher ? { publisher: original.publisher } : {}), ...(original.url ? { url: original.url } : {}) } : undefined;
  return { title: report?.title || highlights[0]?.pageTitle || tab.url, highlights, ...(attribution ? { original: attribution } : {}) };
}

/** Highlights of one page in the order they appear on it; other copies' after, oldest first. */
function readingOrder(a: Highlight, b: Highlight): number {
  if (a.article.pageUrl !== b.article.pageUrl) return a.created - b.created;
  return a.selectors.position.start - b.selectors.position.start;
}

function groupByPage(all: Highlight[]): ArticleExport[] {
  const groups = new Map<string, ArticleExport>();
  for (const h of all) {
    const group = groups.get(h.article.pageUrl) ?? { title: h.pageTitle || h.article.pageUrl, highlights: [] };
    group.highlights.push(h);
    groups.set(h.article.pageUrl, group);
  }
  for (const g of groups.values()) g.highlights.sort(readingOrder);
  return [...groups.values()];
}

function json(text: string, base: string): ExportFile {
  return { fileName: `${base}.json`, mime: 'application/json', text };
}

/** A short file-name-safe form of a title (letters and digits of any script, dashes). */
function slug(title: string): string {
  const s = title.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return [...s].slice(0, 48).join('').replace(/-+$/, '') || 'article';
}
