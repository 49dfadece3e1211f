/**
 * Store screenshots (1280×800, the Chrome Web Store and AMO size) of the side panel, the popup and
 * the highlights library, in English and Chinese, light and dark, for one browser. Each is made
 * from the real extension: the side panel is captured as the browser shows it (Chromium: the real
 * side panel; Firefox: the sidebar page pinned to the tab, see tests/e2e/README.md) and placed
 * next to the article it describes; the popup over its article; the library as a page.
 * Written to artifacts/screenshots/store/<browser>-<lang>-<theme>-<view>.png.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, type BrowserName } from '../support/browser-driver';
import { panelShows } from '../support/panel-queries';
import { ARTIFACTS_DIR, DEMO_FIXTURES, FIXTURES_DIR } from '../support/paths';
import { highlightOnPage, openLibrary, openPopupFor } from '../support/product';
import { startServer } from '../support/server';
import { waitForStoredPage } from '../support/stored';

export const STORE_DIR = join(ARTIFACTS_DIR, 'screenshots', 'store');
export const STORE_SIZE = { width: 1280, height: 800 } as const;
export type StoreShot = { file: string; lang: 'en' | 'zh-CN'; theme: 'light' | 'dark'; view: 'panel' | 'popup' | 'library' };

/** Width and height of a PNG, from its IHDR chunk. */
export async function pngSize(file: string): Promise<{ width: number; height: number }> {
  const b = await readFile(file);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const composite = (left: string, right: string, theme: string) => `<!doctype html><meta charset="utf-8"><style>
html,body{margin:0;width:1280px;height:800px;overflow:hidden;background:${theme === 'dark' ? '#0d1117' : '#fff'}}
body{display:flex} img{display:block;height:800px;object-fit:cover;object-position:top left}
.l{width:880px}.r{width:400px;border-left:1px solid ${theme === 'dark' ? '#30363d' : '#d0d7de'}}</style>
<img class="l" src="${left}"><img class="r" src="${right}">`;

const overlay = (page: string, popup: string) => `<!doctype html><meta charset="utf-8"><style>
html,body{margin:0;width:1280px;height:800px;overflow:hidden;position:relative}
.p{position:absolute;inset:0;width:1280px;height:800px;object-fit:cover;object-position:top left;filter:brightness(.85)}
.u{position:absolute;top:8px;right:24px;width:380px;max-height:780px;object-fit:cover;object-position:top;box-shadow:0 6px 24px rgba(0,0,0,.45);border-radius:8px}</style>
<img class="p" src="${page}"><img class="u" src="${popup}">`;

/** Makes the 12 store screenshots of `browser` (3 views × 2 languages × 2 themes). */
export async function storeScreenshots(browser: BrowserName, log: (s: string) => void = () => {}): Promise<StoreShot[]> {
  await mkdir(STORE_DIR, { recursive: true });
  const demo = await startServer({ root: DEMO_FIXTURES });
  const other = await startServer({ root: join(FIXTURES_DIR, 'product') });
  const shots: StoreShot[] = [];
  try {
    for (const theme of ['light', 'dark'] as const) {
      for (const lang of ['en', 'zh-CN'] as const) {
        log(`  store screenshots: ${browser}, ${lang}, ${theme}`);
        const driver = await launchBrowser(browser, { colorScheme: theme, locale: lang === 'zh-CN' ? 'zh-CN' : 'en-US' });
        try {
          await driver.extensionEvaluate(`(globalThis.browser ?? globalThis.chrome).storage.local.set({ settings: { version: 1, language: ${JSON.stringify(lang)} } }).then(() => true)`);
          const prefix = join(STORE_DIR, `${browser}-${lang}-${theme}`);
          // Highlights on two articles, so the panel and the library have something to show.
          const en = await driver.openPage(other.url('/library-article.html'));
          await waitForStoredPage(driver, en.url());
          await highlightOnPage(driver, en, 'crews replace corroded steel beneath the deck');
          const zh = await driver.openPage(demo.url('/repost-article.html'));
          await waitForStoredPage(driver, zh.url());
          await highlightOnPage(driver, zh, '抓获犯罪嫌疑人718名');
          await highlightOnPage(driver, zh, '挽回经济损失400余万元', '#8ce99a');

          const panel = await driver.openSidePanel(zh);
          await panel.waitFor(panelShows(zh.url()), { description: 'panel shows the seed article' });
          await panel.waitFor(`document.querySelectorAll('[data-testid=highlight]').length === 2`, { description: 'panel lists the highlights' });
          await zh.resize(880, 800);
          await zh.evaluate('window.scrollTo(0, 0), true');
          await zh.screenshot(`${prefix}-page.png`);
          await panel.screenshot(`${prefix}-panel-raw.png`);
          await openPopupFor(driver, await driver.tabIdOf(zh)).then(async (popup) => {
            await popup.resize(380, 780);
            await popup.screenshot(`${prefix}-popup-raw.png`);
            await popup.close();
          });
          const shotsServer = await startServer({ root: STORE_DIR });
          try {
            const base = `${browser}-${lang}-${theme}`;
            shotsServer.route('/panel.html', { body: composite(`/${base}-page.png`, `/${base}-panel-raw.png`, theme) });
            shotsServer.route('/popup.html', { body: overlay(`/${base}-page.png`, `/${base}-popup-raw.png`) });
            for (const view of ['panel', 'popup'] as const) {
              const tab = await driver.openPage(shotsServer.url(`/${view}.html`));
              await tab.resize(STORE_SIZE.width, STORE_SIZE.height);
              await tab.waitFor(`[...document.images].every((i) => i.complete && i.naturalWidth > 0)`, { description: 'composite images loaded' });
              await tab.screenshot(`${prefix}-${view}.png`);
              await tab.close();
              shots.push({ file: `${prefix}-${view}.png`, lang, theme, view });
            }
          } finally {
            await shotsServer.close();
          }
          const library = await openLibrary(driver);
          await library.resize(STORE_SIZE.width, STORE_SIZE.height);
          await library.waitFor(`document.querySelectorAll('[data-testid=library-item]').length === 3`, { description: 'library lists the highlights' });
          await library.screenshot(`${prefix}-library.png`);
          shots.push({ file: `${prefix}-library.png`, lang, theme, view: 'library' });
        } finally {
          await driver.close();
        }
      }
    }
  } finally {
    await demo.close();
    await other.close();
  }
  return shots;
}
