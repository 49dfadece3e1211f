/**
 * Single-page apps in Firefox: it has no Navigation API, so the loader cannot see the page's own
 * `history.pushState`; the browser tells the background instead. Firefox reports a
 * same-document navigation as a tabs.onUpdated change carrying the new `url` while the tab is
 * already `complete` (a new document arrives with status `loading`). Chromium reports every url
 * change with status `loading`, so this never fires there: its loader listens to
 * `navigation.navigatesuccess` itself.
 *
 * The wake-up is a one-line function executed in the extension's isolated world of the top frame,
 * the loader's own world: it calls the loader's hook, which compares the address with the one it
 * last looked at and, when it moved, looks again after the app settled. Switched off (everywhere
 * or for the site): nothing is executed.
 */
import browser from '../platform/browser';
import { normalizePageUrl } from '../core/text/page-url';
import { LOADER_KEY } from '../loader/handoff';
import { getSettings } from '../settings/settings-store';
import { siteAllowed } from '../settings/site-access';

type Scripting = {
  executeScript(options: { target: { tabId: number; frameIds?: number[] }; func: (key: string) => boolean; args: [string] }): Promise<Array<{ result?: unknown }>>;
};

/** Whether a tabs.onUpdated change is a same-document navigation of an http(s) page (Firefox's signature). */
export function isSameDocumentMove(change: { url?: string; status?: string }, tab: { status?: string }): boolean {
  return typeof change.url === 'string' && /^https?:/.test(change.url) && (change.status ?? tab.status) === 'complete';
}

/** Runs in the page's isolated world: calls the loader's wake-up, if a loader started there; true when it will look again. */
function wake(key: string): boolean {
  const hook = (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
  return typeof hook === 'function' && (hook as () => boolean)() === true;
}

/**
 * Wakes the tab's loader; true when it will look at the page again (the address moved, not just
 * its #fragment), and so will report the new page either way: a snapshot of an article, or "not
 * an article". False when nothing was woken (switched off, no loader there, the tab gone).
 */
export async function wakeLoader(tabId: number, url: string): Promise<boolean> {
  const pageUrl = normalizePageUrl(url);
  if (!pageUrl || !siteAllowed(await getSettings(), pageUrl)) return false;
  const scripting = (browser as unknown as { scripting?: Scripting }).scripting;
  try {
    const results = await scripting?.executeScript({ target: { tabId, frameIds: [0] }, func: wake, args: [LOADER_KEY] });
    return results?.[0]?.result === true;
  } catch {
    // The tab moved on or closed meanwhile: nothing to wake.
    return false;
  }
}
