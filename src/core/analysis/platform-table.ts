import platformData from '../data/platforms.json';
import cdnData from '../data/cdn-hosts.json';
import { hostMatches, parseHttpUrl, registrableDomain } from './registrable-domain';
import { nameKey } from './normalize-name';

/** Look-ups into the platform / outlet / wire table (src/core/data/platforms.json). */

export type PlatformEntry = {
  id: string;
  name: string;
  aliases: string[];
  kind: 'platform' | 'outlet' | 'wire';
  domains: string[];
  boilerplate?: string[];
};

export const PLATFORMS: readonly PlatformEntry[] = platformData.entries as PlatformEntry[];

let byKey: Map<string, PlatformEntry> | null = null;

/** The entry whose name or alias has the same key as `name`. */
export function findPlatformByName(name: string): PlatformEntry | undefined {
  return findPlatformByKey(nameKey(name));
}

/** The entry whose name or alias has this `nameKey`. */
export function findPlatformByKey(key: string): PlatformEntry | undefined {
  if (!byKey) {
    byKey = new Map();
    for (const e of PLATFORMS) for (const n of [e.name, ...e.aliases]) byKey.set(nameKey(n), e);
  }
  return key ? byKey.get(key) : undefined;
}

let byDomain: Map<string, PlatformEntry> | null = null;

/** The entry one of whose domains the host belongs to (longest domain wins: mp.weixin.qq.com over qq.com). */
export function findPlatformByHost(host: string): PlatformEntry | undefined {
  if (!byDomain) {
    byDomain = new Map();
    // The first entry listing a domain keeps it, as the linear scan with a strict `>` did.
    for (const e of PLATFORMS) for (const d of e.domains) if (!byDomain.has(d.toLowerCase())) byDomain.set(d.toLowerCase(), e);
  }
  // hostMatches(host, d) is "host is d or ends with .d": try host, then each suffix after a dot, longest first.
  let h = host.toLowerCase();
  for (;;) {
    const e = byDomain.get(h);
    if (e) return e;
    const dot = h.indexOf('.');
    if (dot < 0) return undefined;
    h = h.slice(dot + 1);
  }
}

/** The entry by id. */
export function platformById(id: string): PlatformEntry | undefined {
  return PLATFORMS.find((e) => e.id === id);
}

/** The platform whose CDN (or republishing pixel) serves `host`. */
export function findCdnPlatform(host: string): { entry: PlatformEntry; pixel: boolean } | undefined {
  for (const c of cdnData.pixels) if (hostMatches(host, c.host)) {
    const entry = platformById(c.platform);
    if (entry) return { entry, pixel: true };
  }
  for (const c of cdnData.cdn) if (hostMatches(host, c.host)) {
    const entry = platformById(c.platform);
    if (entry) return { entry, pixel: false };
  }
  return undefined;
}

/** A display name for the publisher of a URL: the table's name for its host, else its registrable domain. */
export function nameForUrl(url: string): string | undefined {
  const host = parseHttpUrl(url)?.hostname;
  if (!host) return undefined;
  return findPlatformByHost(host)?.name ?? registrableDomain(host);
}
