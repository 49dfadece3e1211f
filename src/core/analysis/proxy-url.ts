import proxyData from '../data/url-proxies.json';
import { hostMatches, parseHttpUrl } from './registrable-domain';

/**
 * Unwraps URLs served through CORS or image proxies (https://x.workers.dev/?http://cdn/…,
 * images.weserv.nl/?url=…, i0.wp.com/host/path, camo hex URLs), so that the *origin* host is scored
 * rather than the proxy: proxies are also used innocently, the wrapped host is what tells.
 */

type Proxy = { host: string; mode: string; params?: string[]; prefix?: boolean };
const PROXIES: Proxy[] = proxyData.proxies;

/** The proxy entry serving `host`, if any. */
function findProxy(host: string): Proxy | undefined {
  return PROXIES.find((p) => (p.prefix ? host.startsWith(p.host) : hostMatches(host, p.host)));
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Adds a scheme to "host/path" or "//host/path" forms found inside proxy URLs. */
function withScheme(s: string): string {
  if (/^https?:\/\//i.test(s)) return s;
  if (s.startsWith('//')) return 'https:' + s;
  return 'https://' + s;
}

function decodeHex(hex: string): string | null {
  if (!/^(?:[0-9a-f]{2})+$/i.test(hex)) return null;
  let out = '';
  for (let i = 0; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  return out;
}

/** One level of unwrapping: the wrapped http(s) URL, or null when `url` is not a known proxy URL. */
function unwrapOnce(url: URL): URL | null {
  const proxy = findProxy(url.hostname);
  if (!proxy) return null;
  switch (proxy.mode) {
    case 'query-any': {
      const q = url.search.slice(1);
      const m = /(?:^|[=&])((?:https?(?::|%3A)(?:\/\/|%2F%2F)|\/\/)[^&\s]+|https?:\/\/.*)$/i.exec(q);
      const inner = m?.[1] ?? (q.includes('.') ? q : '');
      return inner ? parseHttpUrl(withScheme(safeDecode(inner))) : null;
    }
    case 'param': {
      for (const name of proxy.params ?? []) {
        const v = url.searchParams.get(name);
        if (v) return parseHttpUrl(withScheme(v));
      }
      return null;
    }
    case 'path-url':
      return parseHttpUrl(withScheme(safeDecode(url.pathname.slice(1) + url.search)));
    case 'path-host':
      return parseHttpUrl('https://' + url.pathname.slice(1));
    case 'hex-path': {
      const last = url.pathname.split('/').pop() ?? '';
      const decoded = decodeHex(last);
      return decoded ? parseHttpUrl(decoded) : url.searchParams.get('url') ? parseHttpUrl(url.searchParams.get('url')) : null;
    }
    default:
      return null;
  }
}

/** Result of unwrapping: the origin URL and the proxy hosts passed on the way (empty when not proxied). */
export type Unwrapped = { url: URL; proxies: string[] };

/** Unwraps up to three nested proxies; returns the input unchanged (no proxies) when it is not proxied. */
export function unwrapProxyUrl(url: URL): Unwrapped {
  const proxies: string[] = [];
  let current = url;
  for (let i = 0; i < 3; i++) {
    const inner = unwrapOnce(current);
    if (!inner) break;
    proxies.push(current.hostname);
    current = inner;
  }
  return { url: current, proxies };
}
