/**
 * TabHandle over a Puppeteer (WebDriver BiDi) page, for Firefox. Navigation to moz-extension://
 * goes through raw `browsingContext.navigate` with wait 'none': puppeteer's goto never resolves
 * there (the web → extension process switch breaks BiDi's navigation tracking in Firefox 153).
 */
import type { Browser, Page } from 'puppeteer-core';
import { mouseDrag } from './mouse-drag';
import type { TabHandle } from './browser-driver';
import { pollUntil } from './wait';

type BidiConnection = { send(method: string, params: Record<string, unknown>): Promise<{ result: Record<string, unknown> }> };

export function bidiConnection(browser: Browser): BidiConnection {
  const conn = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!conn) throw new Error('not a WebDriver BiDi browser');
  return conn;
}

export function contextIdOf(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: string })._id;
  if (!id) throw new Error('no BiDi context id for page');
  return id;
}

export class PuppeteerTab implements TabHandle {
  constructor(readonly page: Page, private readonly browser: Browser, private readonly onFront?: (tab: PuppeteerTab) => Promise<void>) {}

  url(): string {
    return this.page.url();
  }

  async goto(url: string): Promise<void> {
    if (url.startsWith('moz-extension:')) {
      await bidiConnection(this.browser).send('browsingContext.navigate', { context: contextIdOf(this.page), url, wait: 'none' });
      await pollUntil(() => this.page.evaluate(`location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`), {
        timeoutMs: 15_000,
        description: `extension page ${url}`,
      });
      return;
    }
    await this.page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  }

  async reload(): Promise<void> {
    const url = this.url();
    if (url.startsWith('moz-extension:')) return this.goto(url);
    await this.page.reload({ waitUntil: 'load' });
  }

  evaluate<T = unknown>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }

  waitFor<T = unknown>(expression: string, options: { timeoutMs?: number; description?: string } = {}): Promise<T> {
    return pollUntil(() => this.evaluate<T>(expression), { ...options, description: options.description ?? expression });
  }

  async click(selector: string): Promise<void> {
    await this.page.waitForSelector(selector, { visible: true, timeout: 10_000 });
    await this.page.click(selector);
  }

  async clickAt(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }
  async drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    await mouseDrag(this.page.mouse, from, to);
  }
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key as never);
  }
  async select(selector: string, value: string): Promise<void> {
    await this.page.waitForSelector(selector, { timeout: 10_000 });
    await this.page.select(selector, value);
  }

  async fill(selector: string, value: string): Promise<void> {
    await this.page.click(selector, { count: 3 });
    await this.page.keyboard.press('End');
    for (let i = 0; i < 8; i++) await this.page.keyboard.press('Backspace');
    await this.page.keyboard.type(value);
    await this.page.keyboard.press('Tab');
  }

  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
    await this.onFront?.(this);
  }

  async resize(width: number, height: number): Promise<void> {
    await this.page.setViewport({ width, height });
  }

  async screenshot(path: string, options: { fullPage?: boolean } = {}): Promise<void> {
    await this.page.screenshot({ path: path as `${string}.png`, fullPage: options.fullPage ?? false });
  }

  async close(): Promise<void> {
    if (!this.page.isClosed()) await this.page.close();
  }

  isClosed(): boolean {
    return this.page.isClosed();
  }
}
