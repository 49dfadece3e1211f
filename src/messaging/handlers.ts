/**
 * Registering handlers for one direction of the protocol: exhaustive (a missing handler fails to
 * compile), validated (a payload that fails its schema never reaches a handler), and polite to
 * other listeners (messages we do not own get no answer at all, so another page can answer them).
 */
import browser, { type Runtime } from '../platform/browser';
import { isEnvelopeFor, isOurs } from './envelope';
import { directions, type Direction, type PayloadOf, type ProtocolError, type ReplyOf, type Result } from './protocol';
import type { Schema } from './schema';

export type Sender = Runtime.MessageSender;

export type Handlers<M> = {
  [K in keyof M]: (payload: PayloadOf<M[K]>, sender: Sender) => Promise<ReplyOf<M[K]>> | ReplyOf<M[K]>;
};

/** Thrown by a handler to reply with a specific error code (turned into a failed Result). */
export class HandlerError extends Error {
  constructor(readonly code: ProtocolError['code'], message: string) {
    super(message);
  }
}

/**
 * Builds the `runtime.onMessage` listener for one direction. `allowSender` decides whether a
 * sender may talk in this direction at all (e.g. only extension pages may use UI calls).
 * Returns undefined synchronously for messages that are not ours or not for this direction: an
 * async listener would answer `undefined` to everything and win the race against the real
 * receiver (seen in Firefox with popup → sidebar messages).
 */
export function createListener<D extends Direction>(
  dir: D,
  handlers: Handlers<(typeof directions)[D]>,
  allowSender: (sender: Sender) => boolean,
  onError: (error: unknown) => void = () => {},
  /** A message of ours failed its schema: told, so e.g. a refused page report can be said in the panel. */
  onRefused: (type: string, sender: Sender, reason: string) => void = () => {},
): (message: unknown, sender: Sender) => Promise<Result<unknown>> | undefined {
  const defs = directions[dir] as Record<string, { payload: Schema<unknown> }>;
  const table = handlers as Record<string, (payload: unknown, sender: Sender) => unknown>;
  return (message, sender) => {
    if (!isEnvelopeFor(message, dir)) {
      // Ours, addressed here, but unknown type or malformed: answer with an error, never crash.
      if (isOurs(message) && (message as { dir?: unknown }).dir === dir) {
        return Promise.resolve(failure('invalid', `unknown message type for ${dir}`));
      }
      return undefined;
    }
    if (!allowSender(sender)) return Promise.resolve(failure('forbidden', `sender may not send ${dir} messages`));
    const def = defs[message.type];
    const handler = table[message.type];
    if (!def || !handler) return Promise.resolve(failure('invalid', `no handler for ${message.type}`));
    const parsed = def.payload.parse(message.payload, 'payload');
    if (!parsed.ok) {
      const reason = `${message.type}: ${parsed.issue.path} ${parsed.issue.message}`;
      onRefused(message.type, sender, reason);
      return Promise.resolve(failure('invalid', reason));
    }
    return (async (): Promise<Result<unknown>> => {
      try {
        const value = await handler(parsed.value, sender);
        return { ok: true, value: value === undefined ? null : value };
      } catch (error) {
        if (error instanceof HandlerError) return failure(error.code, error.message);
        onError(error);
        return failure('internal', error instanceof Error ? error.message : String(error));
      }
    })();
  };
}

/** Registers `createListener(...)` on `runtime.onMessage`; returns a function that removes it. */
export function registerHandlers<D extends Direction>(
  dir: D,
  handlers: Handlers<(typeof directions)[D]>,
  allowSender: (sender: Sender) => boolean,
  onError?: (error: unknown) => void,
  onRefused?: (type: string, sender: Sender, reason: string) => void,
): () => void {
  const listener = createListener(dir, handlers, allowSender, onError, onRefused);
  const onMessage = browser.runtime.onMessage as unknown as {
    addListener(l: typeof listener): void;
    removeListener(l: typeof listener): void;
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}

function failure(code: ProtocolError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
