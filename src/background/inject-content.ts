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

/** Tabs whose current document has the bundle (mirrored to storage.session: the worker may stop). */
const KEY = 'injected';
let injected: Map<number, string> | null = null;
type SessionArea = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
const session = (): SessionArea | undefined => (browser.storage as unknown as { session?: SessionArea }).session;

async function load(): Promise<Map<number, string>> {
  if (injected) return injected;
  const map = new Map<number, string>();
  try {
    const stored = (await session()?.get(KEY))?.[KEY];
    if (Array.isArray(stored)) for (const [id, url] of stored as Array<[number, string]>) if (typeof id === 'number' && typeof url === 'string') map.set(id, url);
  } catch {
    // Memory only.
  }
  injected ??= map;
  return injected;
}

async function save(): Promise<void> {
  try {
    await session()?.set({ [KEY]: [...(injected ?? new Map()).entries()] });
  } catch {
    // Memory only.
  }
}

/** The tab is loading a new document: whatever was injected into the old one is gone. */
export async function forgetInjection(tabId: number): Promise<void> {
  if ((await load()).delete(tabId)) await save();
}

/** Whether the tab's current document has the content bundle. */
export async function isInjected(tabId: number): Promise<boolean> {
  return (await load()).has(tabId);
}

/** The page URL of the tabs that have the content bundle (tests and diagnostics). */
export async function injectedTabs(): Promise<Array<[number, string]>> {
  return [...(await load()).entries()];
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
  const map = await load();
  // Once per document (forgotten when the tab loads another); the bundle also refuses to start twice.
  if (map.has(tabId)) return true;
  if (request.onlyWithHighlights && !(await pageHasHighlights(pageUrl))) return false;
  map.set(tabId, pageUrl);
  await save();
  try {
    const target = targetOf(tabId, documentId);
    await scripting().executeScript({ target, files: [contentFile] });
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
