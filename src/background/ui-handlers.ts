/** Handlers for what the side panel and the popup ask (only our own extension pages may ask). */
import type { Handlers } from '../messaging/handlers';
import { HandlerError } from '../messaging/handlers';
import type { UiToBackground } from '../messaging/protocol';
import { getPage } from '../storage/pages-repo';
import { deleteHighlight, getHighlight, listHighlightsForArticle, putHighlight, searchHighlights, warmSearchIndex } from '../storage/highlights-repo';
import { normalizePageUrl } from '../core/text/page-url';
import { exportHighlights, importHighlights } from './export-import';
import { clearHistory, deleteEverything } from './data-reset';
import { exportSelection, queryLibrary } from './library';
import { notifyHighlightsChanged } from './notify';
import { getTab } from './tab-registry';

export const uiHandlers: Handlers<UiToBackground> = {
  async getTabState({ tabId }) {
    // A panel is open: the user may search next, so build the search index now, off its path.
    warmSearchIndex();
    const tab = await getTab(tabId);
    // A skipped page (site off) shows nothing, not the report stored from an earlier visit.
    if (!tab || tab.skipped) return null;
    const page = await getPage(tab.url);
    if (!page) return null;
    // Not an article: the highlights made on this very page still show (found by its address).
    const pageUrl = normalizePageUrl(page.report.url);
    const highlights = page.report.article
      ? await listHighlightsForArticle(page.report.article)
      : pageUrl ? await listHighlightsForArticle({ pageUrl, fingerprint: '' }) : [];
    return { tabId, page: page.report, highlights, anchoring: tab.anchoring };
  },

  async updateHighlight({ id, patch }) {
    const existing = await getHighlight(id);
    if (!existing) throw new HandlerError('not-found', `no highlight ${id}`);
    const updated = { ...existing, ...patch, updated: Math.max(Date.now(), existing.updated + 1) };
    await putHighlight(updated);
    await notifyHighlightsChanged([id]);
    return updated;
  },

  async deleteHighlight({ id }) {
    const deleted = await deleteHighlight(id);
    if (!deleted) throw new HandlerError('not-found', `no highlight ${id}`);
    await notifyHighlightsChanged([id]);
    return deleted;
  },

  async restoreHighlight({ highlight }) {
    await putHighlight(highlight);
    await notifyHighlightsChanged([highlight.id]);
    return highlight;
  },

  searchHighlights(query) {
    return searchHighlights(query);
  },

  exportHighlights(request) {
    return exportHighlights(request);
  },

  async importHighlights({ text }) {
    const result = await importHighlights(text);
    return result;
  },

  queryLibrary({ filter, offset, limit }) {
    return queryLibrary(filter, offset, limit);
  },

  exportSelection({ format, ids }) {
    return exportSelection(format, ids);
  },

  async getTabInfo({ tabId }) {
    const tab = await getTab(tabId);
    return { url: tab?.url ?? null, skipped: tab?.skipped ?? null };
  },

  clearHistory() {
    return clearHistory();
  },

  deleteEverything() {
    return deleteEverything();
  },
};
