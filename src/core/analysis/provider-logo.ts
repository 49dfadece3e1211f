import type { Finding } from './finding';
import { PROVIDER_LOGO, elementsByClass } from './class-index';
import { isValidHopName } from './hop-name';
import { isPlaceholderName, normalizeName } from './normalize-name';
import { findPlatformByHost } from './platform-table';
import { domainLabel, parseHttpUrl } from './registrable-domain';
import { isSelfName, isSelfUrl, type SiteIdentity } from './site-identity';

/**
 * A content provider's logo on a portal or partner network: the article box carries another publication's
 * logo, linked to that publication's home page ("partnerlogo", "provider-logo" boxes of portals that run
 * partners' articles). It names who supplied the article. Two checks keep it to that: the logo's name must
 * be the linked site's own name (alt "Real Simple" → realsimple.com, not an ad for a shop), and the link
 * must go to another site's home page (a logo linked to an article is a teaser, to this site is the masthead).
 */

/** Letters and digits only, lower case: "NeoL／ネオエル" → "neol", "Real Simple" → "realsimple". */
const compact = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Whether a logo's name is the name of the site it links to. */
function namesDomain(name: string, host: string): boolean {
  const label = compact(domainLabel(host));
  const n = compact(name);
  if (label.length < 3 || n.length < 3) return false;
  return n === label || (n.length >= 4 && (label.startsWith(n) || n.startsWith(label)));
}

export function findProviderLogos(doc: Document, pageUrl: string, site: SiteIdentity): Finding[] {
  const boxes = elementsByClass(doc).get(PROVIDER_LOGO) ?? [];
  const out: Finding[] = [];
  for (let i = 0; i < boxes.length && out.length === 0; i++) {
    const box = boxes[i] as Element;
    const link = box.closest('a[href]') ?? box.querySelector('a[href]');
    const url = parseHttpUrl(link?.getAttribute('href'), pageUrl);
    if (!link || !url || isSelfUrl(url.href, site)) continue;
    // A home page (or a language root): the publication itself, not one of its articles.
    if (!/^\/?(?:[a-z]{2}(?:-[a-z]{2})?\/?)?(?:index\.\w+)?$/i.test(url.pathname)) continue;
    if (findPlatformByHost(url.hostname)?.kind === 'platform') continue;
    const img = link.querySelector('img[alt]') ?? box.querySelector('img[alt]');
    const raw = img?.getAttribute('alt') || img?.getAttribute('title') || link.getAttribute('title') || (link.textContent ?? '');
    const full = normalizeName(raw.replace(/\s+/g, ' ').replace(/\s*(?:logo|ロゴ|标志|標誌)\s*$/i, ''));
    // "NeoL／ネオエル": one name in two scripts; the whole if it is a valid name, else its part that names the site.
    const name = [full, ...full.split(/\s*[/／|｜]\s*/)].find((n) => !!n && isValidHopName(n) && namesDomain(n, url.hostname));
    if (!name || isPlaceholderName(name) || isSelfName(full, site) || isSelfName(name, site)) continue;
    // The box again by its exact class attribute (the panel scrolls to it): nth among boxes with the same one.
    const cls = box.getAttribute('class') ?? '';
    const selector = `[class="${cls.replace(/["\\]/g, '\\$&')}"]`;
    const nth = boxes.slice(0, i).filter((b) => b.getAttribute('class') === cls).length;
    out.push({
      signal: 'provider-logo', strength: 'A', text: raw.slice(0, 200), location: { kind: 'element', selector, nth },
      positive: true, priority: 88, role: 'original', name, url: `${url.origin}/`, kind: 'syndicated',
    });
  }
  return out;
}
