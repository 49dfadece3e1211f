import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../../src/platform/browser', async () => (await import('../../../helpers/fake-browser')).fakeBrowserModule());

import { getFakeBrowser } from '../../../helpers/fake-browser';
import { loadHtml } from '../../../helpers/load-html';
import type { ArticleKey, Highlight } from '../../../../src/core/anchoring/types';
import { describeRange } from '../../../../src/core/anchoring/describe-range';
import { buildTextIndex, rangeFromOffsets } from '../../../../src/core/text/text-index';
import { DEFAULT_SETTINGS } from '../../../../src/settings/schema';
import { startHighlights, type HighlightsController } from '../../../../src/content/highlights/start-highlights';
import { paintNames } from '../../../../src/content/highlights/paint-names';
import { startFakeBackground, until } from './fake-background';

/** A canonical UUID for test number `n`. */
const uid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const MARK = () => paintNames().markTag;

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
  // happy-dom cannot produce trusted input; the test 'ignores synthetic events' uses the real check.
  trusted: () => true,
  firstLoadWaitMs: 0,
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
    const found = highlightOn(source, 'new budget on Tuesday', uid(1));
    const later = { ...highlightOn(source, 'add 1,200 homes', uid(2)), selectors: { ...highlightOn(source, 'add 1,200 homes', uid(3)).selectors } };
    // The page as served now lacks the second paragraph; it arrives later (client rendering).
    const doc = loadHtml(PAGE.replace(/<p>Officials[^]*?<\/p>/, ''));
    const bg = startFakeBackground([found, later]);
    controller = startHighlights(doc, fastDeps);
    controller.attach(ARTICLE);
    await until(() => bg.reports.length > 0);
    expect(bg.lastReport()).toEqual({ anchored: [uid(1)], orphans: [uid(2)] });
    expect(bg.calls).not.toContain('delete');
    expect(bg.store.has(uid(2))).toBe(true);
    // happy-dom has no CSS.highlights: the wrapping fallback painted the found one.
    expect([...doc.querySelectorAll(MARK())].map((m) => m.textContent).join('')).toBe('new budget on Tuesday');

    const p = doc.createElement('p');
    p.textContent = 'Officials said the plan would add 1,200 homes by 2030, according to the report.';
    doc.querySelector('article p')?.after(p);
    await until(() => bg.lastReport()?.orphans.length === 0);
    expect(bg.lastReport()?.anchored.sort()).toEqual([uid(1), uid(2)]);
    expect(controller.status().orphans).toEqual([]);
  });

  it('removes highlights deleted elsewhere and recolours changed ones on reload', async () => {
    const doc = loadHtml(PAGE);
    const a = highlightOn(doc, 'new budget', uid(10));
    const b = highlightOn(doc, '新的预算', uid(11));
    const bg = startFakeBackground([a, b]);
    controller = startHighlights(doc, fastDeps);
    controller.attach(ARTICLE);
    await until(() => bg.reports.length > 0);
    expect(doc.querySelectorAll(MARK()).length).toBeGreaterThan(1);
    bg.store.delete(uid(10));
    bg.store.set(uid(11), { ...b, color: '#74c0fc', updated: 2 });
    await controller.reload();
    expect([...doc.querySelectorAll(MARK())].map((m) => [m.textContent, /#74c0fc/.test(m.getAttribute('style') ?? '')])).toEqual([['新的预算', true]]);
    expect(bg.lastReport()).toEqual({ anchored: [uid(11)], orphans: [] });
  });
});

describe('startHighlights: creating', () => {
  it('highlights a selection across element boundaries and saves W3C selectors', async () => {
    const doc = loadHtml(PAGE);
    const bg = startFakeBackground();
    let n = 0;
    controller = startHighlights(doc, { ...fastDeps, uuid: () => uid(100 + ++n) });
    select(doc, rangeOver(doc, 'approved the new budget'));
    expect(await controller.highlightSelection('#8ce99a')).toBe(true);
    const saved = bg.store.get(uid(101)) as Highlight;
    expect(saved.selectors.quote.exact).toBe('approved the new budget');
    expect(saved.color).toBe('#8ce99a');
    expect(saved.madeOn).toBe('example.com');
    expect(doc.getSelection()?.isCollapsed).toBe(true);
    expect(controller.status().anchored).toEqual([uid(101)]);
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
    const h = highlightOn(doc, 'new budget on Tuesday', uid(4));
    const bg = startFakeBackground([h]);
    controller = startHighlights(doc, fastDeps);
    controller.attach(ARTICLE);
    await until(() => bg.reports.length > 0);
    const mark = doc.querySelector(MARK()) as Element;
    mark.dispatchEvent(new win.MouseEvent('click', { bubbles: true, button: 0 }));
    await until(() => roots.length === 1 && [...(roots[0]?.querySelectorAll('button') ?? [])].some((b) => b.textContent === 'Delete'));
    // Notes are never typed in the page: the menu has no text field.
    expect(roots[0]?.querySelector('textarea, input, [contenteditable]')).toBeNull();
    const root = roots[0] as ShadowRoot;
    expect(roots[0]?.mode).toBe('closed');
    const buttons = () => [...root.querySelectorAll('button')];
    expect(buttons().filter((b) => b.className === 'swatch')).toHaveLength(DEFAULT_SETTINGS.palette.length);

    (buttons().find((b) => b.textContent === 'Delete') as HTMLButtonElement).click();
    await until(() => bg.calls.includes('delete'));
    await until(() => doc.querySelectorAll(MARK()).length === 0);
    expect(bg.store.has(uid(4))).toBe(false);
    await until(() => buttons().some((b) => b.textContent === 'Undo'));
    (buttons().find((b) => b.textContent === 'Undo') as HTMLButtonElement).click();
    await until(() => bg.store.has(uid(4)) && doc.querySelectorAll(MARK()).length > 0);
    expect([...doc.querySelectorAll(MARK())].map((m) => m.textContent).join('')).toBe('new budget on Tuesday');
    expect(bg.lastReport()).toEqual({ anchored: [uid(4)], orphans: [] });
  });
});

describe('startHighlights: keyboard access to highlights on the page', () => {
  /** Builds the page and keeps a handle on the overlay's closed shadow root, which page scripts cannot get. */
  const setup = (highlights: Highlight[], deps: Partial<typeof fastDeps> = {}) => {
    const doc = loadHtml(PAGE);
    const win = doc.defaultView as Window & typeof globalThis;
    const roots: ShadowRoot[] = [];
    const attach = win.HTMLElement.prototype.attachShadow;
    win.HTMLElement.prototype.attachShadow = function (init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    };
    const bg = startFakeBackground(highlights);
    controller = startHighlights(doc, { ...fastDeps, ...deps });
    const focused = () => (roots[0]?.activeElement as HTMLElement | null) ?? null;
    const key = (k: string, shiftKey = false) => (focused() ?? doc.body).dispatchEvent(new win.KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, composed: true }));
    return { doc, win, roots, bg, focused, key, menuName: () => roots[0]?.querySelector('.panel')?.getAttribute('aria-label') ?? null };
  };

  it('with the caret inside a highlight, the command opens its menu with focus in it instead of a duplicate', async () => {
    const a = highlightOn(loadHtml(PAGE), 'new budget on Tuesday', uid(20));
    const b = highlightOn(loadHtml(PAGE), 'add 1,200 homes', uid(21));
    const t = setup([a, b]);
    controller?.attach(ARTICLE);
    await until(() => t.bg.reports.length > 0 && t.doc.querySelectorAll(MARK()).length >= 2);
    // A caret (collapsed selection) inside the first highlight, e.g. placed with caret browsing.
    const caret = rangeOver(t.doc, 'budget');
    caret.collapse(true);
    select(t.doc, caret);
    expect(await controller?.highlightSelection()).toBe(false);
    expect(t.bg.calls).not.toContain('save');
    expect(t.menuName()).toBe('Highlight 1 of 2');
    expect(t.focused()?.getAttribute('aria-pressed')).toBe('true'); // focus on its current colour

    // Tab from the last button wraps to the first; Shift+Tab from the first goes to the last.
    const buttons = () => [...(t.roots[0]?.querySelectorAll('button') ?? [])] as HTMLButtonElement[];
    buttons()[buttons().length - 1]?.focus();
    t.key('Tab');
    expect(t.focused()).toBe(buttons()[0]);
    t.key('Tab', true);
    expect(t.focused()).toBe(buttons()[buttons().length - 1]);
    expect(t.focused()?.textContent).toContain('Next');

    // Previous / Next step through the page's highlights in reading order (and wrap).
    (buttons().find((x) => x.textContent?.includes('Previous')) as HTMLButtonElement).click();
    expect(t.menuName()).toBe('Highlight 2 of 2');
    expect(t.focused()?.textContent).toContain('Previous');
    (buttons().find((x) => x.textContent?.includes('Next')) as HTMLButtonElement).click();
    expect(t.menuName()).toBe('Highlight 1 of 2');

    // Escape closes the menu and leaves nothing of ours in the page.
    t.key('Escape');
    expect(t.doc.documentElement.children).toHaveLength(2);
  });

  it('a selection wholly inside a highlight opens it; one reaching outside creates a new highlight', async () => {
    const a = highlightOn(loadHtml(PAGE), 'new budget on Tuesday', uid(22));
    const t = setup([a]);
    controller?.attach(ARTICLE);
    await until(() => t.doc.querySelectorAll(MARK()).length > 0);
    select(t.doc, rangeOver(t.doc, 'budget on'));
    expect(await controller?.highlightSelection()).toBe(false);
    expect(t.menuName()).toBe('Highlight 1 of 1');
    select(t.doc, rangeOver(t.doc, 'Tuesday after a long'));
    expect(await controller?.highlightSelection()).toBe(true);
    expect([...t.bg.store.values()].map((h) => h.selectors.quote.exact).sort()).toEqual(['Tuesday after a long', 'new budget on Tuesday']);
    // The command leaves a caret at the new highlight's end: pressing it again opens that one's menu.
    expect(t.doc.getSelection()?.isCollapsed).toBe(true);
    expect(await controller?.highlightSelection()).toBe(false);
    expect(t.bg.store.size).toBe(2);
    expect(t.menuName()).toBe('Highlight 2 of 2');
  });

  it('with nothing selected opens the first highlight on screen; with no highlights says what to do', async () => {
    const a = highlightOn(loadHtml(PAGE), 'add 1,200 homes', uid(23));
    const t = setup([a]);
    t.doc.getSelection()?.removeAllRanges();
    controller?.attach(ARTICLE);
    await until(() => t.doc.querySelectorAll(MARK()).length > 0);
    expect(await controller?.highlightSelection()).toBe(false);
    expect(t.menuName()).toBe('Highlight 1 of 1');
    const del = [...(t.roots[0]?.querySelectorAll('button') ?? [])].find((x) => x.textContent === 'Delete') as HTMLButtonElement;
    del.click();
    await until(() => t.bg.calls.includes('delete'));
    // Deleted from the keyboard: the Undo button takes focus, so Enter/Space undoes.
    await until(() => t.focused()?.textContent === 'Undo');
    t.key('Escape');
    expect(await controller?.highlightSelection()).toBe(false);
    expect(t.roots[0]?.querySelector('[role=alert]')?.textContent).toContain('Select some text first');
  });

  it('the command that injected the bundle waits for the stored highlights before deciding (no duplicate)', async () => {
    const a = highlightOn(loadHtml(PAGE), 'new budget on Tuesday', uid(24));
    const t = setup([a], { firstLoadWaitMs: 2000 });
    select(t.doc, rangeOver(t.doc, 'budget'));
    const pending = controller?.highlightSelection();
    // The analysis attaches the article a moment after the command arrived.
    setTimeout(() => controller?.attach(ARTICLE), 30);
    expect(await pending).toBe(false);
    expect(t.bg.calls).not.toContain('save');
    expect(t.menuName()).toBe('Highlight 1 of 1');
  });
});

describe('startHighlights: toolbar actions', () => {
  it('creates a highlight in the clicked colour, and "add note" sends the reader to the side panel', async () => {
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
    controller = startHighlights(doc, { ...fastDeps, uuid: () => uid(200 + ++n) });
    const buttons = () => [...(roots[0] as ShadowRoot).querySelectorAll('button')];
    const mouseup = () => doc.body.dispatchEvent(new win.MouseEvent('mouseup', { bubbles: true }));

    select(doc, rangeOver(doc, 'long debate about housing'));
    mouseup();
    await until(() => roots.length === 1 && buttons().length > 0);
    const green = buttons().find((b) => b.getAttribute('aria-label') === 'Highlight in green') as HTMLButtonElement;
    // The page's selection is gone by the time the reader clicks (focus moved): the toolbar kept its own copy.
    doc.getSelection()?.removeAllRanges();
    green.click();
    await until(() => bg.store.has(uid(201)));
    expect(bg.store.get(uid(201))?.color).toBe('#8ce99a');
    expect(bg.store.get(uid(201))?.selectors.quote.exact).toBe('long debate about housing');

    select(doc, rangeOver(doc, '1,200 homes'));
    mouseup();
    await until(() => buttons().some((b) => b.textContent === 'Add note'));
    (buttons().find((b) => b.textContent === 'Add note') as HTMLButtonElement).click();
    // The panel is asked to open on this highlight's note first (inside the click), then it is saved.
    await until(() => bg.store.has(uid(202)));
    expect(bg.calls.indexOf('note')).toBeGreaterThanOrEqual(0);
    expect(bg.calls.indexOf('note')).toBeLessThan(bg.calls.lastIndexOf('save'));
    expect(bg.store.get(uid(202))?.color).toBe(DEFAULT_SETTINGS.palette[0]);
    // This fake background cannot open a panel (as in Firefox): the page says where to write.
    await until(() => ((roots[0] as ShadowRoot).querySelector('[role="alert"]')?.textContent ?? '').includes('side panel'));
    expect((roots[0] as ShadowRoot).querySelector('textarea, input, [contenteditable]')).toBeNull();
  });
});

describe('startHighlights: hostile pages', () => {
  it('ignores synthetic (untrusted) mouseup and click events: no toolbar, no menu, no node', async () => {
    const doc = loadHtml(PAGE);
    const win = doc.defaultView as Window & typeof globalThis;
    const h = highlightOn(doc, 'new budget on Tuesday', uid(300));
    const bg = startFakeBackground([h]);
    const { trusted: _trusted, ...realDeps } = fastDeps;
    controller = startHighlights(doc, realDeps);
    controller.attach(ARTICLE);
    await until(() => bg.reports.length > 0);
    const before = doc.documentElement.children.length;
    select(doc, rangeOver(doc, 'long debate'));
    doc.body.dispatchEvent(new win.MouseEvent('mouseup', { bubbles: true }));
    (doc.querySelector(MARK()) as Element).dispatchEvent(new win.MouseEvent('click', { bubbles: true, button: 0 }));
    await new Promise((r) => setTimeout(r, 60));
    expect(doc.documentElement.children.length).toBe(before);
  });

  it('refuses a selection longer than the protocol accepts before painting it, and says why', async () => {
    const long = 'word '.repeat(4_500);
    const doc = loadHtml(`<html><head><title>T</title></head><body><article><p>${long}</p></article></body></html>`);
    const win = doc.defaultView as Window & typeof globalThis;
    const roots: ShadowRoot[] = [];
    const attach = win.HTMLElement.prototype.attachShadow;
    win.HTMLElement.prototype.attachShadow = function (init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    };
    const bg = startFakeBackground();
    controller = startHighlights(doc, fastDeps);
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('p') as Element);
    select(doc, range);
    expect(await controller.highlightSelection()).toBe(false);
    expect(bg.calls).not.toContain('save');
    expect(doc.querySelectorAll(MARK()).length).toBe(0);
    expect(roots[0]?.querySelector('[role="alert"]')?.textContent).toMatch(/longer than 20000 characters/);
  });

  it('shows a failed save, unpaints it, and says a full quota as such', async () => {
    const doc = loadHtml(PAGE);
    const win = doc.defaultView as Window & typeof globalThis;
    const roots: ShadowRoot[] = [];
    const attach = win.HTMLElement.prototype.attachShadow;
    win.HTMLElement.prototype.attachShadow = function (init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    };
    let n = 0;
    controller = startHighlights(doc, {
      ...fastDeps,
      uuid: () => uid(400 + ++n),
      call: (async (type: string) => (type === 'saveHighlight'
        ? { ok: false, error: { code: 'quota', message: 'QuotaExceededError' } }
        : { ok: true, value: null })) as never,
    });
    select(doc, rangeOver(doc, 'approved the new budget'));
    expect(await controller.highlightSelection()).toBe(false);
    expect(doc.querySelectorAll(MARK()).length).toBe(0);
    expect(roots[0]?.querySelector('[role="alert"]')?.textContent).toMatch(/no room left/);
  });

  it('takes the changed records a notification carries', async () => {
    const doc = loadHtml(PAGE);
    const a = highlightOn(doc, 'new budget', uid(500));
    const b = highlightOn(doc, '新的预算', uid(501));
    const bg = startFakeBackground([a]);
    controller = startHighlights(doc, fastDeps);
    controller.attach(ARTICLE);
    await until(() => bg.reports.length > 0);
    await controller.apply({ ids: [uid(501), uid(500)], changed: [b], deleted: [uid(500)] });
    expect(controller.status().anchored).toEqual([uid(501)]);
  });
});
