/**
 * The loader's one message to the background, without the polyfill or the protocol's schemas
 * (they would multiply the loader's size): the envelope is the protocol's wire format, checked by
 * the type below and by a unit test against `makeEnvelope`; the background validates it on arrival.
 */
import type { Envelope } from '../messaging/envelope';
import type { ContentReason } from './handoff';

type Runtime = { id?: string; sendMessage(message: unknown): Promise<unknown> };

function runtime(): Runtime | undefined {
  const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return g.browser?.runtime ?? g.chrome?.runtime;
}

/** The envelope of `requestContent` (same shape as makeEnvelope('content-to-background', …)). */
export function requestEnvelope(reason: ContentReason): Envelope {
  return { rl: 1, dir: 'content-to-background', type: 'requestContent', payload: { reason } };
}

/** Whether the extension is still there (false after it was reloaded, updated or removed). */
export function extensionAlive(): boolean {
  try {
    return Boolean(runtime()?.id);
  } catch {
    return false;
  }
}

/** Asks for the content bundle; true when the background injected it. Never throws. */
export async function requestContent(reason: ContentReason): Promise<boolean> {
  try {
    const reply = (await runtime()?.sendMessage(requestEnvelope(reason))) as { ok?: boolean; value?: { injected?: boolean } } | undefined;
    return reply?.ok === true && reply.value?.injected === true;
  } catch {
    return false;
  }
}
