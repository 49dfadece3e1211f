/**
 * Issue 12, must-have 5: a keyboard-only reader opens and uses a highlight ON THE PAGE. Highlights
 * are painted without page nodes, so they cannot take focus; the highlight command reaches them:
 * with the caret inside a highlight it opens that highlight's menu (no duplicate) with focus in
 * it, with nothing selected it opens the first highlight on screen, and Previous / Next step
 * through the others. The side panel's "Open on page" does the same from the highlight list.
 *
 * Every action inside the menu is a REAL key press (Arrow, Tab, Enter, Escape) sent to the page.
 * Neither headless browser routes automation key events (CDP Input / BiDi input) to extension
 * shortcuts (checked: Alt+Shift+H typed into the page never fires `commands.onCommand`). So the
 * shortcut itself is fired in Firefox through the browser's own machinery (its <key> element in
 * the browser window runs the command: onCommand → menus.ts → the tab), and in Chromium the test
 * sends what menus.ts sends (`highlightSelection` to the tab). The bundle is injected on demand
 * here (the page has stored highlights), after the reload.
 *
 * The menu lives in a closed shadow root, so the test watches what the reader gets: the stored
 * records (colour changed, deleted, restored), the page scrolling to the other highlight, focus
 * being in our overlay (the page sees only the host as `activeElement`), and the overlay gone.
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
import { highlightOnPage, PAINTED, selectTextExpr, sendToTabExpr } from './support/product';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

const ARTICLE = readFileSync(join(DEMO_FIXTURES, 'original-article.html'), 'utf8');
const FIRST = 'rose 14% to 3,200 cases';
const SECOND = 'Only 38% of county residents received a flu shot';
// The second passage far below the first: stepping to it has to scroll the page.
const PAGE = ARTICLE.replace('<p>Vaccination has lagged.', '<div style="height: 2600px"></div>\n  <p>Vaccination has lagged.');
const PALETTE = DEFAULT_SETTINGS.palette;

/** Our overlay host: the bare <div> child of <html> whose shadow root is closed. */
const HOST = `[...document.documentElement.children].find((el) => el.localName === 'div' && el.getAttributeNames().join() === 'style' && !el.shadowRoot)`;
const OVERLAY_SHOWN = `Boolean(${HOST})`;
/** Keyboard focus is inside our overlay (a closed root: the page sees its host as the active element). */
const FOCUS_IN_OVERLAY = `(() => { const h = ${HOST}; return Boolean(h) && document.activeElement === h; })()`;

/** A caret (collapsed selection) inside `text`, as caret browsing (F7) or a click in the text leaves it. */
function caretIn(text: string): string {
  return `(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.indexOf(${JSON.stringify(text)});
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i + 3);
      r.collapse(true);
      getSelection().removeAllRanges();
      getSelection().addRange(r);
      return getSelection().isCollapsed;
    }
    return false;
  })()`;
}

type Stored = { id: string; color: string; selectors: { quote: { exact: string } } };

describe.each(BROWSERS)('%s: opening a highlight on the page with the keyboard', (browserName) => {
  let driver: BrowserDriver;
  let site: TestServer;
  let tab: TabHandle;
  let tabId: number;

  const stored = () => driver.extensionEvaluate<Stored[]>(READ_HIGHLIGHTS);
  const storedQuote = async (quote: string) => (await stored()).find((h) => h.selectors.quote.exact === quote);
  /** The highlight shortcut, Alt+Shift+H, when it must not create anything. */
  const command = async (): Promise<void> => {
    if (driver.fireExtensionShortcut) return driver.fireExtensionShortcut('H', 'alt,shift');
    const reply = await driver.extensionEvaluate<{ ok: boolean; value?: { created: boolean } }>(sendToTabExpr(tabId, 'highlightSelection', {}));
    expect(reply).toEqual({ ok: true, value: { created: false } });
  };
  const pressTimes = async (key: string, n: number) => {
    for (let i = 0; i < n; i++) await tab.press(key);
  };

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

  it('with the caret inside a highlight, the command opens its menu with focus in it, and does not duplicate it', async () => {
    tab = await driver.openPage(site.url('/story.html'));
    await waitForStoredPage(driver, tab.url());
    tabId = await driver.tabIdOf(tab);
    await highlightOnPage(driver, tab, FIRST);
    await highlightOnPage(driver, tab, SECOND);
    await pollUntil(async () => (await stored()).length === 2, { description: 'two highlights stored' });

    // A fresh load: the content bundle comes on demand because the page has stored highlights.
    await tab.reload();
    await tab.waitFor(`${PAINTED}.length === 2`, { description: 'both highlights restored', timeoutMs: 15_000 });
    expect(await tab.evaluate(OVERLAY_SHOWN)).toBe(false);
    await tab.evaluate('(scrollTo(0, document.body.scrollHeight), true)');
    expect(await tab.evaluate(caretIn(SECOND))).toBe(true);

    await command();
    await tab.waitFor(FOCUS_IN_OVERLAY, { description: 'the menu is shown with keyboard focus in it' });
    expect(await stored()).toHaveLength(2);
  });

  it('arrow keys and Enter recolour it; Tab and Enter delete it; Enter on the focused Undo restores it', async () => {
    // Focus starts on the highlight's current colour (the first of the palette): → then Enter picks the second.
    await tab.press('ArrowRight');
    await tab.press('Enter');
    await pollUntil(async () => (await storedQuote(SECOND))?.color === PALETTE[1], { description: 'recoloured from the keyboard' });
    expect(await tab.evaluate(FOCUS_IN_OVERLAY)).toBe(true);

    // Buttons: the swatches, Note, Copy, Delete, Previous, Next. Focus is back on the (new) current colour.
    await pressTimes('Tab', PALETTE.length - 1 + 2);
    await tab.press('Enter');
    await pollUntil(async () => (await storedQuote(SECOND)) === undefined, { description: 'deleted from the keyboard' });
    await tab.waitFor(FOCUS_IN_OVERLAY, { description: 'the undo toast has focus' });
    await tab.press('Enter');
    await pollUntil(async () => (await storedQuote(SECOND))?.color === PALETTE[1], { description: 'restored by Undo' });
    await tab.waitFor(`${PAINTED}.length === 2`, { description: 'painted again' });
    await tab.waitFor(`!${OVERLAY_SHOWN}`, { description: 'the toast is gone after undo' });
    expect(await stored()).toHaveLength(2);
  });

  it('with nothing selected it opens the first highlight on screen; Next steps to the other one and wraps; Escape closes', async () => {
    await tab.evaluate('(getSelection().removeAllRanges(), scrollTo(0, 0), true)');
    await command();
    await tab.waitFor(FOCUS_IN_OVERLAY, { description: 'the first highlight on screen opened' });
    expect(await tab.evaluate<number>('scrollY')).toBeLessThan(200);

    // From its current colour (the first swatch) to Next, the last button.
    await pressTimes('Tab', PALETTE.length + 4);
    await tab.press('Enter');
    await tab.waitFor('scrollY > 1500', { description: 'Next scrolled to the second highlight' });
    expect(await tab.evaluate(FOCUS_IN_OVERLAY)).toBe(true);
    await tab.press('Enter'); // still on Next: wraps around to the first
    await tab.waitFor('scrollY < 1500', { description: 'Next wrapped around to the first highlight' });

    await tab.press('Escape');
    await tab.waitFor(`!${OVERLAY_SHOWN}`, { description: 'Escape closed the menu' });
    expect(await tab.evaluate(`document.activeElement === document.body`)).toBe(true);
    expect(await stored()).toHaveLength(2);
  });

  it('the side panel\'s "Open on page" scrolls to a highlight and opens its menu there, ready for the keyboard', async () => {
    await tab.evaluate('(scrollTo(0, 0), true)');
    const panel = await driver.openSidePanel(tab);
    const second = (await storedQuote(SECOND))?.id as string;
    const button = `[data-testid=highlight][data-id="${second}"] [data-testid=open-on-page]`;
    await panel.waitFor(`Boolean(document.querySelector(${JSON.stringify(button)}))`, { description: 'highlight listed with "Open on page"' });
    await panel.click(button);
    await tab.waitFor(`scrollY > 1500 && ${FOCUS_IN_OVERLAY}`, { description: 'scrolled to it, its menu focused on the page' });
    // The reader moves to the page (F6) and goes on with the keyboard there.
    await tab.press('Escape');
    await tab.waitFor(`!${OVERLAY_SHOWN}`, { description: 'Escape closed it' });
  });

  // Chromium cannot fire an extension shortcut from automation (see the top); reported as skipped there.
  it.skipIf(browserName === 'chromium')('the shortcut with a fresh selection creates a highlight (onCommand → menus.ts); pressed again it opens the new one\'s menu', async () => {
    const fresh = 'the steepest winter increase since the department began';
    expect(await tab.evaluate<string | false>(selectTextExpr(fresh))).toBe(fresh);
    await driver.fireExtensionShortcut?.('H', 'alt,shift');
    await pollUntil(async () => (await storedQuote(fresh)) !== undefined, { description: 'created by the shortcut' });
    await tab.waitFor(`${PAINTED}.length === 3`, { description: 'painted' });
    expect(await tab.evaluate(OVERLAY_SHOWN)).toBe(false);
    // The caret stays at its end: the same shortcut again opens its menu, to pick a colour from the keyboard.
    await driver.fireExtensionShortcut?.('H', 'alt,shift');
    await tab.waitFor(FOCUS_IN_OVERLAY, { description: 'the new highlight\'s menu, focused' });
    await tab.press('ArrowRight');
    await tab.press('Enter');
    await pollUntil(async () => (await storedQuote(fresh))?.color === PALETTE[1], { description: 'its colour picked from the keyboard' });
    await tab.press('Escape');
    expect((await stored()).length).toBe(3);
  });

  it('logged no extension errors', async () => {
    expect(await driver.extensionErrors()).toEqual([]);
  });
});
