/** TabHandle over a Playwright page (Chromium). */
import type { Page } from 'playwright-core';
import { mouseDrag } from './mouse-drag';
import type { TabHandle } from './browser-driver';
import { pollUntil } from './wait';

export class PlaywrightTab implements TabHandle {
  constructor(readonly page: Page, private readonly onFront?: (tab: PlaywrightTab) => Promise<void>) {}

  url(): string {
    return this.page.url();
  }
  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }
  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
  }
  evaluate<T = unknown>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }
  waitFor<T = unknown>(expression: string, options: { timeoutMs?: number; description?: string } = {}): Promise<T> {
    return pollUntil(() => this.evaluate<T>(expression), { ...options, description: options.description ?? expression });
  }
  async click(selector: string): Promise<void> {
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
    await this.page.selectOption(selector, value);
  }
  async fill(selector: string, value: string): Promise<void> {
    await this.page.fill(selector, value);
    await this.page.press(selector, 'Tab');
  }
  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
    await this.onFront?.(this);
  }
  async resize(width: number, height: number): Promise<void> {
    await this.page.setViewportSize({ width, height });
  }
  async screenshot(path: string, options: { fullPage?: boolean } = {}): Promise<void> {
    await this.page.screenshot({ path, fullPage: options.fullPage ?? false });
  }
  async close(): Promise<void> {
    if (!this.page.isClosed()) await this.page.close();
  }
  isClosed(): boolean {
    return this.page.isClosed();
  }
}
