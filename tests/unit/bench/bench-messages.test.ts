/**
 * Every message the bench sends is one the protocol accepts: the bench builds them in
 * tests/bench/bench-messages.ts, and here each goes through the protocol's own validation (the
 * same listener the background uses). A bench that drifted from the protocol (a colour name once
 * stopped `npm run bench` at group 4) fails here, in `npm test`, not only in a full bench run.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('../../helpers/fake-browser')).fakeBrowserModule());
import { createListener } from '../../../src/messaging/handlers';
import type { Envelope } from '../../../src/messaging/envelope';
import { libraryEnvelope, saveEnvelopes, searchEnvelope } from '../../bench/bench-messages';
import { firstQueryEnvelope } from '../../../src/library/first-query';

const fromTab = { id: 'x', tab: { id: 1 }, url: 'http://127.0.0.1:8000/gen/article.html' };
const fromPage = { id: 'x', url: 'chrome-extension://x/src/sidepanel/index.html' };

/** The reply of a listener whose handlers accept everything: a failure can only be the validation's. */
async function validated(dir: 'content-to-background' | 'ui-to-background', envelope: Envelope): Promise<{ ok: boolean; error?: unknown }> {
  const handlers = new Proxy({}, { get: () => () => null, has: () => true });
  const listener = createListener(dir, handlers as never, () => true);
  const reply = await listener(envelope, (dir === 'content-to-background' ? fromTab : fromPage) as never);
  return reply as { ok: boolean; error?: unknown };
}

describe('the bench speaks the protocol', () => {
  it('its saveHighlight messages are accepted', async () => {
    const envelopes = saveEnvelopes(3, 'http://127.0.0.1:8000/gen/article.html', 'Bench article');
    for (const envelope of envelopes) expect(await validated('content-to-background', envelope)).toMatchObject({ ok: true });
  });

  it('its searches and library queries are accepted', async () => {
    for (const query of [{}, { text: 'zeppelin' }, { text: 'qwertyuiop' }, { limit: 10_000 }]) {
      expect(await validated('ui-to-background', searchEnvelope(query))).toMatchObject({ ok: true });
    }
    for (const [filter, limit] of [[{}, 100], [{ text: 'zeppelin' }, 100]] as const) {
      expect(await validated('ui-to-background', libraryEnvelope(filter, limit))).toMatchObject({ ok: true });
    }
    // The library bench times the library page's own first query.
    expect(await validated('ui-to-background', firstQueryEnvelope())).toMatchObject({ ok: true });
  });

  it('would catch a drifted message (the check can fail)', async () => {
    const [save] = saveEnvelopes(1, 'http://127.0.0.1:8000/gen/article.html', 'Bench article');
    const drifted = structuredClone(save) as { payload: { highlight: { color: string } } } & Envelope;
    drifted.payload.highlight.color = 'yellow';
    expect(await validated('content-to-background', drifted)).toMatchObject({ ok: false });
  });
});
