import suffixData from '../data/public-suffixes.json';

/**
 * Registrable domains ("eTLD+1") with a small public-suffix table, so that www./m./amp. hosts and
 * sister subdomains compare equal while two github.io blogs do not.
 */

const MULTI_PART_SUFFIXES = new Set<string>(suffixData.suffixes);

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
  const h = normalizeHost(host);
  if (/^[\d.]+$/.test(h) || h.includes(':')) return h;
  const labels = h.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const suffix = labels.slice(i + 1).join('.');
    if (MULTI_PART_SUFFIXES.has(suffix)) return labels.slice(i).join('.');
  }
  return labels.slice(-2).join('.');
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
