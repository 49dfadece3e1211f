/**
 * Issue 8, as a reader sees it in the real side panel of both browsers, on pages in a language
 * other than zh/en/ja (fixtures written for this test, tests/fixtures/web-analysis/): a German
 * regional paper running a dpa wire story ("Hannover (dpa) -") is a wire copy whose chain starts
 * with dpa and whose original date is shown; a Spanish paper's own story with an agency photo credit
 * ("Foto: EFE/…" under the picture) is an original, not a repost of EFE.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type BrowserDriver } from './support/browser-driver';
import { ensureBuilt } from './support/build';
import { PANEL_CHAIN, panelShows } from './support/panel-queries';
import { FIXTURES_DIR } from './support/paths';
import { startServer, type TestServer } from './support/server';
import { waitForStoredPage } from './support/stored';

const ORIGINAL_BLOCK = `document.querySelector('[data-testid=original]')?.textContent ?? ''`;

describe.each(BROWSERS)('%s: agency copy and original trap in German and Spanish (issue 8)', (browserName) => {
  let driver: BrowserDriver;
  let site: TestServer;

  beforeAll(async () => {
    await ensureBuilt();
    site = await startServer({ root: resolve(FIXTURES_DIR, 'web-analysis') });
    driver = await launchBrowser(browserName);
  });

  afterAll(async () => {
    await driver?.close();
    await site?.close();
  });

  it('a dpa copy on a German paper shows Repost, dpa first in the chain, and the original date', async () => {
    const page = await driver.openPage(site.url('/de-dpa-copy.html'));
    await waitForStoredPage(driver, page.url());
    const panel = await driver.openSidePanel(page);
    expect(await panel.waitFor(panelShows(page.url()), { description: 'panel shows the dpa copy' })).toBe('repost');
    const chain = await panel.evaluate<Array<{ role: string; text: string }>>(PANEL_CHAIN);
    expect(chain[0]?.role).toBe('wire');
    expect(chain[0]?.text).toContain('dpa');
    expect(chain[chain.length - 1]?.role).toBe('this-site');
    expect(chain.filter((h) => h.text.includes('Musterstädter Anzeiger'))).toHaveLength(1);
    const original = await panel.evaluate<string>(ORIGINAL_BLOCK);
    expect(original).toContain('dpa');
    expect(original).toContain('2024-03-12');
  });

  it('a Spanish original with an EFE photo credit shows Original', async () => {
    const page = await driver.openPage(site.url('/es-original-efe-photo.html'));
    await waitForStoredPage(driver, page.url());
    const panel = await driver.openSidePanel(page);
    expect(await panel.waitFor(panelShows(page.url()), { description: 'panel shows the Spanish original' })).toBe('original');
    const chain = await panel.evaluate<Array<{ role: string; text: string }>>(PANEL_CHAIN);
    expect(chain.some((h) => h.text.includes('EFE'))).toBe(false);
    expect(await panel.evaluate<string>(ORIGINAL_BLOCK)).toBe('');
  });
});
