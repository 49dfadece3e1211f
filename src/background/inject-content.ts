/**
 * Brings the content bundle (analysis, highlighter and its in-page UI) into a tab only where it
 * is needed, instead of declaring it for every page: the page loader asks (article, stored
 * highlights, the reader's first selection), or a menu item or the keyboard command needs it.
 *
 * Injected with `scripting.executeScript` into the extension's isolated world of the top frame
 * (the same world as the loader), as one self-contained IIFE file: no module loader, so nothing
 * has to be web-accessible. Nothing is injected when the settings switch Repost Lens off or the
 * site is in `disabledSites`. The bundle brings no stylesheet: its highlights are painted by
 * rules for random per-load names that it asks the background to insert (page-styles.ts).
 */
import browser from '../platform/browser';
// Not code: the built file's name (for executeScript).
// eslint-disable-next-line import-x/no-restricted-paths
import contentFile from '../content/content-bundle.ts?script';
import { getSettings } from '../settings/settings-store';
import { siteAllowed } from '../settings/site-access';
import { normalizePageUrl } from '../core/text/page-url';
import { listHighlightsForArticle } from '../storage/highlights-repo';

type Target = { tabId: number; frameIds?: number[]; documentIds?: string[] };
type Scripting = {
  executeScript(options: { target: Target; files?: string[]; func?: () => unknown; world?: 'ISOLATED' | 'MAIN'; injectImmediately?: boolean }): Promise<Array<{ result?: unknown }>>;
  insertCSS(options: { target: Target; css: string; origin?: 'AUTHOR' | 'USER' }): Promise<void>;
};

function scripting(): Scripting {
  const api = (browser as unknown as { scripting?: Scripting }).scripting;
  if (!api) throw new Error('scripting API unavailable');
  return api;
}

/**
 * Tabs whose current document has the bundle (mirrored to storage.session: the worker may stop),
 * with the document's id where the browser gives one (Chrome).
 *
 * Why the document id: Chromium reports a single-page app's `history.pushState` as a tab
 * `loading` too, exactly like a new document. Forgetting the bundle then made the background
 * inject it again (the bundle refuses to start twice) instead of telling it the article changed,
 * so highlights made after the move were filed under the previous article. So a `loading` tab
 * keeps its document id, and the next message from that same document (same id: same document,
 * whatever its address) finds the bundle there again. A new document has a new id. Firefox gives
 * no id, and reports a pushState without `loading` (wake-loader.ts), so it never needs one.
 */
const KEY = 'injected';
type Injection = { url: string; documentId?: string; live: boolean };
let injected: Map<number, Injection> | null = null;
type SessionArea = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
const session = (): SessionArea | undefined => (browser.storage as unknown as { session?: SessionArea }).session;

/** A stored record: [tab, url] (before document ids) or [tab, url, documentId or '', live]. */
function injectionOf(entry: unknown): [number, Injection] | null {
  if (!Array.isArray(entry)) return null;
  const [id, url, documentId, live] = entry as unknown[];
  if (typeof id !== 'number' || typeof url !== 'string') return null;
  return [id, { url, ...(typeof documentId === 'string' && documentId ? { documentId } : {}), live: live !== false }];
}

async function load(): Promise<Map<number, Injection>> {
  if (injected) return injected;
  const map = new Map<number, Injection>();
  try {
    const stored = (await session()?.get(KEY))?.[KEY];
    if (Array.isArray(stored)) {
      for (const entry of stored) {
        const parsed = injectionOf(entry);
        if (parsed) map.set(...parsed);
      }
    }
  } catch {
    // Memory only.
  }
  injected ??= map;
  return injected;
}

async function save(): Promise<void> {
  try {
    const entries = [...(injected ?? new Map<number, Injection>()).entries()];
    await session()?.set({ [KEY]: entries.map(([id, r]) => [id, r.url, r.documentId ?? '', r.live]) });
  } catch {
    // Memory only.
  }
}

/** For tests: forget the in-memory copy, as a restarted worker has (the next call reloads from session storage). */
export function resetInjectionCache(): void {
  injected = null;
}

/** The tab is loading (a new document, or in Chromium maybe a pushState): the bundle may be gone. */
export async function forgetInjection(tabId: number): Promise<void> {
  const map = await load();
  const record = map.get(tabId);
  if (!record?.live) return;
  if (record.documentId) map.set(tabId, { ...record, live: false });
  else map.delete(tabId);
  await save();
}

/** The tab was closed. */
export async function dropInjection(tabId: number): Promise<void> {
  if ((await load()).delete(tabId)) await save();
}

/**
 * Whether the tab's current document has the content bundle. `documentId` is the document that
 * asks (the sender's, where the browser gives one): the same document as the bundle's means it is
 * there, whatever the tab reported meanwhile.
 */
export async function isInjected(tabId: number, documentId?: string): Promise<boolean> {
  const map = await load();
  const record = map.get(tabId);
  if (!record) return false;
  if (record.live) return documentId === undefined || record.documentId === undefined || record.documentId === documentId;
  if (documentId === undefined || record.documentId !== documentId) return false;
  map.set(tabId, { ...record, live: true });
  await save();
  return true;
}

/** The page URL of the tabs that have the content bundle (tests and diagnostics). */
export async function injectedTabs(): Promise<Array<[number, string]>> {
  return [...(await load()).entries()].filter(([, r]) => r.live).map(([id, r]) => [id, r.url]);
}

function targetOf(tabId: number, documentId?: string): Target {
  // documentIds (Chrome): exactly the document that asked, not one that replaced it meanwhile.
  return documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] };
}

/** Whether stored highlights name this page (or name it as their original). */
export async function pageHasHighlights(pageUrl: string): Promise<boolean> {
  const normalized = normalizePageUrl(pageUrl);
  if (!normalized) return false;
  return (await listHighlightsForArticle({ pageUrl: normalized, fingerprint: '' })).length > 0;
}

export type InjectRequest = {
  tabId: number;
  /** The page's URL when known (the loader's sender URL); otherwise it is read from the tab. */
  pageUrl?: string;
  documentId?: string;
  /** Inject only when this page has stored highlights. */
  onlyWithHighlights?: boolean;
};

/**
 * Injects the content bundle into the tab unless it is there already;
 * true when the bundle is (now) in the page. Nothing happens where the settings say no.
 */
export async function injectContent(request: InjectRequest): Promise<boolean> {
  const { tabId, documentId } = request;
  const pageUrl = request.pageUrl ?? (await readTabUrl(tabId, documentId));
  if (!pageUrl || !siteAllowed(await getSettings(), pageUrl)) return false;
  // Once per document (see `injected` above); the bundle also refuses to start twice.
  if (await isInjected(tabId, documentId)) return true;
  if (request.onlyWithHighlights && !(await pageHasHighlights(pageUrl))) return false;
  const map = await load();
  map.set(tabId, { url: pageUrl, ...(documentId ? { documentId } : {}), live: true });
  await save();
  try {
    const target = targetOf(tabId, documentId);
    const [first] = await scripting().executeScript({ target, files: [contentFile] });
    // Chrome names the document it injected into (also when the request did not know it).
    const injectedInto = (first as { documentId?: unknown } | undefined)?.documentId;
    if (!documentId && typeof injectedInto === 'string' && injectedInto) {
      map.set(tabId, { url: pageUrl, documentId: injectedInto, live: true });
      await save();
    }
    return true;
  } catch (error) {
    map.delete(tabId);
    await save();
    console.warn('[Repost Lens] could not inject the content bundle', error);
    return false;
  }
}

/** The address of the tab's top document, read in the page (we hold no `tabs` permission). */
async function readTabUrl(tabId: number, documentId?: string): Promise<string | undefined> {
  try {
    const [first] = await scripting().executeScript({ target: targetOf(tabId, documentId), func: () => location.href });
    return typeof first?.result === 'string' ? first.result : undefined;
  } catch {
    return undefined;
  }
}
