/**
 * Single-page apps in Firefox (no Navigation API): the background tells a same-document move from
 * a new document by tabs.onUpdated's change, and wakes the tab's loader with one executed function.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/platform/browser', async () => (await import('../../helpers/fake-browser')).fakeBrowserModule());
import { getFakeBrowser } from '../../helpers/fake-browser';
import { isSameDocumentMove, wakeLoader } from '../../../src/background/wake-loader';
import { updateSettings } from '../../../src/settings/settings-store';

type Injection = { target: { tabId: number; frameIds?: number[] }; func: (key: string) => boolean; args: [string] };

describe('isSameDocumentMove', () => {
  it('is Firefox\'s pushState signature: a new url on a tab that is complete', () => {
    expect(isSameDocumentMove({ status: 'complete', url: 'https://app.example/news/2' }, { status: 'complete' })).toBe(true);
    expect(isSameDocumentMove({ url: 'https://app.example/news/2' }, { status: 'complete' })).toBe(true);
  });

  it('is not a new document loading, a url change Chromium reports (always "loading"), or a non-web page', () => {
    expect(isSameDocumentMove({ status: 'loading', url: 'https://site.example/a' }, { status: 'loading' })).toBe(false);
    expect(isSameDocumentMove({ status: 'complete' }, { status: 'complete' })).toBe(false);
    expect(isSameDocumentMove({ url: 'about:blank' }, { status: 'complete' })).toBe(false);
    expect(isSameDocumentMove({ url: 'moz-extension://x/page.html', status: 'complete' }, { status: 'complete' })).toBe(false);
  });
});

describe('wakeLoader', () => {
  const injections: Injection[] = [];
  beforeEach(() => {
    getFakeBrowser().reset();
    injections.length = 0;
    // Runs the function here, as the page's isolated world would (its global is this test's).
    (getFakeBrowser().browser.scripting as Record<string, unknown>)['executeScript'] = async (i: Injection) => {
      injections.push(i);
      return [{ result: i.func(...i.args) }];
    };
  });

  it('runs, in the top frame, a function that calls the loader\'s hook, and tells whether the loader will look again', async () => {
    const key = Symbol.for('repost-lens.loader');
    const g = globalThis as Record<symbol, unknown>;
    // No loader in the page: nothing woken.
    expect(await wakeLoader(7, 'https://app.example/news/2')).toBe(false);
    expect(injections[0]?.target).toEqual({ tabId: 7, frameIds: [0] });
    expect(Symbol.for(injections[0]!.args[0])).toBe(key);
    // A loader whose address moved: it looks again.
    const hook = vi.fn(() => true);
    g[key] = hook;
    expect(await wakeLoader(7, 'https://app.example/news/2')).toBe(true);
    expect(hook).toHaveBeenCalledTimes(1);
    // Only the #fragment moved: the loader stays put, the background records it like a load.
    hook.mockReturnValue(false);
    expect(await wakeLoader(7, 'https://app.example/news/2#comments')).toBe(false);
    // A started loader that stopped (the extension went away) leaves `true`: nothing to call.
    g[key] = true;
    expect(await wakeLoader(7, 'https://app.example/news/3')).toBe(false);
    delete g[key];
  });

  it('executes nothing on a site switched off, or when Repost Lens is off', async () => {
    await updateSettings({ disabledSites: ['app.example'] });
    expect(await wakeLoader(7, 'https://app.example/news/2')).toBe(false);
    await updateSettings({ disabledSites: [], enabled: false });
    expect(await wakeLoader(7, 'https://other.example/news/2')).toBe(false);
    expect(injections).toEqual([]);
    await updateSettings({ enabled: true });
    await wakeLoader(7, 'https://other.example/news/2');
    expect(injections).toHaveLength(1);
  });
});
