/**
 * The wire format of every message: `{ rl: 1, dir, type, payload }`. The marker and version let
 * each side ignore messages that are not ours (other extensions' pages share `runtime` messaging
 * in Firefox's extension pages) and refuse a future format instead of misreading it.
 */
import { directions, type Direction } from './protocol';

export const ENVELOPE_VERSION = 1;

export type Envelope = { rl: typeof ENVELOPE_VERSION; dir: Direction; type: string; payload: unknown };

export function makeEnvelope(dir: Direction, type: string, payload: unknown): Envelope {
  return { rl: ENVELOPE_VERSION, dir, type, payload };
}

/** Whether `value` is one of our envelopes for direction `dir` with a known message type. */
export function isEnvelopeFor(value: unknown, dir: Direction): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v['rl'] === ENVELOPE_VERSION &&
    v['dir'] === dir &&
    typeof v['type'] === 'string' &&
    Object.prototype.hasOwnProperty.call(directions[dir], v['type'])
  );
}

/** Whether `value` looks like one of ours at all (any direction, any type). */
export function isOurs(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)['rl'] === ENVELOPE_VERSION;
}
