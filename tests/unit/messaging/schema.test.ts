import { describe, expect, it } from 'vitest';
import { s } from '../../../src/messaging/schema';

describe('schema', () => {
  const point = s.object({ x: s.number({ integer: true }), label: s.optional(s.string({ max: 5 })) });

  it('accepts valid data and drops unknown keys', () => {
    expect(point.parse({ x: 1, label: 'a', extra: true })).toEqual({ ok: true, value: { x: 1, label: 'a' } });
  });

  it('names the failing path', () => {
    const r = s.array(point).parse([{ x: 1 }, { x: 1.5 }]);
    expect(r).toEqual({ ok: false, issue: { path: '$[1].x', message: 'expected an integer' } });
  });

  it('refuses prototype-polluting keys', () => {
    const hostile = JSON.parse('{"x":1,"__proto__":{"polluted":true}}');
    const r = point.parse(hostile);
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('accepts only http(s) URLs', () => {
    const url = s.httpUrl();
    expect(url.parse('https://example.com/a').ok).toBe(true);
    expect(url.parse('javascript:alert(1)').ok).toBe(false);
    expect(url.parse('data:text/html,hi').ok).toBe(false);
    expect(url.parse('not a url').ok).toBe(false);
  });

  it('bounds strings, arrays and numbers', () => {
    expect(s.string({ max: 3 }).parse('abcd').ok).toBe(false);
    expect(s.array(s.number(), { max: 2 }).parse([1, 2, 3]).ok).toBe(false);
    expect(s.number().parse(Number.NaN).ok).toBe(false);
    expect(s.number({ min: 0 }).parse(-1).ok).toBe(false);
  });

  it('picks the matching union member', () => {
    const u = s.union(s.object({ kind: s.literal('a'), n: s.number() }), s.object({ kind: s.literal('b') }));
    expect(u.parse({ kind: 'b' })).toEqual({ ok: true, value: { kind: 'b' } });
    expect(u.parse({ kind: 'c' }).ok).toBe(false);
  });
});
