import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('../../helpers/fake-browser')).fakeBrowserModule());

import { deleteDB } from 'idb';
import { getFakeBrowser } from '../../helpers/fake-browser';
import { makeHighlight } from '../../helpers/highlight-factory';
import { exportHighlights, importHighlights } from '../../../src/background/export-import';
import { HandlerError } from '../../../src/messaging/handlers';
import type { PageReport } from '../../../src/messaging/protocol';
import { closeDb } from '../../../src/storage/open-db';
import { allHighlights, putHighlight } from '../../../src/storage/highlights-repo';
import { putPage } from '../../../src/storage/pages-repo';
import { DB_NAME } from '../../../src/storage/schema';
import { resetTabRegistryCache, setTabPage } from '../../../src/background/tab-registry';

const ARTICLE = { pageUrl: 'https://mirror.example.org/posts/1/', fingerprint: 'fp-1' };
const a = makeHighlight({ id: '0b7e4c1e-1111-4a4a-8a8a-000000000001', note: 'check *this* [link](javascript:alert(1))', created: 1_700_000_000_000, updated: 1_700_000_000_000 });
const b = makeHighlight({
  id: '0b7e4c1e-1111-4a4a-8a8a-000000000002',
  color: '#8ce99a',
  selectors: {
    quote: { type: 'TextQuoteSelector', exact: '挽回经济损失400余万元', prefix: '，', suffix: '。' },
    position: { type: 'TextPositionSelector', start: 10, end: 21 },
  },
  created: 1_700_000_000_500,
  updated: 1_700_000_000_500,
});

async function freshDb(): Promise<void> {
  await closeDb();
  await deleteDB(DB_NAME);
}

beforeEach(() => {
  getFakeBrowser().reset();
  resetTabRegistryCache();
});
afterEach(freshDb);

describe('exportHighlights / importHighlights', () => {
  it('round-trips everything into a fresh profile, and re-importing adds no duplicates', async () => {
    await putHighlight(a);
    await putHighlight(b);
    const file = await exportHighlights({ format: 'json', scope: 'all' }, Date.UTC(2026, 0, 2));
    expect(file.fileName).toBe('repost-lens-highlights-2026-01-02.json');
    expect(file.mime).toBe('application/json');

    await freshDb();
    expect(await importHighlights(file.text)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect((await allHighlights()).sort((x, y) => x.created - y.created)).toEqual([a, b]);
    expect(await importHighlights(file.text)).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await allHighlights()).toHaveLength(2);
  });

  it('replaces a stored highlight only with a newer one', async () => {
    await putHighlight(a);
    const newer = { ...a, note: 'edited elsewhere', updated: a.updated + 10 };
    await putHighlight(newer);
    const file = await exportHighlights({ format: 'json', scope: 'all' });
    await putHighlight(a); // this profile has the older version
    expect(await importHighlights(file.text)).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect((await allHighlights())[0]?.note).toBe('edited elsewhere');
  });

  it('writes nothing when any part of the file is bad', async () => {
    await putHighlight(a);
    const file = await exportHighlights({ format: 'json', scope: 'all' });
    await freshDb();
    await putHighlight(b);
    const broken = JSON.parse(file.text);
    // One good item followed by one whose selector is unusable.
    broken.first.items.push({ ...broken.first.items[0], id: 'urn:uuid:0b7e4c1e-1111-4a4a-8a8a-000000000009', target: { source: 'javascript:alert(1)', selector: [] } });
    broken.total = 2;
    for (const text of [JSON.stringify(broken), '{"not": "an export"}', 'not json at all']) {
      await expect(importHighlights(text)).rejects.toBeInstanceOf(HandlerError);
    }
    expect(await allHighlights()).toEqual([b]);
  });

  it('exports the tab\'s article as Markdown in reading order, escaping page and note text', async () => {
    await putHighlight(a); // position 120
    await putHighlight(b); // position 10
    const report: PageReport = { url: ARTICLE.pageUrl, title: 'A [title]', isArticle: true, analysis: null, figures: [], article: ARTICLE, durationMs: 1 };
    await putPage(report);
    await setTabPage(7, ARTICLE.pageUrl, ARTICLE);
    const md = await exportHighlights({ format: 'markdown', scope: 'tab', tabId: 7 }, Date.UTC(2026, 0, 2));
    expect(md.mime).toBe('text/markdown');
    expect(md.fileName).toBe('repost-lens-a-title-2026-01-02.md');
    expect(md.text.indexOf('挽回经济损失')).toBeLessThan(md.text.indexOf('抓获犯罪嫌疑人'));
    expect(md.text).not.toContain('[link](javascript');
    expect(md.text).toContain('#:~:text=');
    const json = await exportHighlights({ format: 'json', scope: 'tab', tabId: 7 });
    expect(JSON.parse(json.text).total).toBe(2);
    await expect(exportHighlights({ format: 'json', scope: 'tab', tabId: 99 })).rejects.toBeInstanceOf(HandlerError);
  });
});
