/**
 * A very small runtime schema library: every message that crosses a context boundary is checked
 * against one of these before a handler sees it, an imported file's records are checked by the
 * same record definitions (records.ts), and the TypeScript types are inferred from the same
 * definitions, so the check and the type can never drift apart. Pure (no browser APIs), so the
 * core, the messaging layer and the settings repair can share it; small, so content code stays small.
 */
import { LIMITS } from '../limits';

export type Issue = { path: string; message: string };
export type Parsed<T> = { ok: true; value: T } | { ok: false; issue: Issue };

export type Schema<T> = {
  /** Checks `input`; on success returns a value safe to use (plain data, no prototype tricks). */
  parse(input: unknown, path?: string): Parsed<T>;
};

export type Infer<S> = S extends Schema<infer T> ? T : never;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (path: string, message: string): Parsed<never> => ({ ok: false, issue: { path, message } });

/** Keys that would let data reach an object's prototype if copied naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const s = {
  string(opts: { max?: number; min?: number } = {}): Schema<string> {
    const max = opts.max ?? 100_000;
    const min = opts.min ?? 0;
    return {
      parse: (v, path = '$') =>
        typeof v !== 'string' ? fail(path, 'expected a string')
          : v.length > max ? fail(path, `longer than ${max} characters`)
            : v.length < min ? fail(path, `shorter than ${min} characters`) : ok(v),
    };
  },
  number(opts: { min?: number; max?: number; integer?: boolean } = {}): Schema<number> {
    return {
      parse: (v, path = '$') => {
        if (typeof v !== 'number' || !Number.isFinite(v)) return fail(path, 'expected a finite number');
        if (opts.integer && !Number.isInteger(v)) return fail(path, 'expected an integer');
        if (opts.min !== undefined && v < opts.min) return fail(path, `less than ${opts.min}`);
        if (opts.max !== undefined && v > opts.max) return fail(path, `greater than ${opts.max}`);
        return ok(v);
      },
    };
  },
  boolean(): Schema<boolean> {
    return { parse: (v, path = '$') => (typeof v === 'boolean' ? ok(v) : fail(path, 'expected a boolean')) };
  },
  literal<const T extends string | number | boolean>(...values: T[]): Schema<T> {
    return {
      parse: (v, path = '$') =>
        values.includes(v as T) ? ok(v as T) : fail(path, `expected one of ${values.map((x) => JSON.stringify(x)).join(', ')}`),
    };
  },
  /** A canonical UUID (8-4-4-4-12 hex digits); returned lower-case, so ids differing in case are one id. */
  uuid(): Schema<string> {
    return {
      parse: (v, path = '$') =>
        typeof v === 'string' && UUID.test(v) ? ok(v.toLowerCase()) : fail(path, 'expected a UUID'),
    };
  },
  /** A time in ms since 1970 (integer) that ISO 8601 can write with a 4-digit year. */
  time(): Schema<number> {
    return s.number({ integer: true, min: 0, max: LIMITS.time });
  },
  /** An http(s) URL (anything else, e.g. javascript:, is refused). */
  httpUrl(): Schema<string> {
    return {
      parse: (v, path = '$') => {
        if (typeof v !== 'string' || v.length > LIMITS.url) return fail(path, 'expected a URL string');
        try {
          const u = new URL(v);
          return u.protocol === 'http:' || u.protocol === 'https:' ? ok(v) : fail(path, 'only http(s) URLs are allowed');
        } catch {
          return fail(path, 'not a valid URL');
        }
      },
    };
  },
  optional<T>(inner: Schema<T>): Schema<T | undefined> {
    return { parse: (v, path = '$') => (v === undefined ? ok(undefined) : inner.parse(v, path)) };
  },
  nullable<T>(inner: Schema<T>): Schema<T | null> {
    return { parse: (v, path = '$') => (v === null ? ok(null) : inner.parse(v, path)) };
  },
  array<T>(inner: Schema<T>, opts: { max?: number } = {}): Schema<T[]> {
    const max = opts.max ?? 10_000;
    return {
      parse: (v, path = '$') => {
        if (!Array.isArray(v)) return fail(path, 'expected an array');
        if (v.length > max) return fail(path, `more than ${max} items`);
        const out: T[] = [];
        for (let i = 0; i < v.length; i++) {
          const r = inner.parse(v[i], `${path}[${i}]`);
          if (!r.ok) return r;
          out.push(r.value);
        }
        return ok(out);
      },
    };
  },
  /** A plain object with exactly the listed keys (unknown keys are dropped, forbidden keys refused). */
  object<Shape extends Record<string, Schema<unknown>>>(shape: Shape): Schema<ObjectOf<Shape>> {
    return {
      parse: (v, path = '$') => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, 'expected an object');
        for (const key of Object.keys(v)) {
          if (FORBIDDEN_KEYS.has(key)) return fail(`${path}.${key}`, 'forbidden key');
        }
        const out: Record<string, unknown> = {};
        for (const [key, schema] of Object.entries(shape)) {
          const r = schema.parse((v as Record<string, unknown>)[key], `${path}.${key}`);
          if (!r.ok) return r;
          if (r.value !== undefined) out[key] = r.value;
        }
        return ok(out as ObjectOf<Shape>);
      },
    };
  },
  /** `inner`, then a check on the whole value (e.g. `end > start`). */
  refine<T>(inner: Schema<T>, check: (value: T) => string | null): Schema<T> {
    return {
      parse: (v, path = '$') => {
        const r = inner.parse(v, path);
        if (!r.ok) return r;
        const problem = check(r.value);
        return problem ? fail(path, problem) : r;
      },
    };
  },
  /** One of several shapes (e.g. told apart by a literal `kind`): the first that accepts wins. */
  union<const S extends readonly Schema<unknown>[]>(...options: S): Schema<Infer<S[number]>> {
    return {
      parse: (v, path = '$') => {
        let last: Parsed<unknown> = fail(path, 'matched no alternative');
        for (const option of options) {
          last = option.parse(v, path);
          if (last.ok) return last as Parsed<Infer<S[number]>>;
        }
        return last as Parsed<Infer<S[number]>>;
      },
    };
  },
};

type OptionalKeys<Shape extends Record<string, Schema<unknown>>> = {
  [K in keyof Shape]: undefined extends Infer<Shape[K]> ? K : never;
}[keyof Shape];
type RequiredKeys<Shape extends Record<string, Schema<unknown>>> = Exclude<keyof Shape, OptionalKeys<Shape>>;

export type ObjectOf<Shape extends Record<string, Schema<unknown>>> = {
  [K in RequiredKeys<Shape>]: Infer<Shape[K]>;
} & {
  [K in OptionalKeys<Shape>]?: Infer<Shape[K]>;
};
