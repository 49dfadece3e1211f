/**
 * The REAL Firefox sidebar, reached from another extension page (the driver's bridge tab) through
 * `browser.extension.getViews({type: 'sidebar'})`: the sidebar is not a WebDriver BiDi browsing
 * context. Expressions are evaluated in the bridge with `window`/`document`/`location` bound to the
 * sidebar's (BiDi evaluation is not subject to the extension CSP, an eval inside the sidebar would be).
 */
import type { PanelHandle } from './browser-driver';
import { pollUntil } from './wait';

export const SIDEBAR_VIEW = `browser.extension.getViews({ type: 'sidebar' })[0]`;

export class FirefoxSidebar implements PanelHandle {
  constructor(
    private readonly bridgeEvaluate: <T>(expression: string) => Promise<T>,
    private readonly screenshotPinned: (path: string) => Promise<void>,
  ) {}

  evaluate<T = unknown>(expression: string): Promise<T> {
    return this.bridgeEvaluate<T>(`(() => {
      const view = ${SIDEBAR_VIEW};
      if (!view) throw new Error('the sidebar is not open');
      return ((window, document, location) => (${expression}))(view, view.document, view.location);
    })()`);
  }

  waitFor<T = unknown>(expression: string, options: { timeoutMs?: number; description?: string } = {}): Promise<T> {
    return pollUntil(() => this.evaluate<T>(expression), { ...options, description: `sidebar: ${options.description ?? expression}` });
  }

  text(): Promise<string> {
    return this.evaluate<string>('document.body.innerText');
  }

  /** element.click() in the sidebar (not a trusted gesture; fine for the panel's own buttons). */
  async click(selector: string): Promise<void> {
    await this.waitFor(`(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return false; el.click(); return true; })()`, {
      description: `click ${selector}`,
    });
  }

  /** NOT the real sidebar: the sidebar page rendered in a tab pinned to the same tab (?tab=<id>). */
  screenshot(path: string): Promise<void> {
    return this.screenshotPinned(path);
  }
}
