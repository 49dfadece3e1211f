import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('../../helpers/fake-browser')).fakeBrowserModule());

import { makeEnvelope } from '../../../src/messaging/envelope';
import { createListener } from '../../../src/messaging/handlers';
import { firstQueryEnvelope, PAGE_SIZE, startFirstQuery } from '../../../src/library/first-query';
import { firstScreenCount } from '../../../src/library/first-screen';
import { makeHighlight } from '../../helpers/highlight-factory';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the library's first query (sent before the UI loads, without the polyfill)", () => {
  it('speaks the protocol: its envelope is what makeEnvelope builds and the background accepts it', async () => {
    expect(firstQueryEnvelope()).toEqual(makeEnvelope('ui-to-background', 'queryLibrary', { filter: {}, offset: 0, limit: PAGE_SIZE }));
    const asked: unknown[] = [];
    const listener = createListener('ui-to-background', {
      queryLibrary: (payload: unknown) => (asked.push(payload), { total: 0, stored: 0, highlights: [], sites: [] }),
    } as never, () => true);
    const reply = await listener(firstQueryEnvelope(), { id: 'x' } as never);
    expect(reply).toEqual({ ok: true, value: { total: 0, stored: 0, highlights: [], sites: [] } });
    expect(asked).toEqual([{ filter: {}, offset: 0, limit: PAGE_SIZE }]);
  });

  it("returns the background's reply, and a failed Result (never a throw) when there is none", async () => {
    const page = { total: 1, stored: 1, highlights: [], sites: [] };
    const sendMessage = vi.fn(async () => ({ ok: true, value: page }));
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { runtime: { sendMessage } });
    expect(await startFirstQuery()).toEqual({ ok: true, value: page });
    expect(sendMessage).toHaveBeenCalledWith(firstQueryEnvelope());

    sendMessage.mockImplementationOnce(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await startFirstQuery()).toEqual({ ok: false, error: { code: 'unavailable', message: 'Could not establish connection. Receiving end does not exist.' } });
    sendMessage.mockImplementationOnce(async () => undefined as never);
    expect((await startFirstQuery()).ok).toBe(false);

    vi.stubGlobal('chrome', undefined);
    expect((await startFirstQuery()).ok).toBe(false);
  });

  it("uses Firefox's browser.runtime where there is one", async () => {
    const sendMessage = vi.fn(async () => ({ ok: false, error: { code: 'internal', message: 'x' } }));
    vi.stubGlobal('browser', { runtime: { sendMessage } });
    vi.stubGlobal('chrome', { runtime: { sendMessage: () => Promise.reject(new Error('not this one')) } });
    expect(await startFirstQuery()).toEqual({ ok: false, error: { code: 'internal', message: 'x' } });
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});

describe('first screen: the items rendered in the first frame', () => {
  const onArticle = (n: number, article: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => makeHighlight({ id: `h-${i}`, article: { pageUrl: article(i), fingerprint: '' } }));

  it('covers a window: fewer items when each is its own article (a heading each), more in one article', () => {
    const separate = onArticle(50, (i) => `https://site${i}.example/a`);
    const together = onArticle(50, () => 'https://one.example/a');
    // Measured at 1280×720: 5 one-line items of 5 articles are visible; the estimate renders more, never fewer.
    expect(firstScreenCount(separate, 720)).toBeGreaterThanOrEqual(6);
    expect(firstScreenCount(separate, 720)).toBeLessThan(12);
    // In one article, 64 px items from 207 px down: 8 visible.
    expect(firstScreenCount(together, 720)).toBeGreaterThanOrEqual(8);
    expect(firstScreenCount(together, 720)).toBeGreaterThan(firstScreenCount(separate, 720));
    expect(firstScreenCount(separate, 1440)).toBeGreaterThan(firstScreenCount(separate, 720));
  });

  it('never more than there are, and at least one', () => {
    expect(firstScreenCount(onArticle(3, () => 'https://one.example/a'), 4000)).toBe(3);
    expect(firstScreenCount([], 720)).toBe(0);
    expect(firstScreenCount(onArticle(3, () => 'https://one.example/a'), 10)).toBe(1);
  });
});
