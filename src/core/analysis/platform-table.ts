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
  if (!byKey) {
    byKey = new Map();
    for (const e of PLATFORMS) for (const n of [e.name, ...e.aliases]) byKey.set(nameKey(n), e);
  }
  const key = nameKey(name);
  return key ? byKey.get(key) : undefined;
}

/** The entry one of whose domains the host belongs to (longest domain wins: mp.weixin.qq.com over qq.com). */
export function findPlatformByHost(host: string): PlatformEntry | undefined {
  let best: PlatformEntry | undefined;
  let bestLen = 0;
  for (const e of PLATFORMS) {
    for (const d of e.domains) {
      if (d.length > bestLen && hostMatches(host, d)) {
        best = e;
        bestLen = d.length;
      }
    }
  }
  return best;
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
