/**
 * Issue 9, as a reader sees it: on a German article (a page written for this test, declaring the
 * CMS default lang="en"), the real side panel lists figures written the German way — 1.234,5
 * Millionen Euro, 3,4 Prozent, 45 000 Menschen — each with a label naming what it measures, and the
 * sentence it stands in on hover (the title of the figure's button). On the customer's seed article
 * the panel still labels 12.1% with 立案数.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type BrowserDriver, type PanelHandle, type TabHandle } from './support/browser-driver';
import { ensureBuilt } from './support/build';
import { panelShows } from './support/panel-queries';
import { DEMO_FIXTURES, FIXTURES_DIR } from './support/paths';
import { startServer, type TestServer } from './support/server';
import { waitForStoredPage } from './support/stored';

/** Every listed figure as the panel shows it: value, label, and the hover text of its button. */
const PANEL_FIGURE_ROWS = `(() => { const b = document.querySelector('[data-testid=figures] button.link');
  if (b && /\\d/.test(b.textContent) && document.querySelectorAll('[data-testid=figures] li.figure').length < Number((b.textContent.match(/\\d+/) || [0])[0])) b.click();
  return [...document.querySelectorAll('[data-testid=figures] li.figure')].map((li) => ({
    value: li.querySelector('.figure-value')?.textContent.trim() ?? '',
    label: li.querySelector('.figure-label')?.textContent.trim() ?? '',
    title: li.querySelector('button.figure-main')?.getAttribute('title') ?? '',
  })); })()`;

type Row = { value: string; label: string; title: string };

describe.each(BROWSERS)('%s: key figures in German, and the seed article’s labels (issue 9)', (browserName) => {
  let driver: BrowserDriver;
  let site: TestServer;
  let demo: TestServer;
  let panel: PanelHandle;
  let page: TabHandle;

  beforeAll(async () => {
    await ensureBuilt();
    site = await startServer({ root: resolve(FIXTURES_DIR, 'web-figures') });
    demo = await startServer({ root: DEMO_FIXTURES });
    driver = await launchBrowser(browserName);
  });

  afterAll(async () => {
    await driver?.close();
    await site?.close();
    await demo?.close();
  });

  const rows = async (): Promise<Row[]> =>
    panel.waitFor<Row[]>(`(r => r.length && r)(${PANEL_FIGURE_ROWS})`, { description: 'figures listed' });

  it('reads German numbers and labels them with what they measure', async () => {
    page = await driver.openPage(site.url('/de-haushalt.html'));
    await waitForStoredPage(driver, page.url());
    panel = await driver.openSidePanel(page);
    await panel.waitFor(panelShows(page.url()), { description: 'panel shows the German article' });
    const list = await rows();
    const debt = list.find((r) => r.value === '1.234,5 Millionen Euro');
    expect(debt, JSON.stringify(list)).toBeDefined();
    expect(debt!.label).toMatch(/Schulden|Verschuldung/);
    const rate = list.find((r) => r.value === '3,4 Prozent');
    expect(rate, JSON.stringify(list)).toBeDefined();
    expect(rate!.label).toContain('Verschuldung');
    const people = list.find((r) => r.value === '45 000 Menschen');
    expect(people?.label, JSON.stringify(list)).toBe('Menschen');
    const staff = list.find((r) => r.value.endsWith('2.300 Beschäftigte'));
    expect(staff?.label, JSON.stringify(list)).toBe('Beschäftigte');
  });

  it('keeps the figure’s sentence available on hover', async () => {
    const rate = (await rows()).find((r) => r.value === '3,4 Prozent');
    expect(rate?.title).toBe('Die Verschuldung des Kreises stieg im vergangenen Jahr um 3,4 Prozent auf 1.234,5 Millionen Euro, wie Kämmerer Jonas Pfeiffer im Kreistag erklärte.');
  });

  it('still labels the seed article’s 12.1% with 立案数', async () => {
    const seed = await driver.openPage(demo.url('/repost-article.html'));
    await waitForStoredPage(driver, seed.url());
    await panel.waitFor(panelShows(seed.url()), { description: 'panel shows the seed article' });
    const list = await rows();
    const drop = list.find((r) => r.value === '12.1%');
    expect(drop, JSON.stringify(list)).toBeDefined();
    expect(drop!.label).toContain('立案数');
    expect(drop!.title).toContain('12.1%');
  });

  it('logged no extension errors during the run', async () => {
    expect(await driver.extensionErrors()).toEqual([]);
  });
});
