/**
 * Where a page's snapshot is analysed: never on the page. Firefox's background is an event page
 * with a DOM (DOMParser): it parses the snapshot itself. Chrome's service worker has no DOM: it
 * hands the snapshot to one offscreen document (reason DOM_PARSER), created on the first snapshot,
 * reused while pages keep coming, closed when idle. The report that comes back is validated
 * against the protocol like any message: it is derived from hostile page content.
 */
import browser from '../platform/browser';
import { callOffscreen } from '../messaging/client';
import { pageReportSchema, type PageReport, type Result } from '../messaging/protocol';
// The same analysis the offscreen document runs, for the event page that can parse by itself.
import { analyseHtml, canParseHere } from '../offscreen/analyse-html';

const OFFSCREEN_PATH = 'src/offscreen/index.html';
/** Close the offscreen document after this long without a snapshot, ms. */
const IDLE_CLOSE_MS = 60_000;

type Offscreen = {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
};
type Contexts = { getContexts?(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]> };

function chromeApis(): { offscreen?: Offscreen; runtime?: Contexts } {
  return (globalThis as { chrome?: { offscreen?: Offscreen; runtime?: Contexts } }).chrome ?? {};
}

let creating: Promise<void> | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let pending = 0;

async function offscreenOpen(): Promise<boolean> {
  const { runtime } = chromeApis();
  if (!runtime?.getContexts) return false;
  const open = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [browser.runtime.getURL(OFFSCREEN_PATH)] });
  return open.length > 0;
}

async function ensureOffscreen(): Promise<void> {
  const { offscreen } = chromeApis();
  if (!offscreen) throw new Error('neither a DOM nor the offscreen API here');
  if (await offscreenOpen()) return;
  creating ??= offscreen
    .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Parse and analyse the page snapshot off the page' })
    .catch(async (error: unknown) => {
      // Another wake-up of the worker created it meanwhile: fine.
      if (!(await offscreenOpen())) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

function closeWhenIdle(): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (pending > 0) return;
    void chromeApis().offscreen?.closeDocument().catch(() => {});
  }, IDLE_CLOSE_MS);
}

function failure(message: string): Result<never> {
  return { ok: false, error: { code: 'internal', message } };
}

/** The validated report of the page at `url` whose serialized DOM is `html`; a failed Result, never a throw. */
export async function analyseSnapshot(url: string, html: string): Promise<Result<PageReport>> {
  let reply: Result<unknown>;
  if (canParseHere()) {
    try {
      reply = { ok: true, value: analyseHtml(html, url) };
    } catch (error) {
      return failure(error instanceof Error ? error.message : String(error));
    }
  } else {
    pending++;
    try {
      await ensureOffscreen();
      reply = await callOffscreen('analyseSnapshot', { url, html });
    } catch (error) {
      return failure(error instanceof Error ? error.message : String(error));
    } finally {
      pending--;
      closeWhenIdle();
    }
  }
  if (!reply.ok) return reply;
  const parsed = pageReportSchema.parse(reply.value, 'report');
  return parsed.ok ? { ok: true, value: parsed.value } : failure(`report: ${parsed.issue.path} ${parsed.issue.message}`);
}
