/**
 * Issue 10, the loader design as the reader meets it: every page gets only the tiny loader; the
 * content bundle (analysis, highlighter, its UI) is injected by the background where it is
 * needed. On a page that is not an article nothing more arrives (no injection recorded, no
 * report filed) — until the reader selects text: the first selection brings the highlighter,
 * and the toolbar and the stored highlight work as on an article. On an article the loader sends
 * a snapshot and the background analyses it (offscreen document / event page): the report is
 * filed and no bundle comes unless it is needed; with Repost Lens switched off, nothing happens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type BrowserDriver } from './support/browser-driver';
import { ensureBuilt } from './support/build';
import { DEMO_FIXTURES } from './support/paths';
import { startServer, type TestServer } from './support/server';
import { waitForStoredPage } from './support/stored';
import { pollUntil } from './support/wait';
import { READ_HIGHLIGHTS } from './support/extension-scripts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

/** A web app's dashboard (written for this test): cards and buttons, no article. */
const APP_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Board – Tasks</title></head>
<body><div id="app"><header><button>☰</button><input type="search" placeholder="Search"></header>
<div class="cards">${Array.from({ length: 12 }, (_, i) => `<div class="card"><span class="title">Task ${i + 1}</span><button>⋯</button></div>`).join('')}
<div class="card" id="note"><span>Remember that the quarterly numbers are due before the planning meeting on Friday.</span></div></div></div></body></html>`;
const QUOTE = 'the quarterly numbers are due before the planning meeting';

const API = '(globalThis.browser ?? globalThis.chrome)';
const INJECTED = `${API}.storage.session.get('injected').then((r) => (r.injected || []).map((e) => e[1]))`;

/** Viewport points of the first and last character of `text` inside `#note`. */
const ENDS = `(() => {
  const node = document.querySelector('#note span').firstChild;
  const start = node.data.indexOf(${JSON.stringify(QUOTE)});
  const rect = (o) => { const r = document.createRange(); r.setStart(node, o); r.setEnd(node, o + 1); return r.getBoundingClientRect(); };
  const a = rect(start), b = rect(start + ${QUOTE.length} - 1);
  return { from: { x: a.left + 1, y: a.top + a.height / 2 }, to: { x: b.right - 1, y: b.top + b.height / 2 } };
})()`;

/** The painted box of our closed-shadow overlay host, found by hit-testing (see highlight-toolbar.e2e.ts). */
const TOOLBAR_BOX = `(() => {
  const host = [...document.documentElement.children].find((el) => el.localName === 'div' && el.getAttributeNames().join() === 'style' && !el.shadowRoot);
  if (!host) return null;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let y = 0; y < innerHeight; y += 3) for (let x = 0; x < innerWidth; x += 3) {
    if (document.elementFromPoint(x, y) === host) { minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y); }
  }
  return minX === Infinity ? null : { left: minX, top: minY, right: maxX, bottom: maxY };
})()`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(BROWSERS)('%s: the page loader injects the content bundle only where needed (issue 10)', (browserName) => {
  let driver: BrowserDriver;
  let site: TestServer;

  beforeAll(async () => {
    await ensureBuilt();
    site = await startServer({ root: DEMO_FIXTURES });
    site.route('/app.html', { body: APP_PAGE });
    site.route('/story-off.html', { body: (await import('node:fs')).readFileSync(`${DEMO_FIXTURES}/original-article.html`, 'utf8') });
    driver = await launchBrowser(browserName);
  });

  afterAll(async () => {
    await driver?.close();
    await site?.close();
  });

  it('analyses an article page off the page: its report is filed, no bundle is injected (no highlights stored)', async () => {
    const tab = await driver.openPage(site.url('/original-article.html'));
    const stored = await waitForStoredPage(driver, tab.url());
    expect(stored.report?.isArticle).toBe(true);
    expect(stored.report?.analysis?.verdict).toBe('original');
    await sleep(1_000);
    expect(await driver.extensionEvaluate<string[]>(INJECTED)).not.toContain(tab.url());
  });

  it('injects nothing on a page that is not an article', async () => {
    const tab = await driver.openPage(site.url('/app.html'));
    // Long enough for the loader's look, its question to the background and an analysis.
    await sleep(3_000);
    expect(await driver.extensionEvaluate<string[]>(INJECTED)).not.toContain(tab.url());
    expect((await driver.storedPages()).map((p) => p.url)).not.toContain(tab.url());
  });

  it('a first selection on that page brings the highlighter: toolbar, colour, stored highlight', async () => {
    const tab = await driver.openPage(site.url('/app.html'));
    await sleep(1_500);
    expect(await driver.extensionEvaluate<string[]>(INJECTED)).not.toContain(tab.url());
    const ends = await tab.waitFor<{ from: { x: number; y: number }; to: { x: number; y: number } }>(ENDS, { description: 'passage on the page' });
    await tab.drag(ends.from, ends.to);
    expect((await tab.evaluate<string>('getSelection().toString()')).replace(/\s+/g, ' ')).toBe(QUOTE);
    await pollUntil(async () => (await driver.extensionEvaluate<string[]>(INJECTED)).includes(tab.url()), { description: 'bundle injected after the selection' });
    const box = await tab.waitFor<{ left: number; top: number; right: number; bottom: number }>(TOOLBAR_BOX, { description: 'toolbar beside the selection', timeoutMs: 15_000 });
    await tab.clickAt(box.left + 8 + 10, box.top + (box.bottom - box.top) / 2);
    type Stored = { color: string; article: { pageUrl: string }; selectors: { quote: { exact: string } } };
    const mine = async () => (await driver.extensionEvaluate<Stored[]>(READ_HIGHLIGHTS)).filter((h) => h.article.pageUrl === tab.url());
    await pollUntil(async () => (await mine()).length === 1, { description: 'highlight stored' });
    expect((await mine()).map((h) => [h.selectors.quote.exact, h.color])).toEqual([[QUOTE, DEFAULT_SETTINGS.palette[0]]]);
  });

  it('on a later visit the stored highlight brings the bundle to that non-article page', async () => {
    const tab = await driver.openPage(site.url('/app.html'));
    await pollUntil(async () => (await driver.extensionEvaluate<string[]>(INJECTED)).includes(tab.url()), { description: 'bundle injected for the stored highlight' });
    const painted = `(() => { let n = 0; if (globalThis.CSS && CSS.highlights) for (const [, h] of CSS.highlights) n += h.size; return n > 0; })()`;
    expect(await tab.waitFor<boolean>(painted, { description: 'the highlight painted again', timeoutMs: 15_000 })).toBe(true);
  });

  it('switched off in the settings: nothing is injected, not even on an article', async () => {
    await driver.extensionEvaluate(`Promise.all([${API}.storage.local.set({ settings: ${JSON.stringify({ ...DEFAULT_SETTINGS, enabled: false })} }), ${API}.storage.sync ? ${API}.storage.sync.set({ settings: ${JSON.stringify({ ...DEFAULT_SETTINGS, enabled: false })} }) : null]).then(() => true)`);
    try {
      const tab = await driver.openPage(site.url('/story-off.html'));
      await sleep(3_000);
      expect(await driver.extensionEvaluate<string[]>(INJECTED)).not.toContain(tab.url());
      expect((await driver.storedPages()).map((p) => p.url)).not.toContain(tab.url());
    } finally {
      await driver.extensionEvaluate(`Promise.all([${API}.storage.local.set({ settings: ${JSON.stringify(DEFAULT_SETTINGS)} }), ${API}.storage.sync ? ${API}.storage.sync.set({ settings: ${JSON.stringify(DEFAULT_SETTINGS)} }) : null]).then(() => true)`);
    }
  });

  it('logged no extension errors', async () => {
    expect(await driver.extensionErrors()).toEqual([]);
  });

  // Last: the reload leaves the driver's handle on the old service worker stale. Chromium only —
  // the Firefox driver talks to the extension through one of its own tabs, which a reload closes.
  it.runIf(browserName === 'chromium')('the extension is reloaded: the old content side stops quietly and the page keeps working', async () => {
    const tab = await driver.openPage(site.url('/app.html'));
    const painted = `(() => { let n = 0; if (globalThis.CSS && CSS.highlights) for (const [, h] of CSS.highlights) n += h.size; return n > 0; })()`;
    await tab.waitFor<boolean>(painted, { description: 'the stored highlight painted (the bundle is in the page)', timeoutMs: 15_000 });
    await driver.extensionEvaluate(`(chrome.runtime.reload(), true)`).catch(() => {});
    await sleep(1_500);
    // What the old loader and bundle listen to: a real selection (mouse and keys), a tab switch.
    const ends = await tab.waitFor<{ from: { x: number; y: number }; to: { x: number; y: number } }>(ENDS, { description: 'passage on the page' });
    await tab.drag(ends.from, ends.to);
    await tab.press('Shift');
    await sleep(1_000);
    expect((await tab.evaluate<string>('getSelection().toString()')).replace(/\s+/g, ' ')).toBe(QUOTE);
    expect(await tab.evaluate<number>('1 + 1')).toBe(2);
    const errors = await driver.extensionErrors();
    expect(errors.filter((e) => /context invalidated|Extension context/i.test(e))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
