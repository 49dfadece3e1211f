/** Handlers for what the side panel and the popup ask (only our own extension pages may ask). */
import type { Handlers } from '../messaging/handlers';
import { HandlerError } from '../messaging/handlers';
import type { UiToBackground } from '../messaging/protocol';
import { getPage } from '../storage/pages-repo';
import { searchHighlights, warmSearchIndex } from '../storage/highlights-repo';
import { exportHighlights, importHighlights } from './export-import';
import { listHighlights, removeHighlight, restoreHighlight, updateHighlight } from './highlight-service';
import { clearHistory, deleteEverything, exportHistory } from './history';
import { normalizePageUrl } from '../core/text/page-url';
import { exportSelection, queryLibrary } from './library';
import { getTab } from './tab-registry';

const UI = { kind: 'ui' } as const;

export const uiHandlers: Handlers<UiToBackground> = {
  async getTabState({ tabId }) {
    // A panel is open: the user may search next, so build the search index now, off its path.
    warmSearchIndex();
    const tab = await getTab(tabId);
    // A skipped page (site off) shows nothing, not the report stored from an earlier visit.
    if (!tab || tab.skipped === 'disabled') return null;
    // The tab's last report was refused: say so, never show the page it showed before.
    if (tab.refused) throw new HandlerError('invalid', `this page's report was refused (${tab.refused.reason})`);
    // The loader found no article (nothing was analysed or stored): an empty not-article report.
    const page = tab.skipped === 'not-article'
      ? { report: { url: tab.url, title: '', isArticle: false, analysis: null, figures: [], article: null, durationMs: 0 } }
      : await getPage(tab.url);
    if (!page) return null;
    // Not an article: the highlights made on this very page still show (found by its address).
    const pageUrl = normalizePageUrl(page.report.url);
    const article = page.report.article ?? (pageUrl ? { pageUrl, fingerprint: '' } : null);
    const highlights = article ? await listHighlights(article) : [];
    return { tabId, page: page.report, highlights, anchoring: tab.anchoring, ...(tab.noteRequest ? { noteRequest: tab.noteRequest } : {}) };
  },

  updateHighlight({ id, patch }) {
    return updateHighlight(UI, id, patch);
  },

  deleteHighlight({ id }) {
    return removeHighlight(UI, id);
  },

  restoreHighlight({ highlight }) {
    return restoreHighlight(UI, highlight);
  },

  searchHighlights(query) {
    return searchHighlights(query);
  },

  exportHighlights(request) {
    return exportHighlights(request);
  },

  importHighlights({ text }) {
    return importHighlights(text);
  },

  exportHistory() {
    return exportHistory();
  },

  clearHistory() {
    return clearHistory();
  },

  deleteEverything() {
    return deleteEverything();
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
};
