import { describe, expect, it, vi } from 'vitest';
import { makeEnvelope } from '../../../src/messaging/envelope';
import { createListener } from '../../../src/messaging/handlers';
import { movedEnvelope, requestEnvelope } from '../../../src/loader/ask-background';
import { createLifetime } from '../../../src/loader/lifetime';
import { runSliced, yieldToPage } from '../../../src/loader/yield-to-page';

vi.mock('../../../src/platform/browser', async () => (await import('../../helpers/fake-browser')).fakeBrowserModule());

describe('the page loader', () => {
  it('speaks the protocol: its envelope is what makeEnvelope builds and the background accepts it', async () => {
    const at = 'https://news.example/story/1';
    expect(requestEnvelope('article', at)).toEqual(makeEnvelope('content-to-background', 'requestContent', { reason: 'article', url: at }));
    const seen: string[] = [];
    const listener = createListener('content-to-background', {
      requestContent: ({ reason }: { reason: string }) => (seen.push(reason), { injected: true }),
    } as never, () => true);
    const reply = await listener(requestEnvelope('selection', at), { id: 'x', tab: { id: 1 } } as never);
    expect(reply).toEqual({ ok: true, value: { injected: true } });
    expect(seen).toEqual(['selection']);
    // A reason the protocol does not know is refused before any handler runs.
    const bad = await listener({ ...requestEnvelope('page', at), payload: { reason: 'everything', url: at } }, { id: 'x', tab: { id: 1 } } as never);
    expect(bad?.ok).toBe(false);
    // So is an address that is not http(s).
    expect((await listener(requestEnvelope('page', 'javascript:alert(1)'), { id: 'x', tab: { id: 1 } } as never))?.ok).toBe(false);
    expect(seen).toEqual(['selection']);
  });

  it('tells a single-page app\'s move in the protocol\'s envelope, and the background refuses a move that is not an http(s) address', async () => {
    expect(movedEnvelope('https://app.example/news/2')).toEqual(makeEnvelope('content-to-background', 'pageMoved', { url: 'https://app.example/news/2' }));
    const seen: string[] = [];
    const listener = createListener('content-to-background', { pageMoved: ({ url }: { url: string }) => (seen.push(url), null) } as never, () => true);
    expect(await listener(movedEnvelope('https://app.example/news/2'), { id: 'x', tab: { id: 1 } } as never)).toEqual({ ok: true, value: null });
    expect((await listener(movedEnvelope('javascript:alert(1)'), { id: 'x', tab: { id: 1 } } as never))?.ok).toBe(false);
    expect(seen).toEqual(['https://app.example/news/2']);
  });
});

describe('the lifetime of the loader and the content bundle', () => {
  it('stops everything once, when asked or when the extension context is gone', () => {
    let alive = true;
    const life = createLifetime(() => alive);
    const stopped: string[] = [];
    life.onStop(() => stopped.push('a'));
    life.onStop(() => {
      throw new Error('a failing cleanup');
    });
    life.onStop(() => stopped.push('b'));
    expect(life.alive()).toBe(true);
    alive = false; // "Extension context invalidated": runtime.id is gone
    expect(life.alive()).toBe(false);
    expect(life.signal.aborted).toBe(true);
    expect(stopped).toEqual(['a', 'b']);
    life.stop();
    expect(stopped).toEqual(['a', 'b']);
    life.onStop(() => stopped.push('late'));
    expect(stopped).toEqual(['a', 'b', 'late']);
  });

  it('listeners tied to the signal go with it', () => {
    const life = createLifetime(() => true);
    let clicks = 0;
    document.addEventListener('click', () => clicks++, { signal: life.signal });
    document.dispatchEvent(new Event('click'));
    life.stop();
    document.dispatchEvent(new Event('click'));
    expect(clicks).toBe(1);
  });
});

describe('sliced work', () => {
  it('runs one step per task and stops when aborted', async () => {
    const order: string[] = [];
    const controller = new AbortController();
    const run = runSliced([() => order.push('1'), () => (order.push('2'), controller.abort()), () => order.push('3')], controller.signal);
    order.push('sync');
    expect(await run).toBe(false);
    expect(order).toEqual(['1', 'sync', '2']);
    await yieldToPage();
  });
});
