/**
 * Issue 2: the built extension works in real browsers. Content script on a 127.0.0.1 page,
 * content → background → IndexedDB → side panel round trip, the REAL side panel / sidebar opened
 * from a click in the popup, the panel following the active tab, and no errors logged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type BrowserDriver, type PanelHandle, type TabHandle } from './support/browser-driver';
import { ensureBuilt } from './support/build';
import { PANEL_STATE, PANEL_TAB_URL, PANEL_VERDICT, panelShows } from './support/panel-queries';
import { DEMO_FIXTURES } from './support/paths';
import { startServer, type TestServer } from './support/server';
import { waitForStoredPage } from './support/stored';
import { pollUntil } from './support/wait';

describe.each(BROWSERS)('%s: the extension in the browser (issue 2)', (browserName) => {
  let driver: BrowserDriver;
  let site: TestServer;
  let otherSite: TestServer;
  let original: TabHandle;
  let repost: TabHandle;
  let panel: PanelHandle;

  beforeAll(async () => {
    await ensureBuilt();
    site = await startServer({ root: DEMO_FIXTURES });
    otherSite = await startServer({ root: DEMO_FIXTURES });
    driver = await launchBrowser(browserName);
  });

  afterAll(async () => {
    await driver?.close();
    await site?.close();
    await otherSite?.close();
  });

  it('runs the content script on a page served from 127.0.0.1 (its report reaches the IndexedDB)', async () => {
    original = await driver.openPage(site.url('/original-article.html'));
    expect(new URL(original.url()).hostname).toBe('127.0.0.1');
    const record = await waitForStoredPage(driver, original.url());
    expect(record.report?.isArticle).toBe(true);
    expect(record.report?.title).toContain('Flu cases rose 14%');
    expect(['repost', 'original', 'unknown']).toContain(record.report?.analysis?.verdict);
  });

  it('opens the real side panel from a click in the popup, showing this tab\'s stored verdict', async () => {
    panel = await driver.openSidePanel(original);
    // The real panel: not the page opened in a tab with ?tab=, and actually laid out.
    expect(await panel.evaluate('location.search')).toBe('');
    expect(await panel.evaluate('location.pathname')).toBe('/src/sidepanel/index.html');
    expect(await panel.evaluate('window.innerWidth > 100 && window.innerHeight > 100')).toBe(true);
    const verdict = await panel.waitFor<string>(panelShows(original.url()), { description: 'panel shows the original article' });
    const stored = await waitForStoredPage(driver, original.url());
    expect(verdict).toBe(stored.report?.analysis?.verdict);
    expect(await panel.text()).toContain('Flu cases rose 14%');
  });

  it('follows the active tab: a new tab, switching back, navigating, closing', async () => {
    // A second origin.
    repost = await driver.openPage(otherSite.url('/repost-article.html'));
    await waitForStoredPage(driver, repost.url());
    await panel.waitFor(panelShows(repost.url()), { description: 'panel follows the newly opened tab' });

    await original.bringToFront();
    await panel.waitFor(panelShows(original.url()), { description: 'panel follows the switch back' });
    await repost.bringToFront();
    await panel.waitFor(panelShows(repost.url()), { description: 'panel follows the switch again' });

    // Navigating the active tab to a page that is not an article: the old report must go, and the
    // panel says "not an article" for the new page (issue 12) instead of keeping the old verdict.
    await repost.goto(otherSite.url('/not-an-article.html'));
    await panel.waitFor(`(${panelShows(otherSite.url('/not-an-article.html'))}) === 'no-verdict' && (${PANEL_STATE}) === 'not-article'`, { description: 'panel drops the report after navigation to a non-article' });
    await repost.goto(otherSite.url('/repost-article.html'));
    await panel.waitFor(panelShows(repost.url()), { description: 'panel shows the article navigated to' });

    // Closing the active tab: the browser activates its neighbour (the original), the panel follows.
    await repost.close();
    await panel.waitFor(panelShows(original.url()), { description: 'panel follows to the tab activated after the close' });
    expect(await panel.evaluate(PANEL_TAB_URL)).toBe(original.url());
    expect(await panel.evaluate(PANEL_VERDICT)).not.toBeNull();
  });

  it('reloading the page re-analyses it and the panel shows it again', async () => {
    const before = (await waitForStoredPage(driver, original.url())).updated ?? 0;
    await original.reload();
    await panel.waitFor(panelShows(original.url()), { description: 'panel shows the reloaded page' });
    const after = await pollUntil(async () => { const r = await waitForStoredPage(driver, original.url()); return (r.updated ?? 0) > before ? r : null; }, { description: 'a newer report after the reload' });
    expect(after.updated ?? 0).toBeGreaterThan(before);
  });

  it('logged no extension errors during the run', async () => {
    expect(await driver.extensionErrors()).toEqual([]);
  });
});
