/**
 * Issue 5, item 1, with the mouse only: the reader drags across a passage (crossing a <b>), the
 * toolbar appears beside the selection, the reader clicks a colour in it, and the passage is
 * highlighted in that colour and stored. The toolbar lives in a closed shadow root, so the test
 * finds it the way the eye does: by where it is painted (hit-testing points of the viewport),
 * then clicks there with a trusted mouse click.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type BrowserDriver, type TabHandle } from './support/browser-driver';
import { ensureBuilt } from './support/build';
import { DEMO_FIXTURES } from './support/paths';
import { startServer, type TestServer } from './support/server';
import { waitForStoredPage } from './support/stored';
import { pollUntil } from './support/wait';
import { READ_HIGHLIGHTS } from './support/extension-scripts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

const ARTICLE = readFileSync(join(DEMO_FIXTURES, 'original-article.html'), 'utf8');
const QUOTE = 'the county board voted 6-1 on Monday night';
const PAGE = ARTICLE.replace('the county board voted 6-1', 'the county <b>board</b> voted 6-1');

/** Viewport points of the first and last character of `text` in the article. */
function endsOf(text: string): string {
  return `(() => {
    const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
    const nodes = []; let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, all.length]); all += n.data; }
    const start = all.indexOf(${JSON.stringify(text)});
    if (start < 0) return null;
    const at = (o) => { let last = nodes[0]; for (const e of nodes) if (e[1] <= o) last = e; return [last[0], o - last[1]]; };
    const charRect = (o) => { const r = document.createRange(); r.setStart(...at(o)); r.setEnd(...at(o + 1)); return r.getBoundingClientRect(); };
    const first = charRect(start), last = charRect(start + ${text.length} - 1);
    first.y; // layout
    return { from: { x: first.left + 1, y: first.top + first.height / 2 }, to: { x: last.right - 1, y: last.top + last.height / 2 } };
  })()`;
}

/**
 * The painted box of our overlay host (the bare <div> child of <html> whose shadow root is
 * closed), found by hit-testing a grid of points near the selection: elementFromPoint answers
 * the host for any point on the toolbar.
 */
const TOOLBAR_BOX = `(() => {
  const host = [...document.documentElement.children].find((el) => el.localName === 'div' && el.getAttributeNames().join() === 'style' && !el.shadowRoot);
  if (!host) return null;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let y = 0; y < innerHeight; y += 3) for (let x = 0; x < innerWidth; x += 3) {
    if (document.elementFromPoint(x, y) === host) { minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y); }
  }
  return minX === Infinity ? null : { left: minX, top: minY, right: maxX, bottom: maxY };
})()`;

const PAINTED_COLORS = `(() => { const out = {}; if (globalThis.CSS && CSS.highlights) for (const [name, h] of CSS.highlights)
  for (const r of h) (out[name] ??= []).push(r.toString().replace(/\\s+/g, ' ')); return out; })()`;


describe.each(BROWSERS)('%s: highlighting with the mouse through the selection toolbar', (browserName) => {
  let driver: BrowserDriver;
  let site: TestServer;
  let tab: TabHandle;

  beforeAll(async () => {
    await ensureBuilt();
    site = await startServer();
    site.route('/story.html', { body: PAGE });
    driver = await launchBrowser(browserName);
  });

  afterAll(async () => {
    await driver?.close();
    await site?.close();
  });

  it('drag-selects a passage, clicks the first colour of the toolbar, and the passage is highlighted and stored', async () => {
    tab = await driver.openPage(site.url('/story.html'));
    await waitForStoredPage(driver, tab.url());
    await tab.evaluate(`(document.querySelector('article b').scrollIntoView({ block: 'center' }), true)`);
    const ends = await tab.waitFor<{ from: { x: number; y: number }; to: { x: number; y: number } }>(endsOf(QUOTE), { description: 'quote on the page' });
    await tab.drag(ends.from, ends.to);
    expect((await tab.evaluate<string>('getSelection().toString()')).replace(/\s+/g, ' ')).toBe(QUOTE);

    const box = await tab.waitFor<{ left: number; top: number; right: number; bottom: number }>(TOOLBAR_BOX, { description: 'toolbar painted beside the selection' });
    // The first swatch sits at the toolbar's start: 8 px padding, a 20 px round button.
    await tab.clickAt(box.left + 8 + 10, box.top + (box.bottom - box.top) / 2);

    const firstColor = DEFAULT_SETTINGS.palette[0] as string;
    // The highlight's name is random per page load; the paint rule for it comes from a stylesheet the
    // background inserted, so the page's computed style of that highlight is the first colour.
    const painted = await tab.waitFor<Record<string, string[]>>(`(p => Object.keys(p).length > 0 && p)(${PAINTED_COLORS})`, { description: 'painted', timeoutMs: 15_000 });
    expect(Object.values(painted)).toEqual([[QUOTE]]);
    const name = Object.keys(painted)[0] as string;
    expect(name).not.toMatch(/^rl-/);
    const hex = firstColor.slice(1);
    const rgb = `rgb(${parseInt(hex.slice(0, 2), 16)}, ${parseInt(hex.slice(2, 4), 16)}, ${parseInt(hex.slice(4, 6), 16)})`;
    await tab.waitFor(`getComputedStyle(document.querySelector('article b'), '::highlight(${name})').backgroundColor === ${JSON.stringify(rgb)}`, { description: `the highlight painted ${rgb}`, timeoutMs: 5_000 });
    // Its own text colour, not the page's (light page text on a light highlight is unreadable on dark pages).
    expect(await tab.evaluate(`getComputedStyle(document.querySelector('article b'), '::highlight(${name})').color`)).toBe('rgb(26, 26, 26)');
    type Stored = { color: string; selectors: { quote: { exact: string } } };
    const stored = () => driver.extensionEvaluate<Stored[]>(READ_HIGHLIGHTS);
    await pollUntil(async () => (await stored()).length === 1, { description: 'highlight stored' });
    expect((await stored()).map((h) => ({ exact: h.selectors.quote.exact, color: h.color }))).toEqual([{ exact: QUOTE, color: firstColor }]);
    expect(await tab.evaluate(TOOLBAR_BOX)).toBeNull();
  });

  it('logged no extension errors', async () => {
    expect(await driver.extensionErrors()).toEqual([]);
  });
});
