/**
 * Issue 2: the popup renders its settings, and a change made there (language → 简体中文,
 * top figures → 5) survives closing and restarting the browser on the same profile, and takes
 * effect in the side panel.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type BrowserDriver } from './support/browser-driver';
import { ensureBuilt } from './support/build';
import { PANEL_FIGURES, panelShows } from './support/panel-queries';
import { DEMO_FIXTURES } from './support/paths';
import { startServer, type TestServer } from './support/server';
import { waitForStoredPage } from './support/stored';
import { pollUntil } from './support/wait';

describe.each(BROWSERS)('%s: popup settings persist across a restart (issue 2)', (browserName) => {
  let driver: BrowserDriver;
  let site: TestServer;
  let profile: string;

  beforeAll(async () => {
    await ensureBuilt();
    site = await startServer({ root: DEMO_FIXTURES });
    profile = await mkdtemp(join(tmpdir(), `rl-settings-${browserName}-`));
    driver = await launchBrowser(browserName, { userDataDir: profile });
  });

  afterAll(async () => {
    await driver?.close();
    await site?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('the popup renders its controls with the defaults', async () => {
    const popup = await driver.openPopup();
    const state = await popup.evaluate<Record<string, unknown>>(`({
      title: document.querySelector('h1')?.textContent,
      openPanel: !!document.querySelector('#open-panel'),
      language: document.querySelector('#language')?.value,
      topFigures: document.querySelector('#top-figures')?.value,
      swatches: document.querySelectorAll('button.swatch[data-color]').length,
      pressed: document.querySelectorAll('button.swatch[aria-pressed=true]').length,
      toolbar: document.querySelector('#selection-toolbar')?.checked,
      badge: document.querySelector('#badge')?.checked,
    })`);
    expect(state).toMatchObject({ title: 'Repost Lens', openPanel: true, language: 'auto', topFigures: '8', toolbar: true, badge: true });
    expect(state.swatches).toBeGreaterThanOrEqual(4);
    expect(state.pressed).toBe(4);
    await popup.close();
  });

  it('changing language and top figures saves them', async () => {
    const popup = await driver.openPopup();
    await popup.select('#language', 'zh-CN');
    // The status is worded in the language of the moment the save started (English here) or the new one.
    await popup.waitFor(`['Saved', '已保存'].includes(document.querySelector('[data-testid=save-status]')?.textContent)`, { description: 'save status Saved / 已保存' });
    expect(await popup.evaluate(`document.querySelector('h1')?.textContent`)).toBe('转载透镜');
    await popup.fill('#top-figures', '5');
    await popup.waitFor(`document.querySelector('[data-testid=save-status]')?.textContent === '已保存'`, { description: 'save status 已保存' });
    const saved = await pollUntil(async () => {
      const s = await driver.storedSettings();
      return s?.topFigures === 5 && s;
    }, { description: 'settings.topFigures = 5 in storage.local' });
    expect(saved).toMatchObject({ language: 'zh-CN', topFigures: 5 });
    await popup.close();
  });

  it('after a restart on the same profile the popup and the side panel use them', async () => {
    const idBefore = driver.extensionId;
    await driver.restart();
    expect(driver.extensionId).toBe(idBefore);
    expect(await driver.storedSettings()).toMatchObject({ language: 'zh-CN', topFigures: 5 });

    const popup = await driver.openPopup();
    const state = await popup.evaluate<Record<string, unknown>>(`({
      title: document.querySelector('h1')?.textContent,
      language: document.querySelector('#language')?.value,
      topFigures: document.querySelector('#top-figures')?.value,
    })`);
    expect(state).toEqual({ title: '转载透镜', language: 'zh-CN', topFigures: '5' });
    await popup.close();

    const article = await driver.openPage(site.url('/original-article.html'));
    await waitForStoredPage(driver, article.url());
    const panel = await driver.openSidePanel(article);
    await panel.waitFor(panelShows(article.url()), { description: 'panel shows the article' });
    expect(await panel.evaluate(`document.querySelector('h1')?.textContent`)).toBe('转载透镜');
    expect(await panel.evaluate(`document.querySelector('[data-testid=panel]')?.lang`)).toBe('zh-CN');
    const figures = await panel.evaluate<string[]>(PANEL_FIGURES);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.length).toBeLessThanOrEqual(5);
  });

  it('logged no extension errors during the run (both sessions)', async () => {
    expect(await driver.extensionErrors()).toEqual([]);
  });
});
