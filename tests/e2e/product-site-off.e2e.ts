/**
 * Issue 12: switching a site off in the popup means that after a reload nothing is analysed or
 * painted there (no new report reaches the background, the stored highlight is not painted), and
 * the panel says the site is off; switching it back on from the panel analyses and paints again.
 * Switching Repost Lens off everywhere works the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type BrowserDriver, type PanelHandle, type TabHandle } from './support/browser-driver';
import { ensureBuilt } from './support/build';
import { PANEL_STATE, panelShows } from './support/panel-queries';
import { FIXTURES_DIR } from './support/paths';
import { PAINTED, highlightOnPage, openPopupFor } from './support/product';
import { startServer, type TestServer } from './support/server';
import { waitForStoredPage } from './support/stored';
import { pollUntil } from './support/wait';

const QUOTE = 'crews replace corroded steel beneath the deck';

describe.each(BROWSERS)('%s: off for this site (issue 12)', (browserName) => {
  let driver: BrowserDriver;
  let site: TestServer;
  let page: TabHandle;
  let panel: PanelHandle;
  let tabId: number;
  const host = () => new URL(site.origin).host;
  const storedAt = async (): Promise<number> => (await waitForStoredPage(driver, page.url())).updated ?? 0;

  beforeAll(async () => {
    await ensureBuilt();
    site = await startServer({ root: `${FIXTURES_DIR}/product` });
    driver = await launchBrowser(browserName);
  });

  afterAll(async () => {
    await driver?.close();
    await site?.close();
  });

  it('analyses and paints while the site is on', async () => {
    page = await driver.openPage(site.url('/library-article.html'));
    await waitForStoredPage(driver, page.url());
    tabId = await driver.tabIdOf(page);
    await highlightOnPage(driver, page, QUOTE);
    await page.waitFor(`${PAINTED}.some((s) => s.includes(${JSON.stringify(QUOTE)}))`, { description: 'highlight painted' });
    panel = await driver.openSidePanel(page);
    await panel.waitFor(panelShows(page.url()), { description: 'panel shows the article' });
  });

  it('after switching the site off in the popup and reloading, nothing is analysed or painted', async () => {
    const popup = await openPopupFor(driver, tabId);
    expect(await popup.evaluate(`document.querySelector('#site-enabled')?.dataset.site`)).toBe(host());
    expect(await popup.evaluate(`document.querySelector('#site-enabled').checked`)).toBe(true);
    await popup.click('#site-enabled');
    await pollUntil(async () => ((await driver.storedSettings())?.disabledSites as string[] | undefined)?.includes(host()), { description: 'site stored as disabled' });
    await popup.close();

    const before = await storedAt();
    await page.bringToFront();
    await page.reload();
    await panel.waitFor(`(${PANEL_STATE}) === 'disabled'`, { description: 'panel says the site is off' });
    expect(await panel.evaluate(`document.querySelector('[data-testid=status]').innerText`)).toContain(`Repost Lens is off for ${host()}`);
    // Give the content side every chance to (wrongly) analyse and paint.
    await new Promise((r) => setTimeout(r, 3000));
    expect(await panel.evaluate(PANEL_STATE)).toBe('disabled');
    expect(await page.evaluate<string[]>(PAINTED)).toEqual([]);
    expect(await storedAt()).toBe(before);
    // Nothing of ours in the page either: no element was added.
    expect(await page.evaluate(`[...document.documentElement.children].map((e) => e.localName)`)).toEqual(['head', 'body']);
  });

  it('switching it back on from the panel reloads the page, which is analysed and painted again', async () => {
    const before = await storedAt();
    await panel.click('[data-testid=turn-on]');
    await pollUntil(async () => !((await driver.storedSettings())?.disabledSites as string[]).includes(host()), { description: 'site on again' });
    await pollUntil(async () => (await storedAt()) > before, { description: 'a new report after the reload', timeoutMs: 20_000 });
    await page.waitFor(`${PAINTED}.some((s) => s.includes(${JSON.stringify(QUOTE)}))`, { description: 'highlight painted again', timeoutMs: 15_000 });
    await panel.waitFor(panelShows(page.url()), { description: 'panel shows the article again' });
  });

  it('switching Repost Lens off everywhere does the same', async () => {
    const popup = await openPopupFor(driver, tabId);
    await popup.click('#enabled');
    await pollUntil(async () => (await driver.storedSettings())?.enabled === false, { description: 'stored as off' });
    await popup.close();
    const before = await storedAt();
    await page.bringToFront();
    await page.reload();
    await panel.waitFor(`(${PANEL_STATE}) === 'disabled'`, { description: 'panel says it is off' });
    expect(await panel.evaluate(`document.querySelector('[data-testid=status]').innerText`)).toContain('Repost Lens is switched off.');
    await new Promise((r) => setTimeout(r, 2000));
    expect(await page.evaluate<string[]>(PAINTED)).toEqual([]);
    expect(await storedAt()).toBe(before);
    const again = await openPopupFor(driver, tabId);
    await again.click('#enabled');
    await pollUntil(async () => (await driver.storedSettings())?.enabled === true, { description: 'stored as on' });
    await again.close();
  });

  it('logged no extension errors during the run', async () => {
    expect(await driver.extensionErrors()).toEqual([]);
  });
});
