/**
 * Issue 10, the loader as a page meets it (happy-dom): on a page that is not an article it touches
 * no extension API at all (their bindings alone cost milliseconds); on an article it sends one
 * snapshot of the page and relays commands for the bundle; when the extension goes away
 * ("Extension context invalidated": runtime.id vanishes) everything it started stops.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_FIXTURES } from '../../e2e/support/paths';

type Sent = { type: string; payload: Record<string, unknown> };

function fakeChrome() {
  const state = { accesses: 0, id: 'ext' as string | undefined, sent: [] as Sent[], listeners: [] as unknown[], removed: 0 };
  const runtime = {
    get id() {
      return state.id;
    },
    sendMessage: async (m: Sent) => (state.sent.push(m), { ok: true, value: { analysed: true, injected: false } }),
    onMessage: { addListener: (l: unknown) => state.listeners.push(l), removeListener: () => void state.removed++ },
  };
  Object.defineProperty(globalThis, 'chrome', {
    configurable: true,
    get() {
      state.accesses++;
      return { runtime };
    },
  });
  return state;
}

async function startLoader(html: string) {
  document.documentElement.innerHTML = html;
  vi.resetModules();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('repost-lens.loader')];
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('repost-lens.handoff')];
  const state = fakeChrome();
  await import('../../../src/loader/index');
  // The loader's work on an article runs in a few short tasks.
  await new Promise((r) => setTimeout(r, 50));
  return state;
}

/** What the background's wake-loader.ts executes in the loader's world after a same-document navigation. */
const wakeUp = (): void => ((globalThis as Record<symbol, unknown>)[Symbol.for('repost-lens.loader')] as () => void)();

afterEach(() => {
  delete (globalThis as Record<string, unknown>)['chrome'];
});

const APP = '<head><title>Board</title></head><body><div id="app"><button>☰</button><input type="search"><div class="card">Task 1</div></div></body>';

describe('the page loader on a fresh page', () => {
  it('touches no extension API on a page that is not an article', async () => {
    const state = await startLoader(APP);
    expect(state.accesses).toBe(0);
    expect(state.sent).toEqual([]);
  });

  it('sends one snapshot of an article and relays commands until the extension goes away', async () => {
    const seed = readFileSync(`${DEMO_FIXTURES}/repost-article.html`, 'utf8');
    const inner = seed.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>[\s\S]*$/i, '');
    const state = await startLoader(inner);
    expect(state.sent.map((m) => m.type)).toEqual(['pageSnapshot']);
    const payload = state.sent[0]?.payload as { url: string; html: string };
    expect(payload.url).toBe(location.href);
    expect(payload.html).toContain('商城公安在线');
    expect(state.listeners).toHaveLength(1);
    // The extension was reloaded: the next thing the loader notices stops it (the relay goes).
    state.id = undefined;
    history.pushState({}, '', '/another-article');
    wakeUp();
    expect(state.removed).toBe(1);
  });

  it('keeps a wake-up for the background: after a same-document move to an article it looks again', async () => {
    history.replaceState({}, '', '/board');
    const state = await startLoader(APP);
    expect(typeof (globalThis as Record<symbol, unknown>)[Symbol.for('repost-lens.loader')]).toBe('function');
    // Woken without a move (a fresh load's own "complete", a hash change): nothing happens.
    wakeUp();
    await new Promise((r) => setTimeout(r, 700));
    expect(state.sent).toEqual([]);
    // The app shows an article at a new address.
    const seed = readFileSync(`${DEMO_FIXTURES}/repost-article.html`, 'utf8');
    document.body.innerHTML = seed.replace(/^[\s\S]*?<body[^>]*>/i, '').replace(/<\/body>[\s\S]*$/i, '');
    history.pushState({}, '', '/news/1#top');
    wakeUp();
    // Told at once (the panel shows the tab as loading), looked at once the app settled.
    expect(state.sent.map((m) => m.type)).toEqual(['pageMoved']);
    await new Promise((r) => setTimeout(r, 800));
    expect(state.sent.map((m) => m.type)).toEqual(['pageMoved', 'pageSnapshot']);
    expect((state.sent[1]?.payload as { url: string }).url).toBe(location.href);
  });
});
