import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type BrowserDriver } from './support/browser-driver';
import { ensureBuilt } from './support/build';
import { DEMO_FIXTURES } from './support/paths';
import { startServer, type TestServer } from './support/server';
import { READ_HIGHLIGHTS } from './support/extension-scripts';
import { selectTextExpr } from './support/product';

const ARTICLE = readFileSync(join(DEMO_FIXTURES, 'original-article.html'), 'utf8');
describe.each(BROWSERS)('%s probe', (b) => {
  let driver: BrowserDriver; let site: TestServer;
  beforeAll(async () => { await ensureBuilt(); site = await startServer(); site.route('/s.html', { body: ARTICLE }); driver = await launchBrowser(b); });
  afterAll(async () => { await driver?.close(); await site?.close(); });
  it('command by key', async () => {
    const tab = await driver.openPage(site.url('/s.html'));
    await new Promise((r) => setTimeout(r, 2000));
    console.log('sel', await tab.evaluate(selectTextExpr('the county board voted')));
    const k = (tab as any).page.keyboard; await k.down('Alt'); await k.down('Shift'); await k.press('KeyH'); await k.up('Shift'); await k.up('Alt');
    await new Promise((r) => setTimeout(r, 3000));
    const hs = await driver.extensionEvaluate<unknown[]>(READ_HIGHLIGHTS);
    console.log(b, 'HIGHLIGHTS', hs.length);
    expect(true).toBe(true);
  });
});
