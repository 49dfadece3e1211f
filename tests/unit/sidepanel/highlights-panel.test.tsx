import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('../../helpers/fake-browser')).fakeBrowserModule());

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { getFakeBrowser } from '../../helpers/fake-browser';
import { makeHighlight } from '../../helpers/highlight-factory';
import type { Highlight } from '../../../src/core/anchoring/types';
import { registerHandlers } from '../../../src/messaging/handlers';
import type { TabState } from '../../../src/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';
import { makeTranslate } from '../../../src/ui/i18n/translate';
import { HighlightsPanel } from '../../../src/sidepanel/components/HighlightsPanel';

// Ids are canonical UUIDs (the protocol refuses anything else).
const ID_HERE = '00000000-0000-4000-8000-000000000001';
const ID_ELSEWHERE = '00000000-0000-4000-8000-000000000002';
const ID_ORPHAN = '00000000-0000-4000-8000-000000000003';

const t = makeTranslate('en');
const here = makeHighlight({ id: ID_HERE, article: { pageUrl: 'https://mirror.example.org/posts/1/', fingerprint: 'fp' }, madeOn: 'mirror.example.org', note: 'first note' });
const elsewhere = makeHighlight({
  id: ID_ELSEWHERE, madeOn: 'origin.example.com', color: '#74c0fc',
  selectors: { ...here.selectors, quote: { ...here.selectors.quote, exact: 'quoted <img src=x onerror=alert(1)> text' } },
});
const orphan = makeHighlight({ id: ID_ORPHAN, selectors: { ...here.selectors, quote: { ...here.selectors.quote, exact: 'a passage that was removed' } } });

function stateWith(highlights: Highlight[], orphans: string[] = []): TabState {
  return {
    tabId: 5,
    page: { url: 'https://mirror.example.org/posts/1/', title: 'Page', isArticle: true, analysis: null, figures: [], article: { pageUrl: 'https://mirror.example.org/posts/1/', fingerprint: 'fp' }, durationMs: 1 },
    highlights,
    anchoring: { anchored: highlights.map((h) => h.id).filter((id) => !orphans.includes(id)), orphans },
  };
}

let calls: Array<[string, unknown]> = [];
let importReply: () => unknown = () => ({ added: 2, updated: 0, unchanged: 1 });
let container: HTMLElement;

function reply<T>(type: string, value: T) {
  return (payload: unknown) => {
    calls.push([type, payload]);
    return value;
  };
}

beforeEach(() => {
  getFakeBrowser().reset();
  calls = [];
  registerHandlers('ui-to-background', {
    getTabState: reply('getTabState', null),
    updateHighlight: (p) => (calls.push(['updateHighlight', p]), { ...here, note: p.patch.note ?? here.note }),
    deleteHighlight: (p) => (calls.push(['deleteHighlight', p]), p.id === ID_HERE ? here : orphan),
    restoreHighlight: (p) => (calls.push(['restoreHighlight', p]), p.highlight),
    searchHighlights: (p) => (calls.push(['searchHighlights', p]), [elsewhere]),
    exportHighlights: reply('exportHighlights', { fileName: 'x.json', mime: 'application/json', text: '{}' }),
    importHighlights: (p) => {
      calls.push(['importHighlights', p]);
      return importReply() as { added: number; updated: number; unchanged: number };
    },
    exportHistory: reply('exportHistory', { fileName: 'h.json', mime: 'application/json', text: '{}' }),
    queryLibrary: reply('queryLibrary', { total: 0, stored: 0, highlights: [], sites: [] }),
    exportSelection: reply('exportSelection', { fileName: 'x.json', mime: 'application/json', text: '{}' }),
    getTabInfo: reply('getTabInfo', { url: null, skipped: null }),
    clearHistory: reply('clearHistory', { pages: 0 }),
    deleteEverything: reply('deleteEverything', { pages: 0, highlights: 0 }),
  }, () => true);
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

async function show(state: TabState): Promise<void> {
  await act(() => render(<HighlightsPanel state={state} settings={DEFAULT_SETTINGS} t={t} />, container));
}
const flush = () => act(() => new Promise((r) => setTimeout(r, 20)));
const q = (sel: string) => container.querySelector(sel) as HTMLElement;
const items = (sel = '[data-testid="highlight-list"] [data-testid="highlight"]') => [...container.querySelectorAll(sel)] as HTMLElement[];
const button = (root: Element, label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === label) as HTMLButtonElement;

describe('HighlightsPanel', () => {
  it('lists placed highlights and orphans apart, with "made on" only for other sites, page text as text', async () => {
    await show(stateWith([here, elsewhere, orphan], [ID_ORPHAN]));
    expect(items().map((li) => li.dataset.id)).toEqual([ID_HERE, ID_ELSEWHERE]);
    expect(items('[data-testid="orphans"] [data-testid="highlight"]').map((li) => li.dataset.id)).toEqual([ID_ORPHAN]);
    expect(items()[0]?.textContent).not.toContain('made on');
    expect(items()[1]?.textContent).toContain('made on origin.example.com');
    expect(container.querySelector('img')).toBeNull();
    expect(items()[1]?.querySelector('blockquote')?.textContent).toBe('quoted <img src=x onerror=alert(1)> text');
  });

  it('asks the page to re-attach an orphan, and sends "show on page" to the tab', async () => {
    await show(stateWith([here, orphan], [ID_ORPHAN]));
    await act(() => button(q('[data-testid="orphans"]'), t('reattach')).click());
    await act(() => button(items()[0] as HTMLElement, t('jump')).click());
    await flush();
    const sent = getFakeBrowser().tabMessages.map((m) => [m.tabId, (m.message as { type: string; payload: unknown }).type, (m.message as { payload: unknown }).payload]);
    expect(sent).toEqual([[5, 'reattachOrphan', { id: ID_ORPHAN }], [5, 'scrollToHighlight', { id: ID_HERE }]]);
    // The fake tab does not answer: the reader is told what to do.
    expect(q('[data-testid="highlights-message"]').textContent).toBe(t('reattachFailed'));
  });

  it('deletes with an Undo that restores the same record', async () => {
    await show(stateWith([here]));
    await act(() => button(items()[0] as HTMLElement, t('delete')).click());
    await flush();
    expect(calls).toContainEqual(['deleteHighlight', { id: ID_HERE }]);
    const toast = q('[data-testid="undo-toast"]');
    await act(() => button(toast, t('undo')).click());
    await flush();
    expect(calls).toContainEqual(['restoreHighlight', { highlight: here }]);
    expect(container.querySelector('[data-testid="undo-toast"]')).toBeNull();
  });

  it('saves a note edited in place when the field loses focus', async () => {
    await show(stateWith([here]));
    const note = items()[0]?.querySelector('textarea') as HTMLTextAreaElement;
    expect(note.value).toBe('first note');
    await act(() => {
      note.dispatchEvent(new FocusEvent('focus'));
      note.value = 'better note';
      note.dispatchEvent(new InputEvent('input', { bubbles: true }));
      // In the same task as the input (as a scripted or very fast user does): no re-render between.
      note.dispatchEvent(new FocusEvent('blur'));
    });
    await flush();
    expect(calls).toContainEqual(['updateHighlight', { id: ID_HERE, patch: { note: 'better note' } }]);
  });

  it('filters by text and colour, and searches everything on request', async () => {
    await show(stateWith([here, elsewhere]));
    const search = q('input[type="search"]') as HTMLInputElement;
    await act(() => {
      search.value = 'QUOTED';
      search.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    expect(items().map((li) => li.dataset.id)).toEqual([ID_ELSEWHERE]);
    await act(() => {
      search.value = '';
      search.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    const select = q('select') as HTMLSelectElement;
    await act(() => {
      select.value = '#ffe066';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(items().map((li) => li.dataset.id)).toEqual([ID_HERE]);
    const everywhere = q('.hl-everywhere input') as HTMLInputElement;
    await act(() => {
      everywhere.checked = true;
      everywhere.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(() => new Promise((r) => setTimeout(r, 300)));
    expect(calls).toContainEqual(['searchHighlights', { limit: 200, color: '#ffe066' }]);
    expect(items('[data-testid="search-results"] [data-testid="highlight"]').map((li) => li.dataset.id)).toEqual([ID_ELSEWHERE]);
  });

  it('shows import counts, or the error and that nothing changed', async () => {
    await show(stateWith([here]));
    const input = q('[data-testid="import-file"]') as HTMLInputElement;
    const choose = async (text: string) => {
      Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'h.json', { type: 'application/json' })] });
      await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
      await flush();
    };
    await choose('{"ok":1}');
    expect(calls).toContainEqual(['importHighlights', { text: '{"ok":1}' }]);
    expect(q('[data-testid="highlights-message"]').textContent).toBe('Imported: 2 new, 0 updated, 1 unchanged.');
    importReply = () => {
      throw new Error('item 3: bad selector');
    };
    await choose('{"bad":1}');
    expect(q('[data-testid="highlights-message"]').textContent).toBe('Import failed, nothing was changed: item 3: bad selector');
  });
});
