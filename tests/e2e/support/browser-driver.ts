/**
 * The one interface the e2e tests are written against; `chromium.ts` (playwright-core + CDP) and
 * `firefox.ts` (puppeteer-core over WebDriver BiDi) implement it, so each test is written once and
 * run for both browsers (`describe.each(BROWSERS)`).
 *
 * JavaScript run inside the browser is passed as a string EXPRESSION (it may evaluate to a
 * promise, which is awaited; the result must be JSON-serialisable). Strings travel the same way
 * through CDP, BiDi, Playwright and Puppeteer, and avoid closures that silently capture Node values.
 */

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export type LaunchOptions = {
  /** Profile directory; a fresh temporary one when omitted. Reuse it to test a restart. */
  userDataDir?: string;
  /** Visible window (only when a DISPLAY exists; otherwise headless anyway). Default: headless. */
  headed?: boolean;
  /** Forwarded to the browser (e.g. window size). */
  extraArgs?: string[];
  /** Browser UI language (Chromium --lang / Firefox intl.locale.requested). Default en-US. */
  locale?: string;
  /** prefers-color-scheme of pages and extension pages (Chromium: blink setting; Firefox: prefs). Default: the system's (light). */
  colorScheme?: 'light' | 'dark';
};

/** A normal browser tab (a web page or an extension page opened as a tab). */
export interface TabHandle {
  url(): string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Evaluates an expression in the page (for web pages: the page's own world, not the content script's). */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Polls `expression` until it is truthy; returns its value. Throws with `description` on timeout. */
  waitFor<T = unknown>(expression: string, options?: { timeoutMs?: number; description?: string }): Promise<T>;
  /** A trusted click (a real user gesture) on the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /** A trusted mouse click at viewport coordinates (CSS pixels): reaches into closed shadow roots. */
  clickAt(x: number, y: number): Promise<void>;
  /** A trusted mouse drag (press, move, release), as a user selects text. */
  drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void>;
  /** A trusted key press (keydown + keyup), e.g. 'Shift' after a scripted selection. */
  press(key: string): Promise<void>;
  /** Picks an option of a <select> the way a user does (fires input/change). */
  select(selector: string, value: string): Promise<void>;
  /** Replaces the value of an <input> by typing, then leaves it with Tab, firing change. */
  fill(selector: string, value: string): Promise<void>;
  /** Brings the tab to the front: the active tab of its window, as if the user clicked it in the tab strip. */
  bringToFront(): Promise<void>;
  /** Sets the page's viewport size (CSS pixels). */
  resize(width: number, height: number): Promise<void>;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
  /** Whether the tab is still open. */
  isClosed(): boolean;
}

/** The extension's side panel (Chrome) / sidebar (Firefox) as it is really shown next to the page. */
export interface PanelHandle {
  evaluate<T = unknown>(expression: string): Promise<T>;
  waitFor<T = unknown>(expression: string, options?: { timeoutMs?: number; description?: string }): Promise<T>;
  /** document.body.innerText of the panel. */
  text(): Promise<string>;
  /** Clicks the first element matching `selector` (Chromium: a trusted CDP mouse click; Firefox: element.click()). */
  click(selector: string): Promise<void>;
  /**
   * PNG of the panel. Chromium: the REAL side panel target (CDP Page.captureScreenshot).
   * Firefox: the sidebar page rendered in a tab pinned with ?tab=<id> (headless screenshots of
   * the browser chrome are not available), sized like a sidebar.
   */
  screenshot(path: string): Promise<void>;
}

/** One row of the extension's IndexedDB store 'pages' (only what tests read). */
export type StoredPage = {
  url: string;
  updated?: number;
  report?: { url: string; title: string; isArticle: boolean; analysis: { verdict: string } | null; figures: unknown[] };
  [key: string]: unknown;
};

export interface BrowserDriver {
  readonly name: BrowserName;
  /** Chrome: the extension id; Firefox: the (pinned) moz-extension UUID. */
  readonly extensionId: string;
  /** chrome-extension://<id> or moz-extension://<uuid> (no trailing slash). */
  readonly extensionOrigin: string;
  readonly userDataDir: string;

  /** Opens `url` in a new foreground tab and waits for its load event. */
  openPage(url: string): Promise<TabHandle>;
  /** Opens an extension page (e.g. 'src/popup/index.html?x=1') in a new foreground tab. */
  openExtensionPage(path: string): Promise<TabHandle>;
  /** The toolbar popup's page, opened as a tab. */
  openPopup(): Promise<TabHandle>;
  /**
   * Opens the REAL side panel / sidebar the way a user does: popup page as a tab, trusted click on
   * #open-panel, then brings `articlePage` (if given) back to the front. Returns the panel.
   */
  openSidePanel(articlePage?: TabHandle): Promise<PanelHandle>;
  /** The open panel (after openSidePanel), else null. */
  readonly sidePanel: PanelHandle | null;

  /**
   * Evaluates an expression in an extension context that has the `browser`/`chrome` APIs and the
   * extension's IndexedDB: Chromium the service worker, Firefox a background extension tab.
   */
  extensionEvaluate<T = unknown>(expression: string): Promise<T>;
  /** All records of IndexedDB 'repost-lens' / 'pages'. */
  storedPages(): Promise<StoredPage[]>;
  /** The browser's tab id (tabs API) of a tab. */
  tabIdOf(tab: TabHandle): Promise<number>;
  /** Extension settings as stored ('settings' in storage.local). */
  storedSettings(): Promise<Record<string, unknown> | undefined>;

  /**
   * Errors the extension logged so far: console.error and uncaught exceptions/rejections in the
   * background, extension pages, the panel and the content scripts. Each entry is one line.
   */
  extensionErrors(): Promise<string[]>;

  /**
   * Firefox only: fires one of the extension's keyboard shortcuts through the browser's own
   * machinery (the shortcut's <key> element in the browser window runs its command, as a key press
   * on it does), so `commands.onCommand` reaches the background. Neither browser routes automation
   * key events to extension shortcuts; Chromium has no equivalent, hence optional.
   */
  fireExtensionShortcut?(key: string, modifiers: string): Promise<void>;

  /** Closes the browser and launches it again on the same profile (same extension id / UUID). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Launches a driver by name (dynamic import: a Chromium-only run does not load puppeteer). */
export async function launchBrowser(name: BrowserName, options: LaunchOptions = {}): Promise<BrowserDriver> {
  if (name === 'chromium') return (await import('./chromium')).launchChromium(options);
  return (await import('./firefox')).launchFirefox(options);
}

/** Whether a visible window is possible here. */
export function canShowWindow(): boolean {
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}
