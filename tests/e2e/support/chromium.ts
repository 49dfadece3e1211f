/**
 * Chromium with the built extension (dist/chrome): playwright-core launchPersistentContext on
 * Debian's /usr/bin/chromium, the no-network flags, --remote-debugging-port=0 (read back from the
 * profile's DevToolsActivePort) for a raw CDP connection that reaches the side panel target and
 * collects the extension's errors.
 */
import { OFFLINE_CHROMIUM_FLAGS } from './chromium-flags';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { canShowWindow, type BrowserDriver, type LaunchOptions, type PanelHandle, type StoredPage, type TabHandle } from './browser-driver';
import { CdpConnection, listTargets } from './cdp';
import { ChromiumErrorCollector } from './chromium-errors';
import { ChromiumSidePanel } from './chromium-panel';
import { READ_SETTINGS, READ_STORED_PAGES } from './extension-scripts';
import { CHROME_DIST, CHROMIUM_BIN, SIDEPANEL_PATH } from './paths';
import { PlaywrightTab } from './tab-playwright';
import { pollUntil } from './wait';
import { startDriver } from './start-driver';
import { extensionPageUrl, openPopupTab } from './extension-pages';

/** Flags that keep Chromium off the network (only 127.0.0.1 resolves) and quiet. */
export function chromiumArgs(extensionDir: string, extra: string[] = [], locale = 'en-US'): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...OFFLINE_CHROMIUM_FLAGS,
    '--metrics-recording-only',
    '--remote-debugging-port=0',
    `--lang=${locale}`,
    '--window-size=1400,900',
    ...extra,
  ];
}

export function launchChromium(options: LaunchOptions = {}): Promise<ChromiumDriver> {
  return startDriver(CHROME_DIST, 'rl-chromium-', options.userDataDir, (dir) => new ChromiumDriver(dir, options));
}

export class ChromiumDriver implements BrowserDriver {
  readonly name = 'chromium' as const;
  extensionId = '';
  private context: BrowserContext | undefined;
  private cdp: CdpConnection | undefined;
  private devtoolsOrigin = '';
  private collector: ChromiumErrorCollector | undefined;
  private panel: ChromiumSidePanel | null = null;
  private worker: Worker | undefined;
  private readonly ownsProfile: boolean;
  /** Errors of earlier runs of this driver (before a restart). */
  private earlierErrors: string[] = [];

  constructor(readonly userDataDir: string, private readonly options: LaunchOptions) {
    this.ownsProfile = !options.userDataDir;
  }

  get extensionOrigin(): string {
    return this.extensionId ? `chrome-extension://${this.extensionId}` : '';
  }

  get sidePanel(): PanelHandle | null {
    return this.panel;
  }

  /** The extension's service worker (Playwright Worker). */
  get serviceWorker(): Worker {
    if (!this.worker) throw new Error('service worker not found');
    return this.worker;
  }

  /** The Playwright context (for what the common interface does not cover). */
  get browserContext(): BrowserContext {
    if (!this.context) throw new Error('browser not running');
    return this.context;
  }

  private startedOnce = false;

  async start(): Promise<void> {
    await rm(join(this.userDataDir, 'DevToolsActivePort'), { force: true });
    const headless = !(this.options.headed && canShowWindow());
    this.context = await chromium.launchPersistentContext(this.userDataDir, {
      executablePath: CHROMIUM_BIN,
      headless,
      viewport: null,
      args: chromiumArgs(CHROME_DIST, [
        ...(this.options.extraArgs ?? []),
      ], this.options.locale),
      // Playwright emulates prefers-color-scheme in every page of the context (the side panel: see chromium-panel.ts).
      ...(this.options.colorScheme ? { colorScheme: this.options.colorScheme } : {}),
      timeout: 60_000,
    });
    const port = await pollUntil(async () => {
      const text = await readFile(join(this.userDataDir, 'DevToolsActivePort'), 'utf8').catch(() => '');
      const [p, path] = text.split('\n');
      return p && path ? { p, path } : null;
    }, { timeoutMs: 20_000, description: 'DevToolsActivePort' });
    this.devtoolsOrigin = `http://127.0.0.1:${port.p}`;
    this.cdp = await CdpConnection.connect(`ws://127.0.0.1:${port.p}${port.path}`);
    // Learn the id as early as possible so that errors logged during startup are attributed.
    const fromTargets = async (): Promise<string | null> => {
      const ts = await listTargets(this.devtoolsOrigin);
      const sw = ts.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
      return sw ? new URL(sw.url).host : null;
    };
    this.collector = new ChromiumErrorCollector(this.cdp, () => this.extensionOrigin);
    await this.collector.start();
    this.worker = this.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
      ?? (await this.context.waitForEvent('serviceworker', { timeout: 20_000, predicate: (w) => w.url().startsWith('chrome-extension://') }));
    this.extensionId = new URL(this.worker.url()).host || (await fromTargets()) || '';
    if (!this.extensionId) throw new Error('extension id not found');
    // On install the extension opens its welcome page in a new tab. Wait until Playwright lists it,
    // so that its pages stay in tab-strip order (tabIdOf relies on that): a tab discovered after
    // the test's first page would swap places with it. Only the first start of a profile installs.
    if (!this.startedOnce) {
      const isWelcome = (p: { url(): string }) => p.url().includes('/src/welcome/index.html');
      const context = this.context;
      await pollUntil(async () => context.pages().some(isWelcome), { timeoutMs: 10_000, description: 'welcome tab listed' }).catch(() => {});
    }
    this.startedOnce = true;
  }

  async openPage(url: string): Promise<TabHandle> {
    const page = await this.browserContext.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return new PlaywrightTab(page, (t) => this.activate(t));
  }

  openExtensionPage(path: string): Promise<TabHandle> {
    return this.openPage(extensionPageUrl(this.extensionOrigin, path));
  }

  openPopup(): Promise<TabHandle> {
    return openPopupTab((path) => this.openExtensionPage(path));
  }

  async openSidePanel(articlePage?: TabHandle): Promise<PanelHandle> {
    if (!this.cdp) throw new Error('browser not running');
    if (articlePage) await articlePage.bringToFront();
    const popup = await this.openPopup();
    await popup.click('#open-panel');
    const panelUrl = `${this.extensionOrigin}/${SIDEPANEL_PATH}`;
    const target = await pollUntil(async () => (await listTargets(this.devtoolsOrigin)).find((t) => t.type === 'page' && t.url === panelUrl), {
      timeoutMs: 10_000,
      description: `side panel target ${panelUrl} in /json/list`,
    });
    if (this.panel?.targetId !== target.id) this.panel = await ChromiumSidePanel.attach(this.cdp, target.id, this.options.colorScheme);
    await this.panel.waitFor(`document.readyState === 'complete' && !!document.querySelector('[data-testid=panel]')`, { description: 'panel rendered' });
    // The popup closes itself after opening the panel; close the tab if it did not.
    await popup.close().catch(() => {});
    if (articlePage) await articlePage.bringToFront();
    return this.panel;
  }

  extensionEvaluate<T = unknown>(expression: string): Promise<T> {
    return this.serviceWorker.evaluate(expression) as Promise<T>;
  }

  storedPages(): Promise<StoredPage[]> {
    return this.extensionEvaluate<StoredPage[]>(READ_STORED_PAGES);
  }

  storedSettings(): Promise<Record<string, unknown> | undefined> {
    return this.extensionEvaluate(READ_SETTINGS);
  }

  /**
   * Without the "tabs" permission the extension cannot see tab URLs, so the tab is found by its
   * position: Playwright lists a context's pages in creation order, which is the tab strip order
   * (new tabs are appended; the side panel is not a tab). Falls back to the background's own
   * tab → page map (storage.session 'tabs') when the counts differ.
   */
  async tabIdOf(tab: TabHandle): Promise<number> {
    if (!(tab instanceof PlaywrightTab)) throw new Error('not a Chromium tab');
    return pollUntil(async () => {
      const pages = this.browserContext.pages().filter((p) => !p.isClosed());
      const index = pages.indexOf(tab.page);
      if (index < 0) throw new Error('tab is closed');
      const tabs = await this.extensionEvaluate<Array<{ id: number; windowId: number; index: number }>>(
        `chrome.tabs.query({}).then((ts) => ts.map((t) => ({ id: t.id, windowId: t.windowId, index: t.index })))`,
      );
      tabs.sort((a, b) => a.windowId - b.windowId || a.index - b.index);
      if (tabs.length === pages.length) return tabs[index]?.id ?? null;
      const known = await this.extensionEvaluate<Array<[number, { url: string }]> | undefined>(`chrome.storage.session.get('tabs').then((r) => r.tabs)`);
      const byUrl = (known ?? []).filter(([, e]) => e.url === tab.url());
      return byUrl.length === 1 ? byUrl[0]![0] : null;
    }, { timeoutMs: 5_000, description: `tab id of ${tab.url()}` });
  }

  /**
   * Headless Chromium's Page.bringToFront does not change the active tab as extensions see it
   * (no tabs.onActivated), so the tab is also activated the way the tab strip does it.
   */
  private async activate(tab: PlaywrightTab): Promise<void> {
    const id = await this.tabIdOf(tab);
    await this.extensionEvaluate(`chrome.tabs.update(${id}, { active: true }).then(() => true)`);
  }

  async extensionErrors(): Promise<string[]> {
    return [...this.earlierErrors, ...(this.collector?.errors ?? [])];
  }

  async restart(): Promise<void> {
    this.earlierErrors = await this.extensionErrors();
    await this.shutdown();
    await this.start();
  }

  private async shutdown(): Promise<void> {
    this.collector?.stop();
    this.cdp?.close();
    this.panel = null;
    this.worker = undefined;
    await this.context?.close().catch(() => {});
    this.context = undefined;
    this.cdp = undefined;
    this.collector = undefined;
  }

  async close(): Promise<void> {
    await this.shutdown();
    if (this.ownsProfile) await rm(this.userDataDir, { recursive: true, force: true }).catch(() => {});
  }
}
