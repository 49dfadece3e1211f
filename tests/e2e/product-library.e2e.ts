/**
 * Issue 12, the highlights library as a reader uses it: highlights made on two articles (the
 * Chinese seed article and an English one) are listed grouped by article, newest first; the search
 * finds a Chinese passage by a substring (and by full-width digits), filters by colour and site,
 * edits a note, deletes with undo, exports a selection, and is reachable from the panel and the popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type BrowserDriver, type TabHandle } from './support/browser-driver';
import { ensureBuilt } from './support/build';
import { DEMO_FIXTURES, FIXTURES_DIR } from './support/paths';
import { highlightOnPage, openLibrary, uiCallExpr } from './support/product';
import { startServer, type TestServer } from './support/server';
import { waitForStoredPage } from './support/stored';
import { pollUntil } from './support/wait';
import { READ_HIGHLIGHTS } from './support/extension-scripts';

const ZH = '抓获犯罪嫌疑人718名';
const ZH2 = '挽回经济损失400余万元';
const EN = 'crews replace corroded steel beneath the deck';

const GROUPS = `[...document.querySelectorAll('[data-testid=library-group]')].map((g) => ({ url: g.dataset.pageUrl, quotes: [...g.querySelectorAll('[data-testid=library-item] blockquote')].map((q) => q.textContent) }))`;
const QUOTES = `[...document.querySelectorAll('[data-testid=library-item] blockquote')].map((q) => q.textContent)`;

/** Types into the library's search box the way a user does (input events). */
function typeSearch(text: string): string {
  return `(() => { const i = document.querySelector('[data-testid=library-search]'); i.focus(); i.value = ${JSON.stringify(text)}; i.dispatchEvent(new InputEvent('input', { bubbles: true })); return true; })()`;
}

describe.each(BROWSERS)('%s: the highlights library (issue 12)', (browserName) => {
  let driver: BrowserDriver;
  let demo: TestServer;
  let other: TestServer;
  let zhPage: TabHandle;
  let enPage: TabHandle;
  let library: TabHandle;
  const stored = () => driver.extensionEvaluate<Array<{ id: string; note: string; color: string; selectors: { quote: { exact: string } } }>>(READ_HIGHLIGHTS);

  beforeAll(async () => {
    await ensureBuilt();
    demo = await startServer({ root: DEMO_FIXTURES });
    other = await startServer({ root: `${FIXTURES_DIR}/product` });
    driver = await launchBrowser(browserName);
  });

  afterAll(async () => {
    await driver?.close();
    await demo?.close();
    await other?.close();
  });

  it('highlights passages on two articles', async () => {
    zhPage = await driver.openPage(demo.url('/repost-article.html'));
    await waitForStoredPage(driver, zhPage.url());
    await highlightOnPage(driver, zhPage, ZH);
    await highlightOnPage(driver, zhPage, ZH2, '#8ce99a');
    enPage = await driver.openPage(other.url('/library-article.html'));
    await waitForStoredPage(driver, enPage.url());
    await highlightOnPage(driver, enPage, EN);
    await pollUntil(async () => (await stored()).length === 3, { description: 'three highlights stored' });
  });

  it('lists them grouped by article, newest first', async () => {
    library = await openLibrary(driver);
    const groups = await library.waitFor<Array<{ url: string; quotes: string[] }>>(`(${GROUPS}).length === 2 && ${GROUPS}`, { description: 'two article groups' });
    expect(groups[0]?.url).toBe(enPage.url());
    expect(groups[0]?.quotes).toEqual([EN]);
    expect(groups[1]?.url).toBe(zhPage.url());
    expect(groups[1]?.quotes).toEqual([ZH2, ZH]);
    expect(await library.evaluate(`document.querySelector('[data-testid=library-summary]').textContent`)).toBe('3 of 3 highlights');
  });

  it('finds the Chinese passage by a substring, with full-width digits, and ANDs words', async () => {
    await library.evaluate(typeSearch('嫌疑人'));
    expect(await library.waitFor<string[]>(`(q => q.length === 1 && q)(${QUOTES})`, { description: 'one hit for 嫌疑人' })).toEqual([ZH]);
    await library.evaluate(typeSearch('７１８名'));
    expect(await library.waitFor<string[]>(`(q => q.length === 1 && q[0] === ${JSON.stringify(ZH)} && q)(${QUOTES})`, { description: 'full-width 718' })).toEqual([ZH]);
    await library.evaluate(typeSearch('抓获 STEEL'));
    await library.waitFor(`(${QUOTES}).length === 0 && !!document.body.textContent.includes('No highlights match.')`, { description: 'no hit for two words from different passages' });
    await library.evaluate(typeSearch(''));
    await library.waitFor(`(${QUOTES}).length === 3`, { description: 'all three again' });
  });

  it('filters by colour and by site, colours named in words', async () => {
    const greenLabel = await library.evaluate<string>(`document.querySelector('[data-testid=library-color] option[value="#8ce99a"]').textContent`);
    expect(greenLabel).toBe('green');
    await library.select('[data-testid=library-color]', '#8ce99a');
    expect(await library.waitFor<string[]>(`(q => q.length === 1 && q)(${QUOTES})`, { description: 'green only' })).toEqual([ZH2]);
    await library.select('[data-testid=library-color]', '');
    const siteHost = new URL(other.origin).host;
    await library.waitFor(`!!document.querySelector('[data-testid=library-site] option[value="${siteHost}"]')`, { description: 'site filter lists the site' });
    await library.select('[data-testid=library-site]', siteHost);
    expect(await library.waitFor<string[]>(`(q => q.length === 1 && q)(${QUOTES})`, { description: 'one site only' })).toEqual([EN]);
    await library.select('[data-testid=library-site]', '');
    await library.waitFor(`(${QUOTES}).length === 3`, { description: 'all three again' });
  });

  it('edits a note, deletes with undo', async () => {
    const item = `[data-testid=library-item]:has(blockquote)`;
    await library.evaluate(`[...document.querySelectorAll('${item}')].find((li) => li.textContent.includes(${JSON.stringify(EN)})).querySelector('[data-testid=edit-note]').click()`);
    await library.waitFor(`!!document.querySelector('[data-testid=library-item] textarea')`, { description: 'note editor open' });
    await library.evaluate(`(() => { const ta = document.querySelector('[data-testid=library-item] textarea'); ta.value = 'Ask about night work'; ta.dispatchEvent(new InputEvent('input', { bubbles: true })); ta.blur(); return true; })()`);
    await pollUntil(async () => (await stored()).some((h) => h.note === 'Ask about night work'), { description: 'note saved' });
    await library.waitFor(`document.body.textContent.includes('Ask about night work')`, { description: 'note shown' });

    await library.evaluate(`[...document.querySelectorAll('[data-testid=library-item]')].find((li) => li.textContent.includes(${JSON.stringify(ZH2)})).querySelector('[data-testid=library-delete]').click()`);
    await pollUntil(async () => (await stored()).length === 2, { description: 'deleted' });
    await library.waitFor(`(${QUOTES}).length === 2`, { description: 'list without it' });
    await library.click('[data-testid=undo-toast] button');
    await pollUntil(async () => (await stored()).length === 3, { description: 'restored' });
    await library.waitFor(`(${QUOTES}).length === 3`, { description: 'listed again' });
  });

  it('exports a selection (Markdown) with only the chosen highlight', async () => {
    const id = (await stored()).find((h) => h.selectors.quote.exact === ZH)!.id;
    const md = await library.evaluate<{ ok: boolean; value: { text: string; fileName: string } }>(uiCallExpr('exportSelection', { format: 'markdown', ids: [id] }));
    expect(md.ok).toBe(true);
    expect(md.value.text).toContain(ZH);
    expect(md.value.text).not.toContain(EN);
    // The selection UI: select one, the export buttons become available.
    await library.evaluate(`[...document.querySelectorAll('[data-testid=library-item]')].find((li) => li.textContent.includes(${JSON.stringify(ZH)})).querySelector('input[type=checkbox]').click()`);
    await library.waitFor(`!document.querySelector('[data-testid=export-selected-md]').disabled`, { description: 'export selected enabled' });
  });

  it('is opened from the side panel and from the popup', async () => {
    const panel = await driver.openSidePanel(zhPage);
    expect(await panel.evaluate(`!!document.querySelector('[data-testid=open-library]')`)).toBe(true);
    const popup = await driver.openPopup();
    expect(await popup.evaluate(`document.querySelector('#open-library')?.textContent`)).toBe('All my highlights');
    await popup.close();
  });

  it('logged no extension errors during the run', async () => {
    expect(await driver.extensionErrors()).toEqual([]);
  });
});
