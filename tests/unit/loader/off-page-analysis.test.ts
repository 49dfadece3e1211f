/**
 * Issue 10, analysis off the page: the loader's snapshot envelope is what the protocol accepts
 * (and a bigger snapshot than the cap is refused before any handler runs), the offscreen document
 * takes work from the background worker only, and the extension and the CLI compose a page's
 * result through the same function (core/analyse-report.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { makeEnvelope } from '../../../src/messaging/envelope';
import { createListener } from '../../../src/messaging/handlers';
import { snapshotEnvelope } from '../../../src/loader/ask-background';
import { serializePage } from '../../../src/loader/snapshot';
import { isBackgroundSender } from '../../../src/offscreen/background-sender';
import { analyseDocumentReport } from '../../../src/core/analyse-report';
import { pageReportSchema } from '../../../src/messaging/protocol';
import { LIMITS, SNAPSHOT_MAX_CHARS } from '../../../src/core/limits';
import { parseHtml } from '../../../src/cli/parse-html';
import { composeResult } from '../../../src/cli/compose-result';
import { DEMO_FIXTURES } from '../../e2e/support/paths';

vi.mock('../../../src/platform/browser', async () => (await import('../../helpers/fake-browser')).fakeBrowserModule());

const SEED = `${DEMO_FIXTURES}/repost-article.html`;
const SEED_URL = 'https://mirror.example/blog/1.html';

describe('the loader snapshot', () => {
  it('speaks the protocol, and a snapshot over the cap is refused', async () => {
    expect(snapshotEnvelope(SEED_URL, '<p>x</p>')).toEqual(makeEnvelope('content-to-background', 'pageSnapshot', { url: SEED_URL, html: '<p>x</p>' }));
    const seen: number[] = [];
    const listener = createListener('content-to-background', {
      pageSnapshot: ({ html }: { html: string }) => (seen.push(html.length), { analysed: true, injected: false }),
    } as never, () => true);
    const sender = { id: 'x', tab: { id: 1 } } as never;
    expect(await listener(snapshotEnvelope(SEED_URL, '<p>x</p>'), sender)).toEqual({ ok: true, value: { analysed: true, injected: false } });
    expect((await listener(snapshotEnvelope(SEED_URL, 'x'.repeat(LIMITS.snapshotChars + 1)), sender))?.ok).toBe(false);
    expect((await listener(snapshotEnvelope('javascript:alert(1)', '<p>x</p>'), sender))?.ok).toBe(false);
    expect(seen).toEqual([8]);
  });

  it('serializes the page and cuts it at the cap', () => {
    document.documentElement.lang = 'en';
    document.body.textContent = 'y'.repeat(100);
    expect(serializePage(document)).toContain('y'.repeat(100));
    document.body.textContent = 'y'.repeat(SNAPSHOT_MAX_CHARS + 10);
    expect(serializePage(document).length).toBe(SNAPSHOT_MAX_CHARS);
    document.body.textContent = '';
  });
});

describe('the offscreen document', () => {
  const own = 'chrome-extension://abc/';
  it('accepts work from the background worker only', () => {
    expect(isBackgroundSender({ id: 'abc', url: `${own}service-worker-loader.js` }, 'abc', own)).toBe(true);
    // A content script (it has a tab), an extension page, another extension, a web page.
    expect(isBackgroundSender({ id: 'abc', url: 'https://site.example/a', tab: { id: 3 } } as never, 'abc', own)).toBe(false);
    expect(isBackgroundSender({ id: 'abc', url: `${own}service-worker-loader.js`, tab: { id: 3 } } as never, 'abc', own)).toBe(false);
    expect(isBackgroundSender({ id: 'abc', url: `${own}src/sidepanel/index.html` }, 'abc', own)).toBe(false);
    expect(isBackgroundSender({ id: 'other', url: 'chrome-extension://other/sw.js' }, 'abc', own)).toBe(false);
    expect(isBackgroundSender({ id: 'abc' }, 'abc', own)).toBe(false);
  });
});

describe('one composition for the extension and the CLI', () => {
  it('the report of the seed article is a valid protocol report, and the CLI prints the same result', async () => {
    const html = readFileSync(SEED, 'utf8');
    const { document: doc, close } = parseHtml(html, SEED_URL);
    const report = analyseDocumentReport(doc, SEED_URL);
    // What the CLI prints (src/cli/analyze.ts composes it exactly so).
    const cli = composeResult(analyseDocumentReport(doc, SEED_URL));
    await close();
    const parsed = pageReportSchema.parse(report);
    expect(parsed.ok).toBe(true);
    expect(report.analysis.isRepost).toBe(true);
    expect(report.article?.pageUrl).toBe(SEED_URL);
    expect(report.article?.fingerprint).toMatch(/^mh1:/);
    expect(report.figures.map((f) => f.text)).toContain('12.1%');
    expect(cli.verdict).toBe(report.analysis.verdict);
    expect(cli.original).toEqual(report.analysis.original);
    expect(cli.figures).toEqual(report.figures);
    expect(cli.article).toEqual(report.article);
  });
});
