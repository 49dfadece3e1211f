/**
 * The library's first screen, asked for before anything else loads. This module is the page's
 * entry and imports nothing at run time (types only): an ES module runs only once its whole
 * import graph is fetched and linked, so a query sent from the UI's graph (Preact, the polyfill,
 * the protocol's schemas, the settings store) left ~100 ms after navigation. Sent from here, the
 * background reads the newest highlights while the UI starts (the page is one script file, see
 * src/build/single-file-page.ts).
 *
 * The envelope is the protocol's wire format (checked by its type and by a unit test against
 * makeEnvelope); the background validates it on arrival like every message. Chrome's `chrome.*`
 * and Firefox's `browser.*` both return promises in MV3.
 */
import type { Envelope } from '../messaging/envelope';
import type { LibraryPage, PayloadOf, Result, UiToBackground } from '../messaging/protocol';

/** Highlights per screen: the list grows by this much with "show more" (the DOM never holds 10,000 items). */
export const PAGE_SIZE = 50;

export type FirstQuery = Promise<Result<LibraryPage>>;

type Runtime = { sendMessage(message: unknown): Promise<unknown> };

function runtime(): Runtime | undefined {
  const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return g.browser?.runtime ?? g.chrome?.runtime;
}

/** The unfiltered first page's envelope (what makeEnvelope('ui-to-background', 'queryLibrary', …) makes). */
export function firstQueryEnvelope(): Envelope {
  const payload: PayloadOf<UiToBackground['queryLibrary']> = { filter: {}, offset: 0, limit: PAGE_SIZE };
  return { rl: 1, dir: 'ui-to-background', type: 'queryLibrary', payload };
}

function isResult(value: unknown): value is Result<LibraryPage> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** Sends the unfiltered first page's query. Never throws: a failure is a failed Result, as from callBackgroundFromUi. */
export async function startFirstQuery(): FirstQuery {
  performance.mark('library-query');
  try {
    const rt = runtime();
    if (!rt) return { ok: false, error: { code: 'unavailable', message: 'no extension runtime' } };
    const reply = await rt.sendMessage(firstQueryEnvelope());
    return isResult(reply) ? reply : { ok: false, error: { code: 'unavailable', message: 'no receiver answered' } };
  } catch (error) {
    return { ok: false, error: { code: 'unavailable', message: error instanceof Error ? error.message : String(error) } };
  }
}
