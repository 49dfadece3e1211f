import { elementsByClass } from './class-index';
import { firstMeta } from './head-meta';
import type { JsonLdInfo } from './json-ld';
import { agencyByName } from './agency-table';
import { findPlatformByHost, findPlatformByKey, findPlatformByName } from './platform-table';
import { isOwnPlaceholder, nameKey, normalizeName } from './normalize-name';
import { domainLabel, hostMatches, parseHttpUrl, registrableDomain } from './registrable-domain';

/**
 * Who this page says it is: the names, domain, byline and date of the site itself. Used for the
 * self-reference guard (来源：本站, 新华社 on xinhuanet, "(Reuters)" on reuters.com are not reposts)
 * and for the `site` part of the result.
 */
export type SiteIdentity = {
  host: string;
  domain: string;
  names: string[];
  name?: string;
  author?: string;
  date?: string;
  title?: string;
  keys: Set<string>;
};

const SEPARATORS = /\s+[|\-–—·•]\s+|\s*[｜|]\s*/;

/** The site name carried in a `<title>` suffix ("Story | Site", "标题_网易新闻"). */
export function titleSuffix(title: string): string | undefined {
  const parts = title.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  let last = parts.length > 1 ? parts[parts.length - 1] : undefined;
  if (!last && !/_\s*$/.test(title)) {
    const u = title.split('_').map((p) => p.trim());
    if (u.length > 1) last = u[u.length - 1];
  }
  return last && last.length >= 2 && last.length <= 30 ? last : undefined;
}

const meta = firstMeta;

/** Footer-like elements, found with the fast live collections rather than attribute selectors. */
function footerElements(doc: Document): Element[] {
  const out: Element[] = [];
  const tags = doc.getElementsByTagName('footer');
  for (let i = 0; i < tags.length && i < 3; i++) out.push(tags[i] as Element);
  const byId = doc.getElementById('footer');
  if (byId) out.push(byId);
  const byClass = elementsByClass(doc);
  out.push(...(byClass.get('footer') ?? []), ...(byClass.get('copyright') ?? []));
  return out.slice(0, 6);
}

/** Copyright owner named in the page footer (© 2024 Example Media). */
function footerOwner(doc: Document): string | undefined {
  for (const footer of footerElements(doc)) {
    const text = (footer.textContent ?? '').slice(0, 2000);
    const m = /(?:©|\(c\)|Copyright|版权所有)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?([^\n·|,，.。©\d][^\n·|,，。©]{1,40}?)(?=\s*(?:[·|,，。\n]|All rights|版权所有|Powered|\d{4}|$))/i.exec(text);
    if (m?.[1]) return m[1].replace(/\s*(?:版权所有|版權所有|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados).*$/iu, '').trim() || undefined;
  }
  return undefined;
}

/**
 * The name on the site's logo: the alt text of a logo image linking to the site's home page
 * (first images only). A partner's logo links elsewhere and names the partner, not the site.
 */
function logoName(doc: Document, url: string): string | undefined {
  const imgs = doc.getElementsByTagName('img');
  const own = parseHttpUrl(url);
  for (let i = 0; i < imgs.length && i < 40; i++) {
    const img = imgs[i] as Element;
    const alt = img.getAttribute('alt')?.trim();
    if (!alt || alt.length > 40) continue;
    const hint = `${img.getAttribute('class') ?? ''} ${img.getAttribute('src') ?? ''} ${img.parentElement?.getAttribute('class') ?? ''} ${img.id}`;
    if (!/logo/i.test(hint)) continue;
    const href = parseHttpUrl(img.closest('a[href]')?.getAttribute('href'), url);
    if (href && own && registrableDomain(href.hostname) === registrableDomain(own.hostname) && /^\/?(?:index\.\w+)?$/.test(href.pathname)) {
      return alt.replace(/\s*(?:logo|ロゴ|标志)$/i, '');
    }
  }
  return undefined;
}

/** Builds the identity of the page at `url`. */
export function getSiteIdentity(doc: Document, url: string, jsonLd: JsonLdInfo): SiteIdentity {
  const host = parseHttpUrl(url)?.hostname ?? '';
  const domain = host ? registrableDomain(host) : '';
  const names: string[] = [];
  // An agency named in the page's metadata or footer (JSON-LD publisher copied with the story,
  // "© 2019 The Associated Press") is the site only on the agency's own domain.
  const notForeignAgency = (v: string): boolean => {
    const agency = agencyByName(v);
    return !agency || (!!host && agency.domains.some((d) => hostMatches(host, d)));
  };
  const add = (n: string | undefined): void => {
    const v = n ? normalizeName(n) : '';
    if (v && !names.includes(v) && notForeignAgency(v)) names.push(v);
  };
  const siteName = meta(doc, ['og:site_name', 'application-name', 'apple-mobile-web-app-title']);
  add(siteName);
  // Names the site also goes by, used to recognize it (not to display it): publisher metas, the
  // Twitter handle, the logo's alt text.
  const aliases: string[] = [];
  for (const m of [meta(doc, ['publisher', 'dc.publisher', 'copyright']), meta(doc, ['twitter:site'])?.replace(/^@/, ''), logoName(doc, url)]) {
    if (m && m.length <= 40 && !/^https?:/i.test(m)) aliases.push(m.replace(/^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?/i, '').replace(/^(?:go to|zur|zu|vers|ir a|vai a|到)\s*/i, '').replace(/(?:首页|home\s*page|homepage|startseite)$/i, ''));
  }
  const title = doc.title?.trim() || meta(doc, ['og:title']);
  if (doc.title) add(titleSuffix(doc.title));
  const hostEntry = host ? findPlatformByHost(host) : undefined;
  if (hostEntry) [hostEntry.name, ...hostEntry.aliases].forEach(add);
  // JSON-LD publisher names the site, unless the JSON-LD itself was copied from another domain.
  if (jsonLd.publisherName && !jsonLd.foreignUrl) add(jsonLd.publisherName);
  const owner = footerOwner(doc);
  const ownerEntry = owner ? findPlatformByName(owner) : undefined;
  // A wire's © in a footer is a licence line, not the site's name.
  if (owner && !(ownerEntry?.kind === 'wire' && !ownerEntry.domains.some((d) => hostMatches(host, d)))) add(owner);
  const keys = new Set([...names, ...aliases.filter(notForeignAgency)].map(nameKey).filter(Boolean));
  if (domain) {
    keys.add(domainLabel(host));
    keys.add(nameKey(domain));
  }
  const author = meta(doc, ['author', 'article:author', 'parsely-author', 'dc.creator']) ?? jsonLd.authorName;
  const date = meta(doc, ['article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date'])
    ?? jsonLd.datePublished ?? doc.getElementsByTagName('time')[0]?.getAttribute('datetime') ?? undefined;
  return {
    host,
    domain,
    names,
    name: names[0],
    author: author && !/^https?:/i.test(author) ? normalizeName(author) || undefined : undefined,
    date: date?.trim() || undefined,
    title: title || undefined,
    keys,
  };
}

/**
 * What may surround the site's name in another name of the same site: "Blog Example.Com",
 * "EXAMPLE Online", 某某商报 in 某某商报传媒有限公司. Anything else (Gazeta Handlowa beside
 * Kurier, UK beside EXAMPLE) makes another title, a sister title that counts as another party.
 */
const GENERIC_LATIN = /^(?:blog|online|news|nachrichten|noticias|notizie|actualites|media|medien|digital|web|website|site|portal|magazin|magazine|revista|rivista|tv|de|com|net|org|info|gmbh|ag|verlag|inc|ltd|llc|sa|srl|group|gruppe|grupo|groupe|redaktion|redaccion|redazione|redaction|editorial|official|the|daily)+$/u;
const GENERIC_CJK = /(?:股份有限公司|有限责任公司|有限公司|集团|公司|网络传媒|传媒|网站|新闻网|官网|客户端|网|網)$/u;

/** Whether `name` designates the site itself (its names, its domain, 本站/本报…). */
export function isSelfName(name: string, site: SiteIdentity): boolean {
  if (isOwnPlaceholder(name)) return true;
  const key = nameKey(name);
  if (!key) return false;
  if (site.keys.has(key)) return true;
  // "Blog DoSchu.Com" on doschu.com, 当代商报 on 当代商报南京网络传媒有限公司's site: the site's name
  // inside the name (or the reverse) with only generic words around it.
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u.test(key);
  for (const k of site.keys) {
    const [long, short] = key.length >= k.length ? [key, k] : [k, key];
    if (short.length < (cjk ? 3 : 4) || !long.includes(short)) continue;
    const rest = long.replace(short, '');
    if (cjk ? long.startsWith(short) && GENERIC_CJK.test(long) : GENERIC_LATIN.test(rest)) return true;
  }
  const entry = findPlatformByKey(key);
  return !!entry && !!site.host && entry.domains.some((d) => hostMatches(site.host, d));
}

/** Whether a URL is on the site itself. */
export function isSelfUrl(url: string, site: SiteIdentity): boolean {
  const host = parseHttpUrl(url)?.hostname;
  return !!site.host && !!host && registrableDomain(host) === site.domain;
}
