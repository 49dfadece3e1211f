/**
 * The loader's messages to the background, without the polyfill or the protocol's schemas (they
 * would multiply the loader's size): the envelopes are the protocol's wire format, checked by the
 * types below and by a unit test against `makeEnvelope`; the background validates them on arrival.
 * Chrome's `chrome.*` and Firefox's `browser.*` both return promises in MV3.
 */
import type { Envelope } from '../messaging/envelope';
import type { ContentReason } from './handoff';

type OnMessage = { addListener(l: Listener): void; removeListener(l: Listener): void };
export type Listener = (message: unknown, sender: { id?: string }, respond: (reply: unknown) => void) => boolean | undefined;
type Runtime = { id?: string; sendMessage(message: unknown): Promise<unknown>; onMessage: OnMessage };

export function runtime(): Runtime | undefined {
  const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return g.browser?.runtime ?? g.chrome?.runtime;
}

/** The envelope of `requestContent` (same shape as makeEnvelope('content-to-background', …)). */
export function requestEnvelope(reason: ContentReason, url: string): Envelope {
  return { rl: 1, dir: 'content-to-background', type: 'requestContent', payload: { reason, url } };
}

/** The envelope of `pageSnapshot`. */
export function snapshotEnvelope(url: string, html: string): Envelope {
  return { rl: 1, dir: 'content-to-background', type: 'pageSnapshot', payload: { url, html } };
}

/** The envelope of `pageMoved`. */
export function movedEnvelope(url: string): Envelope {
  return { rl: 1, dir: 'content-to-background', type: 'pageMoved', payload: { url } };
}

/** Whether the extension is still there (false after it was reloaded, updated or removed). */
export function extensionAlive(): boolean {
  try {
    return Boolean(runtime()?.id);
  } catch {
    return false;
  }
}

type Reply = { ok?: boolean; value?: { injected?: boolean } } | undefined;

async function send(envelope: Envelope): Promise<boolean> {
  try {
    const reply = (await runtime()?.sendMessage(envelope)) as Reply;
    return reply?.ok === true && reply.value?.injected === true;
  } catch {
    return false;
  }
}

/** Asks for the content bundle; true when the background injected it. Never throws. */
export function requestContent(reason: ContentReason): Promise<boolean> {
  return send(requestEnvelope(reason, location.href));
}

/** Sends the page's snapshot for analysis; true when the background injected the bundle too. Never throws. */
export function sendSnapshot(url: string, html: string): Promise<boolean> {
  return send(snapshotEnvelope(url, html));
}

/** Tells the background the single-page app moved to `url` (the loader looks again soon). Never throws. */
export function tellMoved(url: string): void {
  void send(movedEnvelope(url));
}
