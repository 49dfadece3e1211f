/**
 * The REAL Chrome side panel, driven over CDP: it is a `page` target (listed by /json/list) that
 * Playwright does not expose among `context.pages()`.
 */
import { writeFile } from 'node:fs/promises';
import type { PanelHandle } from './browser-driver';
import { cdpEvaluate, type CdpConnection } from './cdp';
import { pollUntil } from './wait';

export class ChromiumSidePanel implements PanelHandle {
  constructor(private readonly conn: CdpConnection, private readonly sessionId: string, readonly targetId: string) {}

  static async attach(conn: CdpConnection, targetId: string, colorScheme?: 'light' | 'dark'): Promise<ChromiumSidePanel> {
    const { sessionId } = await conn.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    await conn.send('Runtime.enable', {}, sessionId);
    await conn.send('Page.enable', {}, sessionId);
    // The panel is not a Playwright page, so the context's colour scheme is applied here too.
    if (colorScheme) await conn.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: colorScheme }] }, sessionId);
    return new ChromiumSidePanel(conn, sessionId, targetId);
  }

  evaluate<T = unknown>(expression: string): Promise<T> {
    return cdpEvaluate<T>(this.conn, expression, this.sessionId);
  }

  waitFor<T = unknown>(expression: string, options: { timeoutMs?: number; description?: string } = {}): Promise<T> {
    return pollUntil(() => this.evaluate<T>(expression), { ...options, description: `side panel: ${options.description ?? expression}` });
  }

  text(): Promise<string> {
    return this.evaluate<string>('document.body.innerText');
  }

  /** A trusted mouse click at the element's centre (Input.dispatchMouseEvent). */
  async click(selector: string): Promise<void> {
    const box = await this.waitFor<{ x: number; y: number }>(
      `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return null;
        el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect();
        return r.width && r.height ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null; })()`,
      { description: `clickable ${selector}` },
    );
    for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased'] as const) {
      await this.conn.send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', buttons: type === 'mousePressed' ? 1 : 0, clickCount: type === 'mouseMoved' ? 0 : 1 }, this.sessionId);
    }
  }

  async screenshot(path: string): Promise<void> {
    const { data } = await this.conn.send<{ data: string }>('Page.captureScreenshot', { format: 'png' }, this.sessionId);
    await writeFile(path, Buffer.from(data, 'base64'));
  }
}
