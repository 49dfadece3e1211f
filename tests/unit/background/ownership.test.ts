/**
 * Ownership rules of the background: a content script may read and change only the highlights
 * of the article its own tab shows, as the background recorded it from a report sent FROM that
 * address. Every test drives the real handlers through the fake runtime, as a (possibly
 * compromised) content script would, with forged payloads.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('../../helpers/fake-browser')).fakeBrowserModule());

import { deleteDB } from 'idb';
import { EXTENSION_BASE, EXTENSION_ID, getFakeBrowser } from '../../helpers/fake-browser';
import { makeHighlight } from '../../helpers/highlight-factory';
import type { ArticleKey } from '../../../src/core/anchoring/types';
import { fingerprintText } from '../../../src/core/text/text-fingerprint';
import { answerChallenges } from '../../../src/core/quote-proof';
import { contentHandlers, refuseReport, pageLoaded } from '../../../src/background/content-handlers';
import { uiHandlers } from '../../../src/background/ui-handlers';
import { resetTabRegistryCache } from '../../../src/background/tab-registry';
import { forgetTabUndo } from '../../../src/background/highlight-service';
import { registerHandlers } from '../../../src/messaging/handlers';
import { makeEnvelope } from '../../../src/messaging/envelope';
import type { PageReport, Result } from '../../../src/messaging/protocol';
import { isContentScriptSender, isExtensionPageSender } from '../../../src/messaging/senders';
import { closeDb } from '../../../src/storage/open-db';
import { allHighlights, getHighlight, putHighlight } from '../../../src/storage/highlights-repo';
import { getPage } from '../../../src/storage/pages-repo';
import { DB_NAME } from '../../../src/storage/schema';

const fake = getFakeBrowser();

const story = (topic: string) => Array.from({ length: 40 }, (_, i) => `Paragraph ${i} about ${topic}: the council counted ${i * 7} ${topic} and ${i * 3} more.`).join(' ');
const FP_A = fingerprintText(story('bridges'));
const FP_B = fingerprintText(story('orchards'));
const FP_B_COPY = fingerprintText(`${story('orchards')} Reprinted from the Orchard Gazette.`);

const A_URL = 'https://a.example/story';
const B_URL = 'https://b.example/news/1';
const KEY_A: ArticleKey = { pageUrl: A_URL, fingerprint: FP_A };
const KEY_B: ArticleKey = { pageUrl: B_URL, fingerprint: FP_B };

const uid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const onA = makeHighlight({ id: uid(1), article: KEY_A, note: 'my note on A' });
const B_QUOTE = 'the council counted 21 orchards and 9 more';
const onB = makeHighlight({
  id: uid(2), article: KEY_B, note: 'private note on B',
  selectors: { quote: { type: 'TextQuoteSelector', exact: B_QUOTE, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 10, end: 10 + B_QUOTE.length } },
});

const tab = (id: number, url: string) => ({ id: EXTENSION_ID, url, tab: { id, windowId: 1 }, frameId: 0 });
const TAB_A = tab(1, A_URL);
const TAB_B = tab(2, B_URL);
const PANEL = { id: EXTENSION_ID, url: `${EXTENSION_BASE}src/sidepanel/index.html` };

function report(url: string, article: ArticleKey | null, title = 'A page'): PageReport {
  return { url, title, isArticle: true, analysis: null, figures: [], article, durationMs: 1 };
}

async function send(sender: object, dir: "content-to-background" | "ui-to-background", type: string, payload: unknown): Promise<any> {
  return (await fake.sendAs(sender, makeEnvelope(dir, type, payload))) as Result<unknown>;
}
const fromTab = (sender: object, type: string, payload: unknown) => send(sender, 'content-to-background', type, payload);
const fromPanel = (type: string, payload: unknown) => send(PANEL, 'ui-to-background', type, payload);

/** Messages the background sent to tab `tabId` of type `type`. */
function toTab(tabId: number, type = 'highlightsChanged'): any[] {
  return fake.tabMessages.filter((m) => m.tabId === tabId && (m.message as { type: string }).type === type).map((m) => (m.message as { payload: unknown }).payload);
}

beforeEach(async () => {
  fake.reset();
  resetTabRegistryCache();
  for (let id = 0; id < 10; id++) forgetTabUndo(id); // what a navigation does: proofs and undo memory go
  registerHandlers('content-to-background', contentHandlers, isContentScriptSender, () => {}, (type, sender, reason) => {
    if (type === 'pageAnalysed') void refuseReport(sender, reason);
  });
  registerHandlers('ui-to-background', uiHandlers, isExtensionPageSender);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  await putHighlight(onA);
  await putHighlight(onB);
  expect((await fromTab(TAB_A, 'pageAnalysed', { page: report(A_URL, KEY_A) })).ok).toBe(true);
  expect((await fromTab(TAB_B, 'pageAnalysed', { page: report(B_URL, KEY_B) })).ok).toBe(true);
  fake.tabMessages.length = 0;
});

afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
  await deleteDB(DB_NAME);
});

describe('listing', () => {
  it('gives a tab the highlights of its own article, whatever article key the message names', async () => {
    const forged = await fromTab(TAB_A, 'listHighlightsForArticle', { article: KEY_B });
    expect(forged).toEqual({ ok: true, value: { highlights: [onA], challenges: null } });
  });

  it('gives a tab nothing before the background has a report from its address', async () => {
    const fresh = tab(3, 'https://c.example/page');
    expect(await fromTab(fresh, 'listHighlightsForArticle', {})).toEqual({ ok: true, value: { highlights: [], challenges: null } });
    // The tab's record does not count for a page of another origin in that tab (it navigated away).
    const moved = tab(1, 'https://elsewhere.example/other');
    expect(await fromTab(moved, 'listHighlightsForArticle', {})).toEqual({ ok: true, value: { highlights: [], challenges: null } });
  });

  it('follows the article to a copy whose TEXT matches, not to a page whose canonical link claims it', async () => {
    const claimer = tab(4, 'https://claimer.example/x');
    const claimed: ArticleKey = { pageUrl: 'https://claimer.example/x', originalUrl: B_URL, fingerprint: FP_A };
    await fromTab(claimer, 'pageAnalysed', { page: report('https://claimer.example/x', claimed) });
    const listed = await fromTab(claimer, 'listHighlightsForArticle', {});
    // Text like A's: A's highlight is offered as a challenge (its passage must be proven), B's not at all.
    expect(listed.value.highlights).toEqual([]);
    expect(listed.value.challenges.quotes.map((q: { id: string }) => q.id)).toEqual([onA.id]);
    expect(JSON.stringify(listed.value)).not.toContain(onA.note);

    const copy = tab(5, 'https://copy.example/y');
    await fromTab(copy, 'pageAnalysed', { page: report('https://copy.example/y', { pageUrl: 'https://copy.example/y', fingerprint: FP_B_COPY }) });
    const offered = await fromTab(copy, 'listHighlightsForArticle', {});
    expect(offered.value.highlights).toEqual([]);
    expect(JSON.stringify(offered.value)).not.toContain(B_QUOTE);
    // The copy holds the passage: it proves it and receives the record.
    const proofs = answerChallenges(story('orchards'), offered.value.challenges);
    expect(await fromTab(copy, 'proveQuotes', { proofs })).toEqual({ ok: true, value: [onB] });
    expect((await fromTab(copy, 'listHighlightsForArticle', {})).value.highlights).toEqual([onB]);
  });

  it('gives a page with a matching fingerprint but without the passage nothing (a forged or partial copy)', async () => {
    const forger = tab(6, 'https://forger.example/z');
    await fromTab(forger, 'pageAnalysed', { page: report('https://forger.example/z', { pageUrl: 'https://forger.example/z', fingerprint: FP_B }) });
    const offered = await fromTab(forger, 'listHighlightsForArticle', {});
    const c = offered.value.challenges;
    // Guessing, and answering from a text without the passage, both fail.
    const wrong = [{ id: onB.id, proof: c.quotes[0].digest }, ...answerChallenges(story('bridges'), c)];
    expect(await fromTab(forger, 'proveQuotes', { proofs: wrong })).toEqual({ ok: true, value: [] });
    expect(await fromTab(forger, 'updateHighlight', { id: onB.id, patch: { note: 'x' } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // And a challenge answers once: replaying the right answer after a wrong one does not work.
    expect(await fromTab(forger, 'proveQuotes', { proofs: answerChallenges(story('orchards'), c) })).toEqual({ ok: true, value: [] });
  });
});

describe('changing by id', () => {
  it('refuses to update, delete or restore a record of another article', async () => {
    const update = await fromTab(TAB_A, 'updateHighlight', { id: onB.id, patch: { note: 'pwned' } });
    expect(update).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const del = await fromTab(TAB_A, 'deleteHighlight', { id: onB.id });
    expect(del).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const restore = await fromTab(TAB_A, 'restoreHighlight', { highlight: { ...onB, note: 'pwned', article: KEY_A } });
    expect(restore).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await getHighlight(onB.id)).toEqual(onB);
  });

  it('lets a tab change its own records, and undo its own delete with the record the background kept', async () => {
    const updated = await fromTab(TAB_A, 'updateHighlight', { id: onA.id, patch: { color: '#74c0fc' } });
    expect(updated).toMatchObject({ ok: true, value: { color: '#74c0fc' } });
    expect(updated.value.updated).toBeGreaterThan(onA.updated);
    expect((await fromTab(TAB_A, 'deleteHighlight', { id: onA.id })).ok).toBe(true);
    // The undo message carries a rewritten record: the background restores ITS copy.
    const restored = await fromTab(TAB_A, 'restoreHighlight', { highlight: { ...updated.value, note: 'rewritten', article: KEY_B } });
    expect(restored).toMatchObject({ ok: true, value: { note: onA.note, article: KEY_A } });
    expect(await getHighlight(onA.id)).toEqual(updated.value);
    // Restoring twice is refused (it was not just deleted any more).
    expect(await fromTab(TAB_A, 'restoreHighlight', { highlight: updated.value })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('a save never overwrites: an existing id is refused', async () => {
    const overwrite = await fromTab(TAB_B, 'saveHighlight', { highlight: { ...onB, note: 'replaced' } });
    expect(overwrite).toMatchObject({ ok: false });
    const sneaky = await fromTab(TAB_A, 'saveHighlight', { highlight: { ...onB, article: KEY_A, note: 'replaced' } });
    expect(sneaky).toMatchObject({ ok: false });
    expect(await getHighlight(onB.id)).toEqual(onB);
  });

  it('files a save under the tab\'s own page and recorded article, not the one the message claims', async () => {
    const forgedPage = await fromTab(TAB_A, 'saveHighlight', { highlight: makeHighlight({ id: uid(10), article: KEY_B }) });
    expect(forgedPage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const claimed = makeHighlight({ id: uid(11), article: { pageUrl: A_URL, originalUrl: B_URL, fingerprint: FP_B } });
    const saved = await fromTab(TAB_A, 'saveHighlight', { highlight: claimed });
    expect(saved).toMatchObject({ ok: true, value: { article: KEY_A } });
    expect((await getHighlight(uid(11)))?.article).toEqual(KEY_A);
  });

  it('canonicalises ids: an upper-case id is the same record, not a second one', async () => {
    const upper = onA.id.toUpperCase();
    const result = await fromTab(TAB_A, 'updateHighlight', { id: upper, patch: { note: 'same record' } });
    expect(result).toMatchObject({ ok: true, value: { id: onA.id, note: 'same record' } });
    expect((await allHighlights()).filter((h) => h.id.toLowerCase() === onA.id)).toHaveLength(1);
  });
});

describe('reports', () => {
  it('refuses a report about another address than the sending page, and the panel says so', async () => {
    const forged = await fromTab(TAB_A, 'pageAnalysed', { page: report(B_URL, KEY_B, 'Forged verdict') });
    expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await getPage(B_URL))?.report.title).toBe('A page');
    const state = await fromPanel('getTabState', { tabId: 1 });
    expect(state).toMatchObject({ ok: false });
    expect(state.error.message).toMatch(/refused/);
    // And B's tab still shows B.
    expect((await fromPanel('getTabState', { tabId: 2 })).value.page.url).toBe(B_URL);
  });

  it('accepts a report for another address of the same origin (a single-page app moved on: sender.url does not follow)', async () => {
    const next = report('https://a.example/next-story', { pageUrl: 'https://a.example/next-story', fingerprint: FP_B_COPY });
    expect(await fromTab(TAB_A, 'pageAnalysed', { page: next })).toMatchObject({ ok: true });
    expect((await fromPanel('getTabState', { tabId: 1 })).value.page.url).toBe('https://a.example/next-story');
    // The tab now speaks for the new article: A's own highlight is no longer its page's.
    const listed = await fromTab(TAB_A, 'listHighlightsForArticle', {});
    expect(listed.value.highlights).toEqual([]);
    expect(await fromTab(TAB_A, 'updateHighlight', { id: onA.id, patch: { note: 'x' } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('a single-page app\'s move (pageMoved): the tab shows as loading until the new report, never as "not an article" meanwhile', async () => {
    expect(await fromTab(TAB_A, 'pageMoved', { url: 'https://a.example/next-story' })).toMatchObject({ ok: true });
    expect((await fromPanel('getTabState', { tabId: 1 })).value).toBeNull();
    // The browser's "complete" for the move comes next: it records nothing over the coming report.
    await pageLoaded(1, 'https://a.example/next-story');
    expect((await fromPanel('getTabState', { tabId: 1 })).value).toBeNull();
    // An ordinary load elsewhere in the same tab is recorded as before.
    await pageLoaded(1, 'https://a.example/about');
    expect((await fromPanel('getTabState', { tabId: 1 })).value.page).toMatchObject({ url: 'https://a.example/about', isArticle: false });
  });

  it('refuses a move to another site, and the tab keeps its verdict', async () => {
    expect(await fromTab(TAB_A, 'pageMoved', { url: B_URL })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await fromPanel('getTabState', { tabId: 1 })).value.page.url).toBe(A_URL);
  });

  it('refuses a report whose article key names another page', async () => {
    const forged = await fromTab(TAB_A, 'pageAnalysed', { page: report(A_URL, KEY_B) });
    expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await fromTab(TAB_A, 'listHighlightsForArticle', {})).toEqual({ ok: true, value: { highlights: [], challenges: null } });
  });

  it('a malformed report (over the limits) drops the tab\'s previous verdict instead of keeping it', async () => {
    const tooLong = await fromTab(TAB_A, 'pageAnalysed', { page: report(A_URL, KEY_A, 'x'.repeat(2_500)) });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid' } });
    await vi.waitFor(async () => expect((await fromPanel('getTabState', { tabId: 1 })).ok).toBe(false));
    expect(console.warn).toHaveBeenCalled();
  });
});

describe('change notifications', () => {
  it('go only to tabs showing the changed article, and carry the changed records', async () => {
    const copy = tab(5, 'https://copy.example/y');
    await fromTab(copy, 'pageAnalysed', { page: report('https://copy.example/y', { pageUrl: 'https://copy.example/y', fingerprint: FP_B_COPY }) });
    const unproven = tab(7, 'https://other-copy.example/w');
    await fromTab(unproven, 'pageAnalysed', { page: report('https://other-copy.example/w', { pageUrl: 'https://other-copy.example/w', fingerprint: FP_B_COPY }) });
    const offered = await fromTab(copy, 'listHighlightsForArticle', {});
    await fromTab(copy, 'proveQuotes', { proofs: answerChallenges(story('orchards'), offered.value.challenges) });
    fake.tabMessages.length = 0;
    const edited = await fromPanel('updateHighlight', { id: onB.id, patch: { note: 'edited in the panel' } });
    expect(edited.ok).toBe(true);
    expect(toTab(1)).toEqual([]);
    expect(toTab(2)).toEqual([{ ids: [onB.id], changed: [edited.value], deleted: [] }]);
    expect(toTab(5)).toEqual([{ ids: [onB.id], changed: [edited.value], deleted: [] }]);
    // A copy that has not proven the passage hears the id only (it must prove it to get the record).
    expect(toTab(7)).toEqual([{ ids: [onB.id], changed: [], deleted: [] }]);

    fake.tabMessages.length = 0;
    await fromPanel('deleteHighlight', { id: onB.id });
    expect(toTab(1)).toEqual([]);
    expect(toTab(2)).toEqual([{ ids: [onB.id], changed: [], deleted: [onB.id] }]);
  });

  it('an edit from a tab reaches the other tabs of that article, not the sender nor other articles', async () => {
    const copy = tab(5, 'https://copy.example/y');
    await fromTab(copy, 'pageAnalysed', { page: report('https://copy.example/y', { pageUrl: 'https://copy.example/y', fingerprint: FP_B_COPY }) });
    const offered = await fromTab(copy, 'listHighlightsForArticle', {});
    await fromTab(copy, 'proveQuotes', { proofs: answerChallenges(story('orchards'), offered.value.challenges) });
    fake.tabMessages.length = 0;
    await fromTab(TAB_B, 'updateHighlight', { id: onB.id, patch: { color: '#8ce99a' } });
    expect(toTab(2)).toEqual([]);
    expect(toTab(1)).toEqual([]);
    expect(toTab(5)).toHaveLength(1);
  });
});

describe('page styles and the note editor', () => {
  it('inserts only well-formed paint rules into the sending frame', async () => {
    const result = await fromTab(TAB_A, 'insertHighlightStyles', { rules: [{ name: 'abcdefghijkl', color: '#ffe066' }, { name: 'bad}name{x', color: '#ffe066' }] });
    expect(result).toEqual({ ok: true, value: { inserted: true } });
    expect(fake.cssInserts).toEqual([{ target: { tabId: 1, frameIds: [0] }, css: '::highlight(abcdefghijkl) { background-color: #ffe066; color: #1a1a1a; }' }]);
    expect(await fromTab(TAB_A, 'insertHighlightStyles', { rules: [{ name: 'abcdefghijkl', color: 'red' }] })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('opens the panel inside the message (the gesture) and asks it to focus the note', async () => {
    const open = vi.fn(() => Promise.resolve());
    (globalThis as { chrome?: unknown }).chrome = { sidePanel: { open } };
    try {
      const result = await fromTab(TAB_A, 'openNoteEditor', { id: onA.id });
      expect(result).toEqual({ ok: true, value: { opened: true } });
      expect(open).toHaveBeenCalledWith({ tabId: 1 });
      const state = await fromPanel('getTabState', { tabId: 1 });
      expect(state.value.noteRequest).toMatchObject({ id: onA.id });
    } finally {
      delete (globalThis as { chrome?: unknown }).chrome;
    }
  });
});

describe('history', () => {
  it('clearHistory forgets every page report; deleteEverything also every highlight', async () => {
    expect(await fromPanel('clearHistory', {})).toEqual({ ok: true, value: { pages: 2 } });
    expect(await getPage(A_URL)).toBeUndefined();
    expect((await fromPanel('getTabState', { tabId: 1 })).value).toBeNull();
    expect(await allHighlights()).toHaveLength(2);
    await fromTab(TAB_B, 'pageAnalysed', { page: report(B_URL, KEY_B) });
    fake.tabMessages.length = 0;
    expect(await fromPanel('deleteEverything', {})).toEqual({ ok: true, value: { pages: 1, highlights: 2 } });
    expect(await allHighlights()).toEqual([]);
    expect(toTab(2)).toEqual([{ ids: [onB.id], changed: [], deleted: [onB.id] }]);
  });

  it('exports the reading history', async () => {
    const file = await fromPanel('exportHistory', {});
    const data = JSON.parse(file.value.text);
    expect(data.format).toBe('repost-lens/history');
    expect(data.pages.map((p: { url: string }) => p.url).sort()).toEqual([A_URL, B_URL]);
  });
});
