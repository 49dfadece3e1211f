/**
 * Issue 12, must-have 5 (ARIA roles and names, dark mode throughout): every extension page the
 * reader sees — the side panel with an analysed repost and a highlight, the popup, the options
 * page, the welcome page and the library — checked with axe-core (WCAG 2.1 A and AA rules: names
 * of buttons, inputs and regions, roles, colour contrast, language) in light AND dark colour
 * schemes, in Chromium and Firefox ESR. Each page is opened as a tab (the side panel's own page
 * with ?tab=<id>, so it shows that tab's state, as in the real panel).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type BrowserDriver, type TabHandle } from './support/browser-driver';
import { ensureBuilt } from './support/build';
import { DEMO_FIXTURES } from './support/paths';
import { highlightOnPage, openLibrary, openPopupFor } from './support/product';
import { startServer, type TestServer } from './support/server';
import { waitForStoredPage } from './support/stored';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCHEMES = ['light', 'dark'] as const;

/** Runs axe on the page; one line per violation: rule id, impact, and where. */
const RUN_AXE = `(async () => {
  const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
  return r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 4).map((n) => n.target.join(' ') + ' — ' + (n.failureSummary || '').split('\\n').slice(1, 2).join('').trim()).join(' | '));
})()`;

async function violations(tab: TabHandle): Promise<string[]> {
  if (!(await tab.evaluate<boolean>('typeof axe !== "undefined"'))) await tab.evaluate(`(() => { ${AXE}; return true; })()`);
  return tab.evaluate<string[]>(RUN_AXE);
}

const cases = BROWSERS.flatMap((b) => SCHEMES.map((s) => [b, s] as const));

describe.each(cases)('%s, %s scheme: extension pages pass axe (WCAG 2.1 AA)', (browserName, scheme) => {
  let driver: BrowserDriver;
  let site: TestServer;
  let article: TabHandle;
  let tabId: number;

  beforeAll(async () => {
    await ensureBuilt();
    site = await startServer({ root: DEMO_FIXTURES });
    driver = await launchBrowser(browserName, { colorScheme: scheme });
    article = await driver.openPage(site.url('/repost-article.html'));
    await waitForStoredPage(driver, article.url());
    tabId = await driver.tabIdOf(article);
    await highlightOnPage(driver, article, '抓获犯罪嫌疑人718名');
  });

  afterAll(async () => {
    await driver?.close();
    await site?.close();
  });

  it('the side panel (an analysed repost with a highlight)', async () => {
    const panel = await driver.openExtensionPage(`src/sidepanel/index.html?tab=${tabId}`);
    await panel.waitFor(`Boolean(document.querySelector('[data-testid=chain]') && document.querySelector('[data-testid=highlight]'))`, { description: 'panel shows the article and its highlight' });
    expect(await panel.evaluate(`matchMedia('(prefers-color-scheme: dark)').matches`)).toBe(scheme === 'dark');
    expect(await violations(panel)).toEqual([]);
    await panel.close();
  });

  it('the popup', async () => {
    const popup = await openPopupFor(driver, tabId);
    expect(await violations(popup)).toEqual([]);
    await popup.close();
  });

  it('the options page', async () => {
    const options = await driver.openExtensionPage('src/options/index.html');
    await options.waitFor(`document.querySelector('h1') !== null`, { description: 'options page rendered' });
    expect(await violations(options)).toEqual([]);
    await options.close();
  });

  it('the welcome page', async () => {
    const welcome = await driver.openExtensionPage('src/welcome/index.html');
    await welcome.waitFor(`document.querySelector('h1') !== null`, { description: 'welcome page rendered' });
    expect(await violations(welcome)).toEqual([]);
    await welcome.close();
  });

  it('the library', async () => {
    const library = await openLibrary(driver);
    await library.waitFor(`document.querySelectorAll('[data-testid=library-item]').length > 0`, { description: 'library lists the highlight' });
    expect(await violations(library)).toEqual([]);
    await library.close();
  });
});
