/** Handlers for what content scripts send (validated against the protocol before they run). */
import type { Handlers, Sender } from '../messaging/handlers';
import { HandlerError } from '../messaging/handlers';
import type { ContentToBackground } from '../messaging/protocol';
import { getSettings } from '../settings/settings-store';
import { putPage } from '../storage/pages-repo';
import { deleteHighlight, getHighlight, listHighlightsForArticle, putHighlight } from '../storage/highlights-repo';
import { assertTabMayEdit } from './highlight-access';
import { updateBadge } from './badge';
import { notifyHighlightsChanged, notifyTabStateChanged } from './notify';
import { setTabAnchoring, setTabPage, setTabSkipped } from './tab-registry';

function tabIdOf(sender: Sender): number {
  const id = sender.tab?.id;
  if (typeof id !== 'number') throw new HandlerError('forbidden', 'not sent from a tab');
  return id;
}

export const contentHandlers: Handlers<ContentToBackground> = {
  async pageAnalysed({ page }, sender) {
    const tabId = tabIdOf(sender);
    await putPage(page);
    await setTabPage(tabId, page.url, page.article);
    await updateBadge(tabId, page, (await getSettings()).badge);
    await notifyTabStateChanged(tabId);
    return { tabId };
  },

  listHighlightsForArticle({ article }) {
    return listHighlightsForArticle(article);
  },

  async saveHighlight({ highlight }, sender) {
    // A page may only file highlights under its own origin.
    if (sender.url && new URL(highlight.article.pageUrl).origin !== new URL(sender.url).origin) {
      throw new HandlerError('forbidden', 'highlight page does not match the sending page');
    }
    const saved = await putHighlight(highlight);
    await notifyHighlightsChanged([saved.id], tabIdOf(sender));
    return saved;
  },

  async anchoringReported(report, sender) {
    const tabId = tabIdOf(sender);
    await setTabAnchoring(tabId, report);
    await notifyTabStateChanged(tabId);
    return null;
  },

  // In-page menu edits: the sending tab already shows the change, so it is not notified back.
  async updateHighlight({ id, patch }, sender) {
    const existing = await getHighlight(id);
    if (!existing) throw new HandlerError('not-found', `no highlight ${id}`);
    await assertTabMayEdit(sender, existing);
    const updated = { ...existing, ...patch, updated: Math.max(Date.now(), existing.updated + 1) };
    await putHighlight(updated);
    await notifyHighlightsChanged([id], tabIdOf(sender));
    return updated;
  },

  async deleteHighlight({ id }, sender) {
    const existing = await getHighlight(id);
    if (!existing) throw new HandlerError('not-found', `no highlight ${id}`);
    await assertTabMayEdit(sender, existing);
    await deleteHighlight(id);
    await notifyHighlightsChanged([id], tabIdOf(sender));
    return existing;
  },

  async restoreHighlight({ highlight }, sender) {
    await assertTabMayEdit(sender, highlight);
    await putHighlight(highlight);
    await notifyHighlightsChanged([highlight.id], tabIdOf(sender));
    return highlight;
  },

  async pageSkipped({ url, reason }, sender) {
    const tabId = tabIdOf(sender);
    // Only the page itself can say it was skipped.
    if (sender.url && new URL(url).origin !== new URL(sender.url).origin) throw new HandlerError('forbidden', 'url does not match the sending page');
    await setTabSkipped(tabId, url, reason);
    await updateBadge(tabId, null, false);
    await notifyTabStateChanged(tabId);
    return null;
  },
};
