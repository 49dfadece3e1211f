import { publicSuffixOf } from './public-suffix';

/**
 * Registrable domains ("eTLD+1") from the Public Suffix List (ICANN and PRIVATE sections, see public-suffix.ts),
 * so that www./m./amp. hosts and sister subdomains compare equal while two github.io blogs do not.
 */

/** Parses an http(s) URL (absolute or relative to `base`); null for anything else (javascript:, data:, junk). */
export function parseHttpUrl(raw: string | null | undefined, base?: string): URL | null {
  if (!raw) return null;
  const trimmed = raw.trim().replace(/[\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, '');
  if (!trimmed || trimmed.length > 4096) return null;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname || !url.hostname.includes('.')) return null;
    return url;
  } catch {
    return null;
  }
}

/** The http(s) href of `raw`, or undefined: every URL the analysis reports goes through this. */
export function toHttpUrl(raw: string | null | undefined, base?: string): string | undefined {
  return parseHttpUrl(raw, base)?.href;
}

/** Host without the www./m./amp. prefixes that do not change who publishes. */
export function normalizeHost(host: string): string {
  let h = host.toLowerCase().replace(/\.$/, '');
  for (;;) {
    const next = h.replace(/^(?:www\d?|m|mobile|amp|wap|3g)\./, '');
    if (next === h || !next.includes('.')) break;
    h = next;
  }
  // Google's AMP cache encodes the publisher host: www-example-com.cdn.ampproject.org.
  const amp = /^([a-z0-9-]+)\.cdn\.ampproject\.org$/.exec(h);
  if (amp?.[1]) h = amp[1].replace(/--/g, '\u0000').replace(/-/g, '.').replace(/\u0000/g, '-').replace(/^www\./, '');
  return h;
}

/** The registrable domain of a host: example.com for news.m.example.com, example.github.io for a.example.github.io. */
export function registrableDomain(host: string): string {
  const cached = registrableCache.get(host);
  if (cached !== undefined) return cached;
  const result = computeRegistrableDomain(host);
  // An analysis asks about the same few hosts hundreds of times; the cache is bounded for long-lived contexts.
  if (registrableCache.size >= 2048) registrableCache.clear();
  registrableCache.set(host, result);
  return result;
}

const registrableCache = new Map<string, string>();

function computeRegistrableDomain(host: string): string {
  const h = normalizeHost(host);
  if (/^[\d.]+$/.test(h) || h.includes(':')) return h;
  const { suffix } = publicSuffixOf(h);
  // The host is itself a public suffix (github.io, co.uk): nothing above it to register.
  if (suffix.length >= h.length) return h;
  const head = h.slice(0, h.length - suffix.length - 1);
  return `${head.slice(head.lastIndexOf('.') + 1)}.${suffix}`;
}

/** Whether two URLs or hosts belong to the same registrable domain. */
export function sameSite(a: string, b: string): boolean {
  const ha = a.includes('/') ? parseHttpUrl(a)?.hostname : a;
  const hb = b.includes('/') ? parseHttpUrl(b)?.hostname : b;
  if (!ha || !hb) return false;
  return registrableDomain(ha) === registrableDomain(hb);
}

/** Whether `host` is `suffix` or a subdomain of it. */
export function hostMatches(host: string, suffix: string): boolean {
  const h = host.toLowerCase();
  const s = suffix.toLowerCase();
  return h === s || h.endsWith('.' + s);
}

/** The main label of a registrable domain ("reuters" for reuters.com, "bbc" for bbc.co.uk). */
export function domainLabel(host: string): string {
  return registrableDomain(host).split('.')[0] ?? '';
}
