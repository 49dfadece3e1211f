import type { Finding } from './finding';
import type { JsonLdInfo } from './json-ld';
import type { PageLocation } from './types';
import { findPlatformByName } from './platform-table';
import { isPlaceholderName, normalizeName } from './normalize-name';
import { toHttpUrl } from './registrable-domain';
import { isSelfName, isSelfUrl, type SiteIdentity } from './site-identity';
import { isWireSelf, wireByBylineToken, wireName } from './wire-signals';

/**
 * The page's byline and source labels. A byline naming a wire ("By Paul Wiseman, The Associated
 * Press", "JIJI") marks wire copy; a byline or author field naming a known platform or outlet other
 * than the site ("ZAKER", "IT 之家" on a blog) marks content copied from it; an aggregator's source
 * label (`.source`, `.provider-name`: 来源 环球网, "Good Morning America") names the publisher.
 */

const BYLINE_SELECTOR = '[rel="author"], [itemprop="author"], .author, .byline, .article-author, .author-name, .post-author';
const SOURCE_SELECTOR = '.source, .provider-name, .source-name, .media-name, .article-source, [itemprop="sourceOrganization"]';
const MAX_ELEMENTS = 12;

type Candidate = { text: string; location: PageLocation; element?: Element };

function metaCandidates(doc: Document, jsonLd: JsonLdInfo): Candidate[] {
  const out: Candidate[] = [];
  const els = doc.querySelectorAll('meta[name="author" i], meta[property="article:author" i], meta[name="article:author" i], meta[name="parsely-author" i], meta[name="byl" i]');
  for (let i = 0; i < els.length && i < 6; i++) {
    const v = els[i]?.getAttribute('content')?.trim();
    if (v && !/^https?:/i.test(v)) out.push({ text: v, location: { kind: 'head' } });
  }
  if (jsonLd.authorName && !jsonLd.foreignUrl) out.push({ text: jsonLd.authorName, location: { kind: 'head' } });
  return out;
}

function elementCandidates(doc: Document, selector: string, maxLength: number): Candidate[] {
  const out: Candidate[] = [];
  const els = doc.querySelectorAll(selector);
  for (let i = 0; i < els.length && i < MAX_ELEMENTS; i++) {
    const el = els[i] as Element;
    // Bios, avatars and captions mention former employers and photo agencies, not the article's source.
    if (/bio|avatar|caption|credit|comment/i.test(el.getAttribute('class') ?? '') || el.closest('figcaption, figure, [class*="caption" i]')) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && text.length <= maxLength) out.push({ text, location: { kind: 'element', selector, nth: i }, element: el });
  }
  return out;
}

/** Splits "By A, B and The Associated Press" into name tokens. */
function bylineTokens(text: string): string[] {
  return text.replace(/^\s*(?:by|from|source)\s*:?\s*/i, '').split(/\s*(?:[,/|•·&;]|\band\b|\bfor\b|\s[-–—]\s)\s*/i).map((t) => t.trim()).filter(Boolean);
}

/** Byline and source-label findings. */
export function findBylineSignals(doc: Document, pageUrl: string, site: SiteIdentity, jsonLd: JsonLdInfo): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const push = (f: Finding): void => {
    const key = `${f.signal}|${f.name}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(f);
    }
  };
  for (const c of [...metaCandidates(doc, jsonLd), ...elementCandidates(doc, BYLINE_SELECTOR, 100)]) {
    for (const token of bylineTokens(c.text)) {
      const wire = wireByBylineToken(token);
      if (wire) {
        if (!isWireSelf(wire, site)) push({ signal: 'byline-wire', strength: 'A', text: c.text, location: c.location, positive: true, priority: 95, role: 'wire', name: wireName(wire), kind: 'wire-copy' });
        continue;
      }
      const entry = findPlatformByName(token);
      if (!entry || isSelfName(token, site)) continue;
      const isPlatform = entry.kind === 'platform';
      push({
        signal: 'byline-platform', strength: 'A', text: c.text, location: c.location, positive: true,
        priority: isPlatform ? 40 : 45, role: isPlatform ? 'platform' : 'original', name: normalizeName(token), kind: 'mirror',
      });
    }
  }
  for (const c of elementCandidates(doc, SOURCE_SELECTOR, 40)) {
    const name = normalizeName(c.text.replace(/^\s*(?:来源|稿源|出处|source)\s*[：:]\s*/i, ''));
    if (!name || isPlaceholderName(name) || isSelfName(name, site) || /\d{4}/.test(name)) continue;
    const anchor = c.element?.closest('a[href]') ?? c.element?.querySelector('a[href]');
    let url = toHttpUrl(anchor?.getAttribute('href'), pageUrl);
    if (url && isSelfUrl(url, site)) url = undefined;
    push({ signal: 'source-label', strength: 'A', text: c.text, location: c.location, positive: true, priority: 89, role: 'original', name, url, kind: 'aggregator' });
    if (out.filter((f) => f.signal === 'source-label').length >= 2) break;
  }
  return out;
}
