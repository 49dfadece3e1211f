import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../../src/platform/browser', async () => (await import('../../../helpers/fake-browser')).fakeBrowserModule());

import { getFakeBrowser } from '../../../helpers/fake-browser';
import { loadHtml } from '../../../helpers/load-html';
import type { ArticleKey, Highlight } from '../../../../src/core/anchoring/types';
import { describeRange } from '../../../../src/core/anchoring/describe-range';
import { buildTextIndex, rangeFromOffsets } from '../../../../src/core/text/text-index';
import { DEFAULT_SETTINGS } from '../../../../src/settings/schema';
import { startHighlights, type HighlightsController } from '../../../../src/content/highlights/start-highlights';
import { startFakeBackground, until } from './fake-background';

const ARTICLE: ArticleKey = { pageUrl: 'https://example.com/article', fingerprint: 'mh1:' };
const PAGE = `<html><head><title>T</title></head><body><nav>Home · News</nav><article>
<p>The council approved the <b>new budget</b> on Tuesday after a long debate about housing.</p>
<p>Officials said the plan would add 1,200 homes by 2030, according to the report.</p>
<p>市议会周二批准了新的预算，此前就住房问题进行了长时间辩论。</p>
<div contenteditable="true"><p>Editable words live here for testing.</p></div>
<textarea>Text typed in a field stays unhighlightable.</textarea>
</article></body></html>`;

function rangeOver(doc: Document, text: string, root: Node = doc.body): Range {
  const index = buildTextIndex(root);
  const i = index.text.indexOf(text);
  if (i < 0) throw new Error(`"${text}" not on the page`);
  return rangeFromOffsets(index, i, i + text.length) as Range;
}

function select(doc: Document, range: Range): void {
  const sel = doc.getSelection() as Selection;
  sel.removeAllRanges();
  sel.addRange(range);
}

function highlightOn(doc: Document, text: string, id: string): Highlight {
  const root = doc.querySelector('article') as Element;
  const selectors = describeRange(root, rangeOver(doc, text, root));
  if (!selectors) throw new Error('no selectors');
  return { id, article: ARTICLE, madeOn: 'example.com', pageTitle: 'T', selectors, color: '#ffe066', note: '', created: 1, updated: 1 };
}

const fastDeps = {
  getSettings: async () => DEFAULT_SETTINGS,
  onSettingsChanged: () => () => {},
  articleKeyOf: () => ARTICLE,
  anchorOptions: { yieldToEvent: () => Promise.resolve() },
  reanchorDebounceMs: 20,
  settleMs: 50,
  selectionDebounceMs: 5,
};

let controller: HighlightsController | null = null;
beforeEach(() => getFakeBrowser().reset());
afterEach(() => {
  controller?.destroy();
  controller = null;
});

describe('startHighlights: restoring', () => {
  it('paints what it finds, reports the rest as orphans without deleting them, and re-anchors late content', async () => {
    const source = loadHtml(PAGE);
    const found = highlightOn(source, 'new budget on Tuesday', 'h-found');
    const later = { ...highlightOn(source, 'add 1,200 homes', 'h-later'), selectors: { ...highlightOn(source, 'add 1,200 homes', 'x').selectors } };
    // The page as served now lacks the second paragraph; it arrives later (client rendering).
    const doc = loadHtml(PAGE.replace(/<p>Officials[^]*?<\/p>/, ''));
    const bg = startFakeBackground([found, later]);
    controller = startHighlights(doc, fastDeps);
    controller.attach(ARTICLE);
    await until(() => bg.reports.length > 0);
    expect(bg.lastReport()).toEqual({ anchored: ['h-found'], orphans: ['h-later'] });
    expect(bg.calls).not.toContain('delete');
    expect(bg.store.has('h-later')).toBe(true);
    // happy-dom has no CSS.highlights: the wrapping fallback painted the found one.
    expect([...doc.querySelectorAll('rl-mark')].map((m) => m.textContent).join('')).toBe('new budget on Tuesday');

    const p = doc.createElement('p');
    p.textContent = 'Officials said the plan would add 1,200 homes by 2030, according to the report.';
    doc.querySelector('article p')?.after(p);
    await until(() => bg.lastReport()?.orphans.length === 0);
    expect(bg.lastReport()?.anchored.sort()).toEqual(['h-found', 'h-later']);
    expect(controller.status().orphans).toEqual([]);
  });

  it('removes highlights deleted elsewhere and recolours changed ones on reload', async () => {
    const doc = loadHtml(PAGE);
    const a = highlightOn(doc, 'new budget', 'a');
    const b = highlightOn(doc, '新的预算', 'b');
    const bg = startFakeBackground([a, b]);
    controller = startHighlights(doc, fastDeps);
    controller.attach(ARTICLE);
    await until(() => bg.reports.length > 0);
    expect(doc.querySelectorAll('rl-mark').length).toBeGreaterThan(1);
    bg.store.delete('a');
    bg.store.set('b', { ...b, color: '#74c0fc', updated: 2 });
    await controller.reload();
    expect([...doc.querySelectorAll('rl-mark')].map((m) => [m.textContent, m.getAttribute('data-c')])).toEqual([['新的预算', '74c0fc']]);
    expect(bg.lastReport()).toEqual({ anchored: ['b'], orphans: [] });
  });
});

describe('startHighlights: creating', () => {
  it('highlights a selection across element boundaries and saves W3C selectors', async () => {
    const doc = loadHtml(PAGE);
    const bg = startFakeBackground();
    let n = 0;
    controller = startHighlights(doc, { ...fastDeps, uuid: () => `id-${++n}` });
    select(doc, rangeOver(doc, 'approved the new budget'));
    expect(await controller.highlightSelection('#8ce99a')).toBe(true);
    const saved = bg.store.get('id-1') as Highlight;
    expect(saved.selectors.quote.exact).toBe('approved the new budget');
    expect(saved.color).toBe('#8ce99a');
    expect(saved.madeOn).toBe('example.com');
    expect(doc.getSelection()?.isCollapsed).toBe(true);
    expect(controller.status().anchored).toEqual(['id-1']);
  });

  it('refuses selections in text fields and editable regions', async () => {
    const doc = loadHtml(PAGE);
    startFakeBackground();
    controller = startHighlights(doc, fastDeps);
    select(doc, rangeOver(doc, 'Editable words'));
    expect(await controller.highlightSelection()).toBe(false);
    const textarea = doc.querySelector('textarea') as HTMLTextAreaElement;
    const inField = doc.createRange();
    inField.setStart(textarea.firstChild as Text, 0);
    inField.setEnd(textarea.firstChild as Text, 10);
    select(doc, inField);
    expect(await controller.highlightSelection()).toBe(false);
  });
});

describe('startHighlights: selection toolbar', () => {
  const overlayCount = (doc: Document) => doc.documentElement.children.length;

  it('appears for page text, never for editable text, and leaves nothing behind when hidden', async () => {
    const doc = loadHtml(PAGE);
    startFakeBackground();
    controller = startHighlights(doc, fastDeps);
    const idle = overlayCount(doc);
    const idleHtml = doc.documentElement.outerHTML;

    select(doc, rangeOver(doc, 'Editable words'));
    doc.dispatchEvent(new (doc.defaultView as Window & typeof globalThis).MouseEvent('mouseup', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 40));
    expect(overlayCount(doc)).toBe(idle);

    select(doc, rangeOver(doc, 'long debate'));
    doc.body.dispatchEvent(new (doc.defaultView as Window & typeof globalThis).MouseEvent('mouseup', { bubbles: true }));
    await until(() => overlayCount(doc) === idle + 1);
    const host = doc.documentElement.lastElementChild as HTMLElement;
    expect(host.localName).toBe('div');
    expect(host.getAttributeNames()).toEqual(['style']); // no id, class or data-* to find us by
    expect(host.shadowRoot).toBeNull(); // closed

    doc.dispatchEvent(new (doc.defaultView as Window & typeof globalThis).KeyboardEvent('keydown', { key: 'Escape' }));
    expect(overlayCount(doc)).toBe(idle);
    expect(doc.documentElement.outerHTML).toBe(idleHtml);
  });
});

describe('startHighlights: in-page menu', () => {
  it('opens on a click on a highlight, deletes it with an undo that restores it', async () => {
    const doc = loadHtml(PAGE);
    const win = doc.defaultView as Window & typeof globalThis;
    // Keep a handle on the closed shadow root, which page scripts cannot get.
    const roots: ShadowRoot[] = [];
    const attach = win.HTMLElement.prototype.attachShadow;
    win.HTMLElement.prototype.attachShadow = function (init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    };
    const h = highlightOn(doc, 'new budget on Tuesday', 'menu-h');
    const bg = startFakeBackground([h]);
    controller = startHighlights(doc, fastDeps);
    controller.attach(ARTICLE);
    await until(() => bg.reports.length > 0);
    const mark = doc.querySelector('rl-mark') as Element;
    mark.dispatchEvent(new win.MouseEvent('click', { bubbles: true, button: 0 }));
    await until(() => roots.length === 1 && roots[0]?.querySelector('textarea') !== null);
    const root = roots[0] as ShadowRoot;
    expect(roots[0]?.mode).toBe('closed');
    const buttons = () => [...root.querySelectorAll('button')];
    expect(buttons().filter((b) => b.className === 'swatch')).toHaveLength(DEFAULT_SETTINGS.palette.length);

    (buttons().find((b) => b.textContent === 'Delete') as HTMLButtonElement).click();
    await until(() => bg.calls.includes('delete'));
    await until(() => doc.querySelectorAll('rl-mark').length === 0);
    expect(bg.store.has('menu-h')).toBe(false);
    await until(() => buttons().some((b) => b.textContent === 'Undo'));
    (buttons().find((b) => b.textContent === 'Undo') as HTMLButtonElement).click();
    await until(() => bg.store.has('menu-h') && doc.querySelectorAll('rl-mark').length > 0);
    expect([...doc.querySelectorAll('rl-mark')].map((m) => m.textContent).join('')).toBe('new budget on Tuesday');
    expect(bg.lastReport()).toEqual({ anchored: ['menu-h'], orphans: [] });
  });
});

describe('startHighlights: toolbar actions', () => {
  it('creates a highlight in the clicked colour, and "add note" opens the note field', async () => {
    const doc = loadHtml(PAGE);
    const win = doc.defaultView as Window & typeof globalThis;
    const roots: ShadowRoot[] = [];
    const attach = win.HTMLElement.prototype.attachShadow;
    win.HTMLElement.prototype.attachShadow = function (init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    };
    const bg = startFakeBackground();
    let n = 0;
    controller = startHighlights(doc, { ...fastDeps, uuid: () => `t-${++n}` });
    const buttons = () => [...(roots[0] as ShadowRoot).querySelectorAll('button')];
    const mouseup = () => doc.body.dispatchEvent(new win.MouseEvent('mouseup', { bubbles: true }));

    select(doc, rangeOver(doc, 'long debate about housing'));
    mouseup();
    await until(() => roots.length === 1 && buttons().length > 0);
    const green = buttons().find((b) => b.getAttribute('aria-label') === 'Highlight in green') as HTMLButtonElement;
    // The page's selection is gone by the time the reader clicks (focus moved): the toolbar kept its own copy.
    doc.getSelection()?.removeAllRanges();
    green.click();
    await until(() => bg.store.has('t-1'));
    expect(bg.store.get('t-1')?.color).toBe('#8ce99a');
    expect(bg.store.get('t-1')?.selectors.quote.exact).toBe('long debate about housing');

    select(doc, rangeOver(doc, '1,200 homes'));
    mouseup();
    await until(() => buttons().some((b) => b.textContent === 'Add note'));
    (buttons().find((b) => b.textContent === 'Add note') as HTMLButtonElement).click();
    await until(() => bg.store.has('t-2') && (roots[0] as ShadowRoot).querySelector('textarea') !== null);
    const note = (roots[0] as ShadowRoot).querySelector('textarea') as HTMLTextAreaElement;
    note.value = 'Source?';
    (buttons().find((b) => b.textContent === 'Save note') as HTMLButtonElement).click();
    await until(() => bg.store.get('t-2')?.note === 'Source?');
    expect(bg.store.get('t-2')?.color).toBe(DEFAULT_SETTINGS.palette[0]);
  });
});
