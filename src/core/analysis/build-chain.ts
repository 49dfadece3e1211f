import type { Finding } from './finding';
import type { Hop, HopRole, OriginalSource } from './types';
import { agencyByName } from './agency-table';
import { normalizeDate } from './dates';
import { isValidHopName } from './hop-name';
import { nameKey } from './normalize-name';
import { findPlatformByName } from './platform-table';
import { isSelfName, isSelfUrl, type SiteIdentity } from './site-identity';

/**
 * Orders the parties named by the findings into the attribution chain, from the original to this
 * page: original (or the wire that first carried it) → author → wire → editor → platform →
 * reprinter → this site. Same names merge (IT 之家 = IT之家; "The Aviationist" = theaviationist.com).
 */

/** Editor lines of the page's own staff (责任编辑, 责编), as opposed to 经X编辑 in a reprint statement. */
const STAFF_EDITOR = /^\s*(?:责任编辑|责编|責任編輯|編集担当)/u;

/** Names from the tables (agencies, platforms) may be short lower-case tokens such as "dpa". */
function isKnownName(name: string): boolean {
  return !!agencyByName(name) || !!findPlatformByName(name);
}

const ROLE_RANK: Record<HopRole, number> = { original: 0, author: 1, wire: 2, editor: 3, platform: 4, reprinter: 5, 'this-site': 6 };

/** Whether two names designate the same party. */
export function sameEntity(a: string, b: string, key: (name: string) => string = nameKey): boolean {
  const ka = key(a);
  const kb = key(b);
  if (!ka || !kb) return false;
  if (ka === kb || ka === 'the' + kb || kb === 'the' + ka) return true;
  return ka.length >= 4 && kb.length >= 4 && (ka.includes(kb) || kb.includes(ka));
}

/** The finding that names the original: highest priority, then strongest, then earliest. */
export function pickOrigin(findings: Finding[]): Finding | undefined {
  let best: Finding | undefined;
  for (const f of findings) {
    if (!f.name || f.priority <= 0 || (f.role !== 'original' && f.role !== 'wire' && f.role !== 'platform')) continue;
    if (!isValidHopName(f.name, isKnownName(f.name))) continue;
    if (!best || f.priority > best.priority) best = f;
  }
  return best;
}

/** Signals whose URL is itself the claim (canonical, og:url, 原文链接…), usable when no name matches. */
const URL_CLAIMS = new Set(['canonical-cross-domain', 'og-url-cross-domain', 'jsonld-url-cross-domain', 'meta-original-source', 'meta-syndication-source', 'jsonld-is-based-on', 'zh-original-link']);

const isHomepage = (u: string): boolean => /^https?:\/\/[^/]+\/?(?:[?#].*)?$/i.test(u);

/**
 * The original's URL: from statements naming the same party (deep links before home pages), else,
 * unless a wire is the origin, from a URL claim such as a cross-domain canonical.
 */
function pickOriginalUrl(findings: Finding[], origin: Finding | undefined, name: string, key: (name: string) => string): string | undefined {
  const same = findings
    .filter((f) => f.url && (f === origin || (f.name && sameEntity(f.name, name, key))))
    .sort((a, b) => b.priority - a.priority)
    .map((f) => f.url as string);
  const deep = same.find((u) => !isHomepage(u));
  if (deep) return deep;
  if (origin?.role !== 'wire') {
    const claim = findings.filter((f) => f.url && URL_CLAIMS.has(f.signal) && !isHomepage(f.url)).sort((a, b) => b.priority - a.priority)[0];
    if (claim?.url) return claim.url;
  }
  return same[0];
}

export type ChainResult = { chain: Hop[]; original: OriginalSource };

/** Builds the chain and the `original` block. `ids` maps each finding to its evidence id. */
export function buildChain(findings: Finding[], ids: Map<Finding, string>, site: SiteIdentity, pageUrl: string, isRepost: boolean): ChainResult {
  const hops: Array<Hop & { rank: number; order: number }> = [];
  // Names are compared pairwise: their keys are computed once per call.
  const keys = new Map<string, string>();
  const key = (name: string): string => {
    let k = keys.get(name);
    if (k === undefined) keys.set(name, (k = nameKey(name)));
    return k;
  };
  let order = 0;
  const add = (role: HopRole, name: string, url: string | undefined, f: Finding, rankOverride?: number): void => {
    // Every hop names an organization or a person, and none is the page's own site.
    // A hop with an off-site URL is another party even when its name reads like the site's (example.co.uk on Example).
    if (!isValidHopName(name, isKnownName(name)) || ((!url || isSelfUrl(url, site)) && isSelfName(name, site))) return;
    const id = ids.get(f);
    const existing = hops.find((h) => sameEntity(h.name, name, key));
    const rank = rankOverride ?? ROLE_RANK[role];
    if (existing) {
      if (id && !existing.evidence.includes(id)) existing.evidence.push(id);
      existing.url ??= url;
      if (rank < existing.rank) Object.assign(existing, { role, rank });
      return;
    }
    hops.push({ role, name, ...(url ? { url } : {}), evidence: id ? [id] : [], rank, order: order++ });
  };
  const origin = isRepost ? pickOrigin(findings) : undefined;
  if (origin?.name) {
    // The first hop: a wire or platform that is the earliest known source still goes first.
    add(origin.role === 'wire' ? 'wire' : origin.role === 'platform' ? 'platform' : 'original', origin.name, origin.url, origin, -1);
  }
  if (isRepost) {
    const sorted = [...findings].sort((a, b) => b.priority - a.priority);
    for (const f of sorted) {
      for (const o of f.others ?? []) add(o.role, o.name, o.url, f);
      if (!f.name || !f.role || f === origin) continue;
      // A portal's 责任编辑 is its own staff, not a hop the text passed through.
      if (f.role === 'editor' && STAFF_EDITOR.test(f.text)) continue;
      // Other origin candidates with another name are intermediaries (a canonical to a sister paper).
      const role: HopRole = f.role === 'original' ? (f.priority >= 60 ? 'reprinter' : 'original') : f.role;
      if (role === 'author' && hops.some((h) => h.role === 'author')) continue;
      if (role === 'editor' && hops.filter((h) => h.role === 'editor').length >= 2) continue;
      add(role, f.name, f.url, f);
    }
  }
  const chain: Hop[] = hops
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ rank: _r, order: _o, ...h }) => h);
  chain.push({ role: 'this-site', name: site.name ?? site.domain ?? pageUrl, url: pageUrl, evidence: [] });

  const original: OriginalSource = {};
  if (isRepost && chain.length > 1) {
    const first = chain[0] as Hop;
    original.publisher = first.name;
    const url = pickOriginalUrl(findings, origin, first.name, key);
    if (url) original.url = url;
    const author = origin?.author ?? chain.find((h) => h.role === 'author')?.name;
    if (author) original.author = author;
    const title = findings.find((f) => f.title)?.title;
    if (title) original.title = title;
    const date = origin?.date
      ?? findings.find((f) => f.date && f.name && sameEntity(f.name, first.name, key))?.date
      // Wire copy runs the day the wire sends it: the page's own date is the wire's.
      ?? (origin?.role === 'wire' ? site.date : undefined);
    const iso = normalizeDate(date);
    if (iso) original.date = iso;
  }
  return { chain, original };
}
