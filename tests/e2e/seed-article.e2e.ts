/**
 * Issues 3 and 4, as the reader sees them: on the customer's seed article (a repost of
 * 商城公安在线 on a mirror site) the side panel says Repost, puts 商城公安在线 first in the chain
 * and lists its key figures (12.1%, 718名); choosing a figure or a piece of evidence scrolls the page
 * to it. The newspaper's own story is reported as an original with its figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type BrowserDriver, type PanelHandle, type TabHandle } from './support/browser-driver';
import { ensureBuilt } from './support/build';
import { PANEL_CHAIN, PANEL_EVIDENCE, PANEL_FIGURES, panelShows } from './support/panel-queries';
import { DEMO_FIXTURES } from './support/paths';
import { startServer, type TestServer } from './support/server';
import { waitForStoredPage } from './support/stored';

/** Clicks "show all" in the figures section if it is offered and not yet expanded. */
const SHOW_ALL_FIGURES = `(() => { const b = document.querySelector('[data-testid=figures] button.link');
  if (b && document.querySelectorAll('[data-testid=figures] li.figure').length < Number((b.textContent.match(/\\d+/) || [0])[0])) b.click(); return true; })()`;

/** Resolves with scrollY once it has not changed for 300 ms (smooth scrolling has ended). */
const SCROLL_SETTLED = `new Promise((resolve) => { let last = -1, still = 0;
  const tick = () => { if (window.scrollY === last) still += 50; else { still = 0; last = window.scrollY; }
    if (still >= 300) resolve(window.scrollY); else setTimeout(tick, 50); }; tick(); })`;

/** Back to the top (repeated by waitFor: an instant scroll does not always cancel a running smooth one). */
const SCROLL_TO_TOP = `(window.scrollTo(0, 0), window.scrollY === 0)`;

function figureButton(value: string): string {
  return `(() => { const i = [...document.querySelectorAll('[data-testid=figures] li.figure')]
    .findIndex((li) => li.querySelector('.figure-value')?.textContent.trim() === ${JSON.stringify(value)});
    return i < 0 ? null : '[data-testid=figures] li.figure:nth-child(' + (i + 1) + ') button.figure-main'; })()`;
}

describe.each(BROWSERS)('%s: the seed article in the side panel (issues 3, 4)', (browserName) => {
  let driver: BrowserDriver;
  let site: TestServer;
  let page: TabHandle;
  let panel: PanelHandle;

  beforeAll(async () => {
    await ensureBuilt();
    site = await startServer({ root: DEMO_FIXTURES });
    driver = await launchBrowser(browserName);
  });

  afterAll(async () => {
    await driver?.close();
    await site?.close();
  });

  it('shows Repost with 商城公安在线 first in the chain', async () => {
    page = await driver.openPage(site.url('/repost-article.html'));
    await waitForStoredPage(driver, page.url());
    panel = await driver.openSidePanel(page);
    expect(await panel.waitFor(panelShows(page.url()), { description: 'panel shows the seed article' })).toBe('repost');
    const chain = await panel.evaluate<Array<{ role: string; text: string }>>(PANEL_CHAIN);
    expect(chain.length).toBeGreaterThan(0);
    expect(chain[0]?.text).toContain('商城公安在线');
    expect(chain[0]?.role).toBe('original');
    expect(await panel.evaluate(`document.querySelector('[data-testid=original]')?.textContent ?? ''`)).toContain('商城公安在线');
  });

  it('marks the repost on the toolbar button of its tab', async () => {
    const tabId = await driver.tabIdOf(page);
    const badge = await driver.extensionEvaluate<string>(`(globalThis.browser ?? globalThis.chrome).action.getBadgeText({ tabId: ${tabId} })`);
    expect(badge).not.toBe('');
  });

  it('lists the key figures, including 12.1% and 718名', async () => {
    await panel.evaluate(SHOW_ALL_FIGURES);
    const figures = await panel.waitFor<string[]>(`(f => f.length && f)(${PANEL_FIGURES})`, { description: 'figures listed' });
    expect(figures).toContain('12.1%');
    expect(figures.some((f) => f.startsWith('718') && f.includes('名'))).toBe(true);
  });

  it('choosing a figure scrolls the page to it', async () => {
    await page.resize(1000, 420);
    await page.waitFor(SCROLL_TO_TOP, { description: 'page at the top' });
    const selector = await panel.waitFor<string>(figureButton('718名'), { description: 'the 718名 figure button' });
    await panel.click(selector);
    const scrolled = await page.waitFor<number>(`window.scrollY > 0 && window.scrollY`, { description: 'page scrolled to 718名' });
    expect(scrolled).toBeGreaterThan(0);
    if (browserName === 'chromium') {
      // The flash is a CSS custom highlight; the registry is per document, so the page's world sees it
      // (under this page load's random name, so a page cannot recognise it).
      expect(await page.evaluate(`globalThis.CSS?.highlights?.size > 0 && ![...CSS.highlights.keys()].some((k) => k.startsWith('rl-'))`)).toBe(true);
    }
    expect(await page.evaluate<number>(SCROLL_SETTLED)).toBeGreaterThan(0);
  });

  it('choosing a piece of evidence scrolls the page to it', async () => {
    const evidence = await panel.evaluate<Array<{ signal: string; text: string; disabled: boolean }>>(PANEL_EVIDENCE);
    expect(evidence.length).toBeGreaterThan(0);
    // The reprint statement sits at the end of the article.
    const index = evidence.findIndex((e) => !e.disabled && /转载|商城公安在线/.test(e.text));
    expect(index, JSON.stringify(evidence)).toBeGreaterThanOrEqual(0);
    await page.waitFor(SCROLL_TO_TOP, { description: 'page at the top' });
    await page.evaluate(SCROLL_SETTLED);
    await panel.click(`[data-testid=evidence] li:nth-child(${index + 1}) button.evidence-item`);
    expect(await page.waitFor<number>(`window.scrollY > 0 && window.scrollY`, { description: 'page scrolled to the evidence' })).toBeGreaterThan(0);
    expect(await page.evaluate<number>(SCROLL_SETTLED)).toBeGreaterThan(0);
  });

  it('reports the newspaper\'s own story as an original, with its figures', async () => {
    const own = await driver.openPage(site.url('/original-article.html'));
    await waitForStoredPage(driver, own.url());
    expect(await panel.waitFor(panelShows(own.url()), { description: 'panel shows the original story' })).toBe('original');
    await panel.evaluate(SHOW_ALL_FIGURES);
    const figures = await panel.waitFor<string[]>(`(f => f.length && f)(${PANEL_FIGURES})`, { description: 'figures listed' });
    expect(figures).toContain('14%');
    expect(figures.some((f) => f.includes('3,200'))).toBe(true);
    expect(figures.some((f) => f.includes('$4.2 million'))).toBe(true);
  });

  it('leaves the toolbar button unmarked on an original', async () => {
    const own = await driver.openPage(site.url('/original-article.html'));
    await waitForStoredPage(driver, own.url());
    const tabId = await driver.tabIdOf(own);
    const badge = await driver.extensionEvaluate<string>(`(globalThis.browser ?? globalThis.chrome).action.getBadgeText({ tabId: ${tabId} })`);
    expect(badge).toBe('');
  });

  it('logged no extension errors during the run', async () => {
    expect(await driver.extensionErrors()).toEqual([]);
  });
});
