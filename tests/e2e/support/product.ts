/** Helpers of the product e2e suites (tests/e2e/product-*.e2e.ts): selections, protocol calls, extension pages. */
import type { BrowserDriver, TabHandle } from './browser-driver';
import { pollUntil } from './wait';

/** Selects the first occurrence of `text` in the page's body as a user would (a DOM selection), then releases the mouse. */
export function selectTextExpr(text: string): string {
  return `(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, all.length]); all += n.data; }
    const want = ${JSON.stringify(text)};
    const start = all.indexOf(want);
    if (start < 0) return false;
    const at = (offset) => { let last = nodes[0]; for (const e of nodes) { if (e[1] <= offset) last = e; } return [last[0], offset - last[1]]; };
    const range = document.createRange();
    range.setStart(...at(start));
    range.setEnd(...at(start + want.length));
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    return sel.toString();
  })()`;
}

/** Sends a protocol message to a tab's content script from the background (what the keyboard command does). */
export function sendToTabExpr(tabId: number, type: string, payload: unknown): string {
  return `(globalThis.browser ?? globalThis.chrome).tabs.sendMessage(${tabId}, ${JSON.stringify({ rl: 1, dir: 'to-content', type, payload })}, { frameId: 0 })`;
}

/** A UI → background call, evaluated in an extension page. */
export function uiCallExpr(type: string, payload: unknown): string {
  return `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage(${JSON.stringify({ rl: 1, dir: 'ui-to-background', type, payload })})`;
}

/** Highlights `text` on `tab` the way the keyboard command does (selection + highlightSelection). */
export async function highlightOnPage(driver: BrowserDriver, tab: TabHandle, text: string, color?: string): Promise<void> {
  const tabId = await driver.tabIdOf(tab);
  await pollUntil(async () => {
    const selected = await tab.evaluate<string | false>(selectTextExpr(text));
    if (!selected) throw new Error(`text not found on the page: ${text}`);
    const reply = await driver.extensionEvaluate<{ ok: boolean; value?: { created: boolean } }>(sendToTabExpr(tabId, 'highlightSelection', color ? { color } : {}));
    return reply.ok && reply.value?.created === true;
  }, { description: `highlight "${text}"`, timeoutMs: 15_000 });
}

/** Every painted highlight's text in the page (CSS Custom Highlight API, or the rl-mark fallback). */
export const PAINTED = `(() => {
  const reg = globalThis.CSS && CSS.highlights;
  const out = [];
  if (reg) for (const [name, h] of reg) if (name !== 'rl-flash') for (const r of h) out.push(r.toString());
  const marks = [...document.querySelectorAll('rl-mark')].map((m) => m.textContent).join('');
  if (marks) out.push(marks);
  return out.map((s) => s.replace(/\\s+/g, ' '));
})()`;

/** The library page opened as a tab, once its first screen is shown. */
export async function openLibrary(driver: BrowserDriver): Promise<TabHandle> {
  const tab = await driver.openExtensionPage('src/library/index.html');
  await tab.waitFor(`document.querySelector('[data-testid=library]')?.dataset.loaded === 'yes'`, { description: 'library loaded' });
  return tab;
}

/** The popup opened as a tab that acts on `tabId` (a popup opened from the toolbar acts on the active tab). */
export async function openPopupFor(driver: BrowserDriver, tabId: number): Promise<TabHandle> {
  const tab = await driver.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
  await tab.waitFor(`document.querySelector('[data-testid=popup]')?.dataset.loaded === 'yes'`, { description: 'popup loaded' });
  return tab;
}
