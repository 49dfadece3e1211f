/**
 * Issue 12: the welcome page opens on install; the options page holds the popup's settings; the
 * library opens an article at a highlight (the page scrolls to it); the optional in-page repost
 * notice is off by default, shows on a repost when switched on (a bare host with a closed shadow
 * root) and is dismissed for the site with a real click.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type BrowserDriver, type TabHandle } from './support/browser-driver';
import { ensureBuilt } from './support/build';
import { DEMO_FIXTURES } from './support/paths';
import { highlightOnPage, openLibrary, openPopupFor } from './support/product';
import { startServer, type TestServer } from './support/server';
import { waitForStoredPage } from './support/stored';
import { pollUntil } from './support/wait';

/** Children of <body> that are bare hosts of a closed shadow root (our notice), as tag names. */
const NOTICE_HOSTS = `[...document.body.children].filter((el) => el.localName === 'div' && el.getAttributeNames().join() === 'style' && !el.shadowRoot).length`;

describe.each(BROWSERS)('%s: welcome, options, open-at, in-page notice (issue 12)', (browserName) => {
  let driver: BrowserDriver;
  let site: TestServer;
  let article: TabHandle;

  beforeAll(async () => {
    await ensureBuilt();
    site = await startServer({ root: DEMO_FIXTURES });
    driver = await launchBrowser(browserName);
  });

  afterAll(async () => {
    await driver?.close();
    await site?.close();
  });

  it('opened the welcome page on install', async () => {
    const titles = await pollUntil(async () => {
      const found = await driver.extensionEvaluate<string[]>(browserName === 'chromium'
        ? `chrome.runtime.getContexts({ contextTypes: ['TAB'] }).then((cs) => cs.map((c) => c.documentUrl))`
        : `Promise.resolve(browser.extension.getViews({ type: 'tab' }).map((v) => v.location.href))`);
      return found.some((u) => u.includes('/src/welcome/index.html')) ? found : null;
    }, { description: 'welcome tab open', timeoutMs: 15_000 });
    expect(titles.some((u) => u.includes('/src/welcome/index.html'))).toBe(true);
    const welcome = await driver.openExtensionPage('src/welcome/index.html');
    const text = await welcome.waitFor<string>(`document.querySelector('[data-testid=welcome]')?.textContent`, { description: 'welcome rendered' });
    expect(text).toContain('How to highlight');
    expect(text).toContain('Nothing leaves your browser');
    await welcome.close();
  });

  it('the options page has the same settings as the popup', async () => {
    const options = await driver.openExtensionPage('src/options/index.html');
    await options.waitFor(`document.querySelector('[data-testid=options]')?.dataset.loaded === 'yes'`, { description: 'options loaded' });
    const ids = await options.evaluate<string[]>(`['#enabled', '#language', '#top-figures', '#selection-toolbar', '#badge', '#repost-notice', '#clear-history', '#delete-everything'].filter((s) => document.querySelector(s))`);
    expect(ids).toHaveLength(8);
    expect(await options.evaluate(`document.querySelector('#repost-notice').checked`)).toBe(false);
    const swatches = await options.evaluate<string[]>(`[...document.querySelectorAll('button.swatch')].map((b) => b.getAttribute('aria-label'))`);
    expect(swatches).toContain('yellow');
    expect(swatches.every((n) => !n.startsWith('#'))).toBe(true);
    await options.close();
  });

  it('the library opens the article at a highlight: the new tab scrolls to it', async () => {
    article = await driver.openPage(site.url('/repost-article.html'));
    await waitForStoredPage(driver, article.url());
    await highlightOnPage(driver, article, '抓获犯罪嫌疑人718名');
    const library = await openLibrary(driver);
    await library.waitFor(`document.querySelectorAll('[data-testid=library-item]').length === 1`, { description: 'listed' });
    await library.click('[data-testid=open-at]');
    expect(await library.waitFor(`document.querySelector('[data-testid=library-item]').dataset.opened`, { description: 'opened and found', timeoutMs: 25_000 })).toBe('found');
    await library.close();
  });

  it('the in-page notice is off by default, shows on a repost when switched on, and is dismissed per site', async () => {
    expect(await article.evaluate(NOTICE_HOSTS)).toBe(0);
    const popup = await openPopupFor(driver, await driver.tabIdOf(article));
    expect(await popup.evaluate(`document.querySelector('#repost-notice-hint').textContent`)).toContain('The page itself can see that box');
    await popup.click('#repost-notice');
    await pollUntil(async () => (await driver.storedSettings())?.repostNotice === true, { description: 'notice on' });
    await popup.close();
    await article.bringToFront();
    await article.reload();
    await article.waitFor(`(${NOTICE_HOSTS}) === 1`, { description: 'notice shown', timeoutMs: 15_000 });
    // A real click on × (inside the closed root: found by position, bottom right).
    // The box is fixed 16 px from the bottom right of the viewport (without scrollbars); × is its last item.
    const point = await article.evaluate<{ x: number; y: number }>(`({ x: document.documentElement.clientWidth - 16 - 1 - 10 - 10, y: document.documentElement.clientHeight - 16 - 1 - 8 - 10 })`);
    await article.clickAt(point.x, point.y);
    await article.waitFor(`(${NOTICE_HOSTS}) === 0`, { description: 'notice dismissed' });
    const host = new URL(site.origin).host;
    await pollUntil(async () => ((await driver.storedSettings())?.noticeDismissedSites as string[] | undefined)?.includes(host), { description: 'site stored as dismissed' });
    await article.reload();
    await waitForStoredPage(driver, article.url());
    await new Promise((r) => setTimeout(r, 1500));
    expect(await article.evaluate(NOTICE_HOSTS)).toBe(0);
  });

  it('logged no extension errors during the run', async () => {
    expect(await driver.extensionErrors()).toEqual([]);
  });
});
