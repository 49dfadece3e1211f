/**
 * Issue 12: the store screenshots (1280×800) of the side panel, the popup and the library, in
 * English and Chinese, light and dark, made from the real extension in each browser; the dark
 * ones really are dark (the panel's background follows prefers-color-scheme).
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser } from './support/browser-driver';
import { ensureBuilt } from './support/build';
import { pngSize, storeScreenshots, STORE_SIZE } from './demo/store-screenshots';

describe.each(BROWSERS)('%s: store screenshots (issue 12)', (browserName) => {
  it('writes 12 screenshots of 1280×800: panel, popup and library × en, zh-CN × light, dark', async () => {
    await ensureBuilt();
    const shots = await storeScreenshots(browserName);
    expect(shots).toHaveLength(12);
    for (const shot of shots) expect(await pngSize(shot.file), shot.file).toEqual(STORE_SIZE);
    expect(new Set(shots.map((s) => `${s.view}-${s.lang}-${s.theme}`)).size).toBe(12);
  }, 600_000);

  it('dark mode reaches the extension pages: the library is dark on a dark system', async () => {
    const driver = await launchBrowser(browserName, { colorScheme: 'dark' });
    try {
      const page = await driver.openExtensionPage('src/library/index.html');
      const bg = await page.waitFor<string>(`document.readyState === 'complete' && getComputedStyle(document.body).backgroundColor`, { description: 'library background' });
      expect(bg).toBe('rgb(13, 17, 23)');
    } finally {
      await driver.close();
    }
  });
});
