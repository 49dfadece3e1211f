/**
 * The background's record of which tab holds the content bundle. Chromium reports a single-page
 * app's pushState as a tab `loading`, like a new document: the record must then survive for that
 * same document (same document id), or the bundle is injected again instead of being told the
 * article changed — and highlights made after the move are filed under the previous article.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/platform/browser', async () => (await import('../../helpers/fake-browser')).fakeBrowserModule());
// The built file's name, as the build's `?script` import gives it.
vi.mock('../../../src/content/content-bundle.ts?script', () => ({ default: 'assets/content-bundle.js' }));
import { getFakeBrowser } from '../../helpers/fake-browser';
import { dropInjection, forgetInjection, injectContent, injectedTabs, isInjected, resetInjectionCache } from '../../../src/background/inject-content';

type Injection = { target: { tabId: number; frameIds?: number[]; documentIds?: string[] }; files?: string[] };

const PAGE = 'https://news.example/story/1';

const injections: Injection[] = [];
let documentId: string | undefined;
const fake = getFakeBrowser();
(fake.browser.scripting as Record<string, unknown>)['executeScript'] = async (i: Injection) => {
  injections.push(structuredClone(i));
  return [{ ...(documentId ? { documentId } : {}) }];
};

/** A restarted worker: the module's memory is gone, storage.session is kept. */
function restartWorker(): void {
  resetInjectionCache();
}

describe('the injection record', () => {
  beforeEach(() => {
    fake.reset();
    resetInjectionCache();
    injections.length = 0;
    documentId = 'doc-1';
  });

  it('keeps a document\'s bundle across a tab "loading" that was a pushState (same document id), not across a new document', async () => {
    expect(await injectContent({ tabId: 4, pageUrl: PAGE, documentId: 'doc-1' })).toBe(true);
    expect(injections.map((i) => i.target)).toEqual([{ tabId: 4, documentIds: ['doc-1'] }]);
    expect(await isInjected(4, 'doc-1')).toBe(true);
    // Chromium: the app's pushState arrives as status "loading".
    await forgetInjection(4);
    // The same document asks again (its snapshot after the move): the bundle is there; nothing is injected twice.
    expect(await isInjected(4, 'doc-1')).toBe(true);
    expect(await injectContent({ tabId: 4, pageUrl: `${PAGE}?next`, documentId: 'doc-1' })).toBe(true);
    expect(injections).toHaveLength(1);
    // A real new document: another id, no bundle there; it is injected into that document.
    await forgetInjection(4);
    expect(await isInjected(4, 'doc-2')).toBe(false);
    expect(await injectContent({ tabId: 4, pageUrl: PAGE, documentId: 'doc-2' })).toBe(true);
    expect(injections.map((i) => i.target.documentIds)).toEqual([['doc-1'], ['doc-2']]);
  });

  it('survives a worker restart (storage.session), reads records written before document ids, and forgets a closed tab', async () => {
    await injectContent({ tabId: 5, pageUrl: PAGE, documentId: 'doc-5' });
    await forgetInjection(5);
    restartWorker();
    expect(await isInjected(5, 'doc-5')).toBe(true);
    expect(await injectedTabs()).toEqual([[5, PAGE]]);
    await dropInjection(5);
    expect(await isInjected(5, 'doc-5')).toBe(false);
    // A record of the older shape [tab, url]: live, no document id (Firefox-like).
    await fake.browser.storage.session.set({ injected: [[6, PAGE], ['bad', 1], 'junk'] });
    restartWorker();
    expect(await injectedTabs()).toEqual([[6, PAGE]]);
    expect(await isInjected(6)).toBe(true);
    // Without a document id a "loading" tab is a new document: forgotten.
    await forgetInjection(6);
    expect(await isInjected(6)).toBe(false);
  });

  it('takes the document id Chrome names in the injection result when the request had none (menu, command)', async () => {
    documentId = 'doc-7';
    expect(await injectContent({ tabId: 7, pageUrl: PAGE })).toBe(true);
    await forgetInjection(7);
    expect(await isInjected(7, 'doc-7')).toBe(true);
    // Another document of the tab (one that replaced it) does not have it.
    expect(await isInjected(7, 'doc-8')).toBe(false);
  });
});
