/**
 * Small checks for untrusted JSON (imported files), each failing with a message that names the
 * place ("item 3: target.selector[0].exact"). `ImportError` is thrown only inside the import
 * module and turned into an `{ ok: false, error }` value at its boundary.
 */

export class ImportError extends Error {}

/** Keys that would reach an object's prototype if the data were merged or spread naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;

/**
 * Walks the parsed JSON and fails on a forbidden key anywhere (JSON.parse makes `"__proto__"`
 * an own property, so `Object.keys` sees it) or on nesting deeper than any valid export.
 */
export function assertSafeKeys(value: unknown): void {
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: value, path: '$', depth: 0 }];
  while (stack.length > 0) {
    const { v, path, depth } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > MAX_DEPTH) throw new ImportError(`${path}: nested too deeply`);
    if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ v: item, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) throw new ImportError(`${path}: forbidden key "${key}"`);
      stack.push({ v: (v as Record<string, unknown>)[key], path: `${path}.${key}`, depth: depth + 1 });
    }
  }
}

/** A plain object (not an array, not null). */
export function obj(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ImportError(`${where}: must be an object`);
  return value as Record<string, unknown>;
}

/** A string of bounded length. */
export function str(value: unknown, where: string, min: number, max: number): string {
  if (typeof value !== 'string') throw new ImportError(`${where}: must be a string`);
  if (value.length < min) throw new ImportError(min === 1 ? `${where}: must not be empty` : `${where}: shorter than ${min} characters`);
  if (value.length > max) throw new ImportError(`${where}: longer than ${max} characters`);
  return value;
}

/** A non-negative safe integer not above `max`. */
export function int(value: unknown, where: string, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new ImportError(`${where}: must be a non-negative integer`);
  if (value > max) throw new ImportError(`${where}: larger than ${max}`);
  return value;
}

/** An absolute http(s) URL. */
export function httpUrl(value: unknown, where: string): string {
  const s = str(value, where, 1, 8192);
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    throw new ImportError(`${where}: not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ImportError(`${where}: only http(s) URLs are accepted`);
  return s;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 date-time (with time zone) as ms since epoch, not before 1970. */
export function isoDate(value: unknown, where: string): number {
  const s = str(value, where, 1, 40);
  const ms = ISO_DATE.test(s) ? Date.parse(s) : NaN;
  if (!Number.isFinite(ms)) throw new ImportError(`${where}: not an ISO 8601 date-time ("${s.slice(0, 40)}")`);
  if (ms < 0) throw new ImportError(`${where}: before 1970`);
  return ms;
}
