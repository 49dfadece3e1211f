/**
 * Typed senders over the protocol. Nothing outside `messaging/` calls `runtime.sendMessage` or
 * `tabs.sendMessage` directly. Senders never throw: a closed receiver, a timeout or a malformed
 * reply all come back as a failed `Result`.
 */
import browser from '../platform/browser';
import { makeEnvelope } from './envelope';
import type {
  BackgroundToOffscreen, BackgroundToUi, ContentToBackground, Direction, PayloadOf, ReplyOf, Result, ToContent, UiToBackground,
} from './protocol';

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

async function deliver<R>(send: () => Promise<unknown>): Promise<Result<R>> {
  try {
    const reply = await send();
    if (isResult(reply)) return reply as Result<R>;
    // No listener answered (e.g. no side panel open): not an error worth throwing about.
    return { ok: false, error: { code: 'unavailable', message: 'no receiver answered' } };
  } catch (error) {
    return { ok: false, error: { code: 'unavailable', message: error instanceof Error ? error.message : String(error) } };
  }
}

function toRuntime<M, K extends keyof M & string>(dir: Direction, type: K, payload: PayloadOf<M[K]>): Promise<Result<ReplyOf<M[K]>>> {
  return deliver(() => browser.runtime.sendMessage(makeEnvelope(dir, type, payload)));
}

/** Content script → background. */
export function callBackgroundFromContent<K extends keyof ContentToBackground & string>(
  type: K, payload: PayloadOf<ContentToBackground[K]>,
): Promise<Result<ReplyOf<ContentToBackground[K]>>> {
  return toRuntime<ContentToBackground, K>('content-to-background', type, payload);
}

/** Side panel or popup → background. */
export function callBackgroundFromUi<K extends keyof UiToBackground & string>(
  type: K, payload: PayloadOf<UiToBackground[K]>,
): Promise<Result<ReplyOf<UiToBackground[K]>>> {
  return toRuntime<UiToBackground, K>('ui-to-background', type, payload);
}

/** Background → every open extension page. Nobody listening is fine. */
export function broadcastToUi<K extends keyof BackgroundToUi & string>(type: K, payload: PayloadOf<BackgroundToUi[K]>): Promise<Result<null>> {
  return toRuntime<BackgroundToUi, K>('background-to-ui', type, payload) as Promise<Result<null>>;
}

/** Background or extension page → the content script of one tab (top frame). */
export function sendToTab<K extends keyof ToContent & string>(
  tabId: number, type: K, payload: PayloadOf<ToContent[K]>,
): Promise<Result<ReplyOf<ToContent[K]>>> {
  return deliver(() => browser.tabs.sendMessage(tabId, makeEnvelope('to-content', type, payload), { frameId: 0 }));
}

/** Background → its offscreen document (Chrome). */
export function callOffscreen<K extends keyof BackgroundToOffscreen & string>(
  type: K, payload: PayloadOf<BackgroundToOffscreen[K]>,
): Promise<Result<ReplyOf<BackgroundToOffscreen[K]>>> {
  return toRuntime<BackgroundToOffscreen, K>('background-to-offscreen', type, payload);
}
