import type { Finding } from './finding';
import { agencyByName, isAgencySelf } from './agency-table';
import { allMeta, readHeadMeta } from './head-meta';
import type { JsonLdInfo } from './json-ld';
import { nameForUrl } from './platform-table';
import { isPlaceholderName, normalizeName } from './normalize-name';
import { toHttpUrl } from './registrable-domain';
import { isSelfName, isSelfUrl, type SiteIdentity } from './site-identity';

/**
 * Machine-readable signals in the head and JSON-LD: cross-domain canonical / og:url / JSON-LD url,
 * original-source and syndication-source metas, Chinese CMS source metas, JSON-LD isBasedOn,
 * sourceOrganization, creditText, copyrightHolder and a publisher that is not the site.
 */

const HEAD = { kind: 'head' } as const;


/** A finding naming the publisher of a foreign URL. */
function urlFinding(signal: string, strength: Finding['strength'], raw: string, url: string, priority: number, kind: Finding['kind']): Finding {
  return { signal, strength, text: raw, location: HEAD, positive: true, priority, role: 'original', name: nameForUrl(url), url, kind };
}

/** Findings from head metas and links. */
export function findMetaSignals(doc: Document, pageUrl: string, site: SiteIdentity): Finding[] {
  const out: Finding[] = [];
  for (const raw of (readHeadMeta(doc).links.get('canonical') ?? []).slice(0, 2)) {
    const url = toHttpUrl(raw, pageUrl);
    if (url && !isSelfUrl(url, site)) out.push(urlFinding('canonical-cross-domain', 'A', raw, url, 80, 'syndicated'));
  }
  for (const raw of allMeta(doc, ['og:url', 'twitter:url'], 2)) {
    const url = toHttpUrl(raw, pageUrl);
    if (url && !isSelfUrl(url, site)) out.push(urlFinding('og-url-cross-domain', 'B', raw, url, 78, 'syndicated'));
  }
  for (const name of ['original-source', 'syndication-source']) {
    for (const raw of allMeta(doc, [name], 3)) {
      const url = toHttpUrl(raw, pageUrl);
      if (url && !isSelfUrl(url, site)) out.push(urlFinding(`meta-${name}`, 'A', raw, url, 92, 'syndicated'));
    }
  }
  // A section or tag named after an agency or syndicate ("Tribune Content Agency", "dpa-AFX").
  for (const raw of allMeta(doc, ['article:section', 'article:tag', 'news_keywords', 'parsely-section'], 12)) {
    for (const part of raw.split(/\s*[,;|]\s*/).slice(0, 12)) {
      const agency = part.length >= 3 ? agencyByName(part) : undefined;
      if (!agency || isAgencySelf(agency, site) || out.some((f) => f.signal === 'meta-section-agency')) continue;
      out.push({ signal: 'meta-section-agency', strength: 'A', text: raw, location: HEAD, positive: true, priority: 80, role: 'wire', name: agency.name, kind: agency.kind === 'release' ? 'press-release' : 'wire-copy' });
    }
  }
  // Chinese CMS metas: <meta name="source" content="来源：人民日报">, TRS ContentSource.
  for (const raw of allMeta(doc, ['source', 'contentsource'], 2)) {
    const name = normalizeName(raw.replace(/^\s*(?:来源|稿源|出处)\s*[：:]\s*/, ''));
    if (name && !isPlaceholderName(name) && !isSelfName(name, site) && !/^https?:/i.test(name)) {
      out.push({ signal: 'cms-source-meta', strength: 'B', text: raw, location: HEAD, positive: true, priority: 88, role: 'original', name, kind: 'aggregator' });
    }
  }
  return out;
}

/** Findings from the JSON-LD fields (read once by json-ld.ts). */
export function findJsonLdSignals(info: JsonLdInfo, pageUrl: string, site: SiteIdentity): Finding[] {
  const out: Finding[] = [];
  for (const raw of info.urls) {
    const url = toHttpUrl(raw, pageUrl);
    if (url && !isSelfUrl(url, site)) {
      out.push(urlFinding('jsonld-url-cross-domain', 'B', raw, url, 76, 'syndicated'));
      break;
    }
  }
  for (const b of info.isBasedOn.slice(0, 3)) {
    const url = toHttpUrl(b.url, pageUrl);
    if (url && isSelfUrl(url, site)) continue;
    const name = b.name ? normalizeName(b.name) : url ? nameForUrl(url) : undefined;
    if (!name && !url) continue;
    // A name read off the URL is judged by the URL (wired.co.uk is not wired.com); a stated one by name.
    if (b.name && name && isSelfName(name, site)) continue;
    out.push({ signal: 'jsonld-is-based-on', strength: 'A', text: b.url ?? b.name ?? '', location: HEAD, positive: true, priority: 90, role: 'original', name, url, kind: 'syndicated' });
  }
  const named: Array<[string, string | undefined, Finding['strength'], number]> = [
    ['jsonld-source-organization', info.sourceOrganization, 'B', 60],
    ['jsonld-credit-text', info.creditText, 'C', 55],
    ['jsonld-copyright-holder', info.copyrightHolder, 'C', 55],
    ['jsonld-publisher-not-site', info.foreignUrl ? undefined : info.publisherName, 'C', 50],
  ];
  for (const [signal, raw, strength, priority] of named) {
    const name = raw ? normalizeName(raw) : '';
    if (!raw || !name || isPlaceholderName(name) || isSelfName(name, site) || name.length > 40) continue;
    out.push({ signal, strength, text: raw, location: HEAD, positive: true, priority, role: 'original', name });
  }
  return out;
}
