import type { Finding } from './finding';
import { findCdnPlatform, findPlatformByHost } from './platform-table';
import { unwrapProxyUrl } from './proxy-url';
import { hostMatches, parseHttpUrl } from './registrable-domain';
import type { SiteIdentity } from './site-identity';

/**
 * Fingerprints in URLs: images and scripts served from a content platform's CDN (static.1sapp.com
 * = 趣头条, zkres*.myzaker.com = ZAKER, mmbiz.qpic.cn = WeChat…), also when wrapped in a CORS or image
 * proxy, and the tracking pixels of republishing programmes (The Conversation, ProPublica).
 */

const SOURCES: Array<[string, string[]]> = [
  ['img', ['src', 'data-src', 'data-original', 'data-actualsrc', 'data-original-src', 'data-lazy-src']],
  ['script', ['src']],
  ['source', ['src']],
];
const MAX_PER_TAG = 1500;

/** Whether the page itself is the platform (its own CDN is not a sign of copying). */
function onPlatformSite(site: SiteIdentity, domains: string[]): boolean {
  return !!site.host && domains.some((d) => hostMatches(site.host, d));
}

/** CDN, proxy and pixel findings, at most one per platform and signal. */
export function findUrlSignals(doc: Document, pageUrl: string, site: SiteIdentity): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  let proxied: Finding | undefined;
  const pageEntry = site.host ? findPlatformByHost(site.host) : undefined;
  for (const [tag, attrs] of SOURCES) {
    const els = doc.getElementsByTagName(tag);
    for (let i = 0; i < els.length && i < MAX_PER_TAG; i++) {
      const el = els[i] as Element;
      for (const attr of attrs) {
        const raw = el.getAttribute(attr);
        if (!raw || raw.length > 4096 || raw.startsWith('data:')) continue;
        const parsed = parseHttpUrl(raw, pageUrl);
        if (!parsed) continue;
        const { url, proxies } = unwrapProxyUrl(parsed);
        const location = { kind: 'element' as const, selector: tag, nth: i, attribute: attr };
        if (proxies.length && !proxied) {
          proxied = { signal: 'proxied-image', strength: 'C', text: raw, location, positive: true, priority: 0, kind: 'mirror' };
        }
        const hit = findCdnPlatform(url.hostname);
        if (!hit || onPlatformSite(site, hit.entry.domains) || hit.entry === pageEntry) continue;
        const signal = hit.pixel ? 'republish-pixel' : proxies.length ? 'proxied-platform-cdn' : 'platform-cdn';
        const key = signal + hit.entry.id;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          signal, strength: hit.pixel ? 'A' : 'B', text: raw, location, positive: true,
          priority: hit.pixel ? 90 : 30, role: hit.pixel ? 'original' : 'platform', name: hit.entry.name,
          kind: hit.pixel ? 'republished-with-permission' : 'mirror',
        });
      }
    }
  }
  // The proxy only matters when it hides a platform host; otherwise it is a hot-link fix.
  if (proxied && out.some((f) => f.signal === 'proxied-platform-cdn')) out.push(proxied);
  return out;
}
