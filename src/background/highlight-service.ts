/**
 * THE highlight commands — list, save, update, delete, restore — for both kinds of caller:
 * content scripts (scoped to the article their tab shows, see highlight-access.ts) and our own
 * extension pages (the reader's full authority). The "newer wins" rule and the edit timestamp
 * come from core/highlights-io/merge-highlights.ts; every write tells exactly the tabs showing
 * the article it changed (notify.ts).
 */
import type { Highlight } from '../core/anchoring/types';
import { isNewer, nextUpdated } from '../core/highlights-io/merge-highlights';
import { HandlerError } from '../messaging/handlers';
import { deleteHighlight, getHighlight, listHighlightsForArticle, putHighlight } from '../storage/highlights-repo';
import type { QuoteChallenges } from '../core/quote-proof';
import { assertMayTouch, originOf, type Scope, type TabScope } from './highlight-access';
import { notifyHighlightsChanged } from './notify';
import { acceptProofs, challengeTab, forgetProofs, hasProven } from './quote-proofs';
import { setTabArticle } from './tab-registry';

export type HighlightPatch = { color?: string; note?: string; selectors?: Highlight['selectors'] };

/** A content script may restore only what it deleted itself, a moment ago (undo); kept per tab, bounded. */
const RECENTLY_DELETED_PER_TAB = 50;
const recentlyDeleted = new Map<number, Map<string, Highlight>>();

function rememberDeleted(tabId: number, h: Highlight): void {
  const list = recentlyDeleted.get(tabId) ?? new Map<string, Highlight>();
  list.delete(h.id);
  list.set(h.id, h);
  while (list.size > RECENTLY_DELETED_PER_TAB) list.delete(list.keys().next().value as string);
  recentlyDeleted.set(tabId, list);
}

/** The tab closed or navigated: its undo memory and its quote proofs go with it. */
export function forgetTabUndo(tabId: number): void {
  recentlyDeleted.delete(tabId);
  forgetProofs(tabId);
}

/**
 * Whether a tab may see and change `h`: it belongs to the tab's article (highlight-access.ts),
 * and, if it was made on ANOTHER page, the tab has proven its text holds the passage.
 */
export function tabMaySee(scope: TabScope, h: Highlight): boolean {
  try {
    assertMayTouch(scope, h.article);
  } catch {
    return false;
  }
  return h.article.pageUrl === scope.pageUrl || hasProven(scope.tabId, h.id);
}

function assertTabMay(scope: Scope, h: Highlight): void {
  assertMayTouch(scope, h.article);
  if (scope.kind === 'tab' && !tabMaySee(scope, h)) throw new HandlerError('forbidden', 'this page has not shown that it holds that passage');
}

/** Storage failures as protocol errors; a full disk or quota is said as such. */
async function stored<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const name = (error as { name?: string } | null)?.name ?? '';
    const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
    if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
      throw new HandlerError('quota', 'the browser has no room left to store highlights (storage quota full)');
    }
    if (error instanceof HandlerError) throw error;
    throw new HandlerError('storage', `could not store the highlight (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function existingOrThrow(id: string): Promise<Highlight> {
  const existing = await getHighlight(id);
  if (!existing) throw new HandlerError('not-found', `no highlight ${id}`);
  return existing;
}

const exceptSender = (scope: Scope): number | undefined => (scope.kind === 'tab' ? scope.tabId : undefined);

/** Highlights of an article, for our own extension pages. */
export async function listHighlights(article: Highlight['article'] | null | undefined): Promise<Highlight[]> {
  return article ? listHighlightsForArticle(article) : [];
}

/**
 * What a tab receives for its article: the records made on this very page and those of other
 * copies it has proven; for the other copies' records, challenges (their text is not sent).
 */
export async function listForTab(scope: TabScope): Promise<{ highlights: Highlight[]; challenges: QuoteChallenges | null }> {
  if (!scope.article) return { highlights: [], challenges: null };
  const all = (await listHighlightsForArticle(scope.article)).filter((h) => {
    try {
      assertMayTouch(scope, h.article);
      return true;
    } catch {
      return false;
    }
  });
  const shown = all.filter((h) => tabMaySee(scope, h));
  const unproven = all.filter((h) => !tabMaySee(scope, h));
  return { highlights: shown, challenges: challengeTab(scope.tabId, unproven) };
}

/** The records of other copies whose passage the tab proved it holds. */
export async function proveForTab(scope: TabScope, proofs: readonly { id: string; proof: number }[]): Promise<Highlight[]> {
  const ids = acceptProofs(scope.tabId, proofs);
  const records = await Promise.all(ids.map((id) => getHighlight(id)));
  return records.filter((h): h is Highlight => h !== undefined && tabMaySee(scope, h));
}

/**
 * Files a NEW highlight. From a content script it is filed under the tab's own page and article
 * (what the message says about the article is replaced by the background's record); an id that
 * already exists is refused, so a save cannot overwrite anything.
 */
export async function saveHighlight(scope: Scope, highlight: Highlight): Promise<Highlight> {
  let record = highlight;
  if (scope.kind === 'tab') {
    const claimed = highlight.article.pageUrl;
    if (originOf(claimed) !== scope.origin) throw new HandlerError('forbidden', 'highlight page does not match the sending page');
    if (scope.article && scope.article.pageUrl === claimed) {
      record = { ...highlight, article: scope.article };
    } else {
      // A page the analysis skipped or has not reached yet (a single-page app moved on): its key is
      // its own address (of its own origin) and text, with no claimed original.
      record = { ...highlight, article: { pageUrl: claimed, fingerprint: highlight.article.fingerprint } };
      await setTabArticle(scope.tabId, claimed, record.article);
    }
  }
  if (await getHighlight(record.id)) throw new HandlerError('invalid', `highlight ${record.id} already exists`);
  await stored(() => putHighlight(record));
  await notifyHighlightsChanged({ changed: [record], deleted: [] }, exceptSender(scope));
  return record;
}

/** Changes colour, note or place of a stored highlight; its `updated` moves forward. */
export async function updateHighlight(scope: Scope, id: string, patch: HighlightPatch, now = Date.now()): Promise<Highlight> {
  const existing = await existingOrThrow(id);
  assertTabMay(scope, existing);
  const updated: Highlight = { ...existing, ...definedOnly(patch), updated: nextUpdated(existing, now) };
  await stored(() => putHighlight(updated));
  await notifyHighlightsChanged({ changed: [updated], deleted: [] }, exceptSender(scope));
  return updated;
}

export async function removeHighlight(scope: Scope, id: string): Promise<Highlight> {
  const existing = await existingOrThrow(id);
  assertTabMay(scope, existing);
  const deleted = await stored(() => deleteHighlight(id));
  if (!deleted) throw new HandlerError('not-found', `no highlight ${id}`);
  if (scope.kind === 'tab') rememberDeleted(scope.tabId, deleted);
  await notifyHighlightsChanged({ changed: [], deleted: [deleted] }, exceptSender(scope));
  return deleted;
}

/**
 * Puts back a highlight deleted a moment ago (undo). A content script gets back exactly the
 * record the background removed for its tab (its message names the id; the content of the
 * message is not trusted); the panel, the reader's own page, may restore what it holds. Newer
 * wins: a restore never replaces a stored copy edited since.
 */
export async function restoreHighlight(scope: Scope, highlight: Highlight): Promise<Highlight> {
  let record = highlight;
  if (scope.kind === 'tab') {
    const mine = recentlyDeleted.get(scope.tabId)?.get(highlight.id);
    if (!mine) throw new HandlerError('forbidden', 'this page did not delete that highlight');
    assertMayTouch(scope, mine.article);
    record = mine;
  }
  const existing = await getHighlight(record.id);
  // Newer wins (a tie is the same record put back again).
  if (existing && existing.updated !== record.updated && !isNewer(record, existing)) return existing;
  await stored(() => putHighlight(record));
  if (scope.kind === 'tab') recentlyDeleted.get(scope.tabId)?.delete(record.id);
  await notifyHighlightsChanged({ changed: [record], deleted: [] }, exceptSender(scope));
  return record;
}

function definedOnly(patch: HighlightPatch): HighlightPatch {
  const out: HighlightPatch = {};
  if (patch.color !== undefined) out.color = patch.color;
  if (patch.note !== undefined) out.note = patch.note;
  if (patch.selectors !== undefined) out.selectors = patch.selectors;
  return out;
}
