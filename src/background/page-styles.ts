/**
 * The paint rules of a page's highlights, inserted by the background with `scripting.insertCSS`.
 * Such a stylesheet is not in `document.styleSheets` and no page selector can match it; its rules
 * name only this page load's random highlight names (content/highlights/paint-names.ts), so a
 * page cannot find them by probing and cannot link them to the extension across loads.
 */
import browser from '../platform/browser';
import { readableTextOn } from '../core/colors/highlight-colors';

export type PaintRule = { name: string; color: string; flash?: boolean };

/** A CSS identifier we generated: letters, digits, dashes (checked again here: the input is a page's). */
const NAME = /^[a-z][a-z0-9-]{7,63}$/;
const HEX = /^#[0-9a-f]{6}$/;
/** Insertions per tab and page load (a page that keeps asking must not grow the tab's styles forever). */
const MAX_INSERTS_PER_PAGE = 16;
const inserts = new Map<number, number>();

/** The stylesheet text for `rules` (only rules whose name and colour pass the checks), or null. */
export function paintCss(rules: readonly PaintRule[]): string | null {
  const lines = rules
    .filter((r) => NAME.test(r.name) && HEX.test(r.color))
    // Our own text colour, not the page's: light page text on a light highlight (dark pages) is unreadable.
    .map((r) => `::highlight(${r.name}) { background-color: ${r.color}; color: ${r.flash ? '#000' : readableTextOn(r.color)}; }`);
  return lines.length > 0 ? lines.join('\n') : null;
}

/** Inserts the rules into the sending frame; false when the browser refused or the page asked too often. */
export async function insertPaintRules(tabId: number, frameId: number, rules: readonly PaintRule[]): Promise<boolean> {
  const css = paintCss(rules);
  if (!css) return false;
  const count = inserts.get(tabId) ?? 0;
  if (count >= MAX_INSERTS_PER_PAGE) return false;
  inserts.set(tabId, count + 1);
  const scripting = (browser as unknown as { scripting?: { insertCSS(i: { target: { tabId: number; frameIds: number[] }; css: string }): Promise<void> } }).scripting;
  if (!scripting) return false;
  try {
    await scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, css });
    return true;
  } catch (error) {
    console.warn('[Repost Lens] could not insert the highlight styles', error);
    return false;
  }
}

/** A new page loads in the tab: its styles went with the old document. */
export function forgetPageStyles(tabId: number): void {
  inserts.delete(tabId);
}
