/**
 * Firefox ESR with the built extension (dist/firefox): puppeteer-core over WebDriver BiDi,
 * `installExtension` (a temporary add-on), the moz-extension UUID pinned by pref so that
 * `moz-extension://<uuid>/` is known in advance, storage and UUID kept on uninstall so that data
 * survives a restart on the same profile, and no network beyond 127.0.0.1 (dead proxy).
 */
import { rm } from 'node:fs/promises';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../src/build/derive-manifest';
import { canShowWindow, type BrowserDriver, type LaunchOptions, type PanelHandle, type StoredPage, type TabHandle } from './browser-driver';
import { READ_SETTINGS, READ_STORED_PAGES, tabIdByUrl } from './extension-scripts';
import { firefoxErrorsExpression } from './firefox-errors';
import { FirefoxSidebar, SIDEBAR_VIEW } from './firefox-panel';
import { FIREFOX_BIN, FIREFOX_DIST, POPUP_PATH, SIDEPANEL_PATH } from './paths';
import { bidiConnection, PuppeteerTab } from './tab-puppeteer';
import { pollUntil } from './wait';
import { startDriver } from './start-driver';
import { extensionPageUrl, openPopupTab } from './extension-pages';

/** The UUID the tests pin for the extension (any valid v4 UUID would do). */
export const FIREFOX_EXTENSION_UUID = '6f1c7a52-3d4e-4b8a-9c21-0e2e5a1b7c9d';

export function firefoxPrefs(locale = 'en-US'): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    // Everything but 127.0.0.1 goes to a closed local port (localhost is never proxied).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '127.0.0.1',
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'app.normandy.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'intl.locale.requested': locale,
    'intl.accept_languages': locale,
    // Sidebar revamp off: the classic sidebar box hosts sidebar_action panels.
    'sidebar.revamp': false,
  };
}

/**
 * console.error of the extension's own pages (background, sidebar, popup, extension tabs) only
 * reaches the extension process's console storage, which the parent cannot read; so every view
 * (extension.getViews(), run from the bridge tab) gets its console.error wrapped to also record
 * into the bridge. Re-run before every bridge call: views come and go (the event page may be
 * suspended and restarted). Errors logged before a view is hooked are missed (uncaught exceptions
 * are not: the parent's console service has those).
 */
const HOOK_CONSOLE_ERRORS = `(() => {
  const sink = (globalThis.__rlErrors ??= []);
  const str = (v) => { try { return typeof v === 'string' ? v : v instanceof Error || (v && v.stack) ? String(v.stack || v) : JSON.stringify(v); } catch { return String(v); } };
  for (const view of browser.extension.getViews()) {
    if (view === globalThis || view.__rlHooked) continue;
    view.__rlHooked = true;
    const original = view.console.error.bind(view.console);
    view.console.error = (...args) => {
      try { sink.push('[' + view.location.pathname + '] console.error: ' + args.map(str).join(' ')); } catch {}
      original(...args);
    };
  }
  return sink.length;
})()`;

export function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxDriver> {
  return startDriver(FIREFOX_DIST, 'rl-firefox-', options.userDataDir, (dir) => new FirefoxDriver(dir, options));
}

export class FirefoxDriver implements BrowserDriver {
  readonly name = 'firefox' as const;
  readonly extensionId = FIREFOX_EXTENSION_UUID;
  readonly extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  private browser: Browser | undefined;
  private bridge: PuppeteerTab | undefined;
  private panel: FirefoxSidebar | null = null;
  private readonly tabs: PuppeteerTab[] = [];
  private readonly ownsProfile: boolean;
  private earlierErrors: string[] = [];
  private readonly contentErrors: string[] = [];

  constructor(readonly userDataDir: string, private readonly options: LaunchOptions) {
    this.ownsProfile = !options.userDataDir;
  }

  get sidePanel(): PanelHandle | null {
    return this.panel;
  }

  /** The Puppeteer browser (for what the common interface does not cover). */
  get puppeteerBrowser(): Browser {
    if (!this.browser) throw new Error('browser not running');
    return this.browser;
  }

  async start(): Promise<void> {
    const headless = !(this.options.headed && canShowWindow());
    this.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_BIN,
      headless,
      userDataDir: this.userDataDir,
      args: ['--remote-allow-system-access', '--width=1400', '--height=900', ...(this.options.extraArgs ?? [])],
      extraPrefsFirefox: {
        ...firefoxPrefs(this.options.locale),
        // 0 = dark, 1 = light for web content and extension pages.
        ...(this.options.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': this.options.colorScheme === 'dark' ? 0 : 1, 'ui.systemUsesDarkTheme': this.options.colorScheme === 'dark' ? 1 : 0 } : {}),
      },
      defaultViewport: null,
      timeout: 60_000,
    });
    const id = await this.browser.installExtension(FIREFOX_DIST);
    if (id !== GECKO_ID) throw new Error(`installed add-on id ${id}, expected ${GECKO_ID}`);
    // The background is up once the extension's origin answers in a tab.
  }

  private wrap(page: Page): PuppeteerTab {
    const tab = new PuppeteerTab(page, this.puppeteerBrowser);
    // console.error from the content script (web pages only; extension pages are hooked, see HOOK_CONSOLE_ERRORS).
    page.on('console', (m) => {
      const where = m.location().url ?? '';
      if ((m.type() === 'error' || m.type() === 'assert') && where.startsWith(this.extensionOrigin)) {
        this.contentErrors.push(`[content ${page.url()}] console.${m.type()}: ${m.text()} (${where.replace(this.extensionOrigin, '')})`);
      }
    });
    this.tabs.push(tab);
    return tab;
  }

  async openPage(url: string): Promise<TabHandle> {
    const page = await this.puppeteerBrowser.newPage();
    const tab = this.wrap(page);
    await tab.goto(url);
    return tab;
  }

  openExtensionPage(path: string): Promise<TabHandle> {
    return this.openPage(extensionPageUrl(this.extensionOrigin, path));
  }

  openPopup(): Promise<TabHandle> {
    return openPopupTab((path) => this.openExtensionPage(path));
  }

  /** A background tab on an extension page, used to reach the extension's APIs, IndexedDB and the sidebar. */
  private async bridgeTab(): Promise<PuppeteerTab> {
    if (this.bridge && !this.bridge.isClosed()) return this.bridge;
    // Its own window, in the background: the user's window keeps only the tabs a test opened,
    // so closing a tab activates a neighbour the test knows, and the active tab never changes.
    const page = await this.puppeteerBrowser.newPage({ type: 'window', background: true });
    const bridge = new PuppeteerTab(page, this.puppeteerBrowser);
    await bridge.goto(`${this.extensionOrigin}/${POPUP_PATH}?bridge=1`);
    await bridge.waitFor(`typeof browser === 'object' && !!browser.runtime?.id`, { description: 'extension APIs in the bridge tab' });
    this.bridge = bridge;
    await bridge.evaluate(HOOK_CONSOLE_ERRORS);
    return bridge;
  }

  async extensionEvaluate<T = unknown>(expression: string): Promise<T> {
    const bridge = await this.bridgeTab();
    await bridge.evaluate(HOOK_CONSOLE_ERRORS);
    return bridge.evaluate<T>(expression);
  }

  async openSidePanel(articlePage?: TabHandle): Promise<PanelHandle> {
    await this.bridgeTab();
    if (articlePage) await articlePage.bringToFront();
    const popup = await this.openPopup();
    await popup.click('#open-panel');
    await pollUntil(() => this.extensionEvaluate<boolean>(`!!${SIDEBAR_VIEW} && ${SIDEBAR_VIEW}.document.readyState === 'complete'`), {
      timeoutMs: 10_000,
      description: 'the sidebar view (extension.getViews({type: "sidebar"}))',
    });
    this.panel ??= new FirefoxSidebar(
      (expression) => this.extensionEvaluate(expression),
      (path) => this.screenshotSidebarPage(path),
    );
    await this.panel.waitFor(`!!document.querySelector('[data-testid=panel]')`, { description: 'panel rendered' });
    await popup.close().catch(() => {});
    if (articlePage) await articlePage.bringToFront();
    return this.panel;
  }

  /** The sidebar page rendered in a background tab pinned to the active tab, sized like a sidebar. */
  private async screenshotSidebarPage(path: string): Promise<void> {
    // The active tab of the sidebar's own window (asked from the sidebar).
    const tabId = await this.extensionEvaluate<number | undefined>(`(() => { const v = ${SIDEBAR_VIEW};
      return v.browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => t?.id); })()`);
    const page = await this.puppeteerBrowser.newPage({ background: true });
    try {
      await page.setViewport({ width: 400, height: 860 });
      const tab = new PuppeteerTab(page, this.puppeteerBrowser);
      await tab.goto(`${this.extensionOrigin}/${SIDEPANEL_PATH}?tab=${tabId ?? 0}`);
      // Same content as the real sidebar (it may still be loading its tab state).
      const real = await this.extensionEvaluate<string>(`${SIDEBAR_VIEW}.document.body.innerText`);
      await tab.waitFor(`document.body.innerText === ${JSON.stringify(real)}`, { timeoutMs: 5_000, description: 'pinned sidebar page shows what the sidebar shows' })
        .catch(() => {});
      await tab.screenshot(path);
    } finally {
      await page.close().catch(() => {});
    }
  }

  storedPages(): Promise<StoredPage[]> {
    return this.extensionEvaluate<StoredPage[]>(READ_STORED_PAGES);
  }

  storedSettings(): Promise<Record<string, unknown> | undefined> {
    return this.extensionEvaluate(READ_SETTINGS);
  }

  async tabIdOf(tab: TabHandle): Promise<number> {
    const url = tab.url();
    // Firefox shows tab URLs to an extension with host permissions (the content script's).
    return pollUntil(() => this.extensionEvaluate<number | null>(tabIdByUrl(url)), { timeoutMs: 5_000, description: `tab id of ${url}` });
  }

  async extensionErrors(): Promise<string[]> {
    if (!this.browser) return this.earlierErrors;
    const result = (await this.evaluateInBrowserWindow(firefoxErrorsExpression(GECKO_ID, FIREFOX_EXTENSION_UUID))) as { value?: Array<{ type: string; value: string }> };
    const now = (result.value ?? []).map((v) => v.value);
    const hooked = this.bridge && !this.bridge.isClosed() ? await this.bridge.evaluate<string[]>(`[...(globalThis.__rlErrors ?? [])]`) : [];
    return [...this.earlierErrors, ...now, ...hooked, ...this.contentErrors];
  }

  async fireExtensionShortcut(key: string, modifiers: string): Promise<void> {
    if (!this.browser) throw new Error('browser not running');
    const result = (await this.evaluateInBrowserWindow(`(() => {
        const el = [...document.querySelectorAll('keyset[id^=ext-keyset] key')].find((k) => k.getAttribute('key') === ${JSON.stringify(key)} && k.getAttribute('modifiers') === ${JSON.stringify(modifiers)});
        if (!el) return false;
        el.dispatchEvent(new CustomEvent('command', { bubbles: true }));
        return true;
      })()`)) as { value?: boolean };
    if (!result.value) throw new Error(`no extension shortcut ${modifiers}+${key} in the browser window`);
  }

  /** Evaluates `expression` in the browser window's own (chrome) context, over BiDi; the raw remote value. */
  private async evaluateInBrowserWindow(expression: string): Promise<unknown> {
    if (!this.browser) throw new Error('browser not running');
    const conn = bidiConnection(this.browser);
    const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const contexts = (tree.result as { contexts: Array<{ context: string; url: string }> }).contexts;
    const chrome = contexts.find((c) => c.url.startsWith('chrome://browser/')) ?? contexts[0];
    if (!chrome) throw new Error('no chrome browsing context (is --remote-allow-system-access set?)');
    const r = await conn.send('script.evaluate', { expression, target: { context: chrome.context }, awaitPromise: true, resultOwnership: 'none' });
    return (r.result as { result: unknown }).result;
  }

  async restart(): Promise<void> {
    this.earlierErrors = await this.extensionErrors().catch(() => this.earlierErrors);
    this.contentErrors.length = 0;
    await this.shutdown();
    await this.start();
  }

  private async shutdown(): Promise<void> {
    this.panel = null;
    this.bridge = undefined;
    this.tabs.length = 0;
    await this.browser?.close().catch(() => {});
    this.browser = undefined;
  }

  async close(): Promise<void> {
    await this.shutdown();
    if (this.ownsProfile) await rm(this.userDataDir, { recursive: true, force: true }).catch(() => {});
  }
}
