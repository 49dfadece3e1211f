import type { Finding } from './finding';
import { BYLINE_SUBSTRING, elementsByClass } from './class-index';
import { allMeta } from './head-meta';
import type { JsonLdInfo } from './json-ld';
import type { PageLocation } from './types';
import { findPlatformByHost, findPlatformByName } from './platform-table';
import { isValidHopName } from './hop-name';
import { isPlaceholderName, normalizeName } from './normalize-name';
import { toHttpUrl } from './registrable-domain';
import { isSelfName, isSelfUrl, type SiteIdentity } from './site-identity';
import { agencyByName, agencyDisplayName, isAgencySelf, type Agency } from './agency-table';
import { categories as cueCategories } from '../data/credit-cues.json';

/**
 * The page's byline and source labels. A byline naming a wire ("By Paul Wiseman, The Associated
 * Press", "JIJI") marks wire copy; a byline or author field naming a known platform or outlet other
 * than the site ("ZAKER", "IT 之家" on a blog) marks content copied from it; an aggregator's source
 * label (`.source`, `.provider-name`: 来源 环球网, "Good Morning America") names the publisher.
 */

// Class names, looked up with getElementsByClassName (fast everywhere); the location selector is
// `.<class>` with the same document order, so the content script can find the element again.
const BYLINE_CLASSES = ['author', 'byline', 'article-author', 'author-name', 'post-author', 'credit', '[rel="author"]', '[itemprop="author"]', BYLINE_SUBSTRING];
const SOURCE_CLASSES = ['source', 'provider-name', 'source-name', 'media-name', 'article-source'];
const MAX_ELEMENTS = 12;

type Candidate = { text: string; location: PageLocation; element?: Element; whole?: string };

function metaCandidates(doc: Document, jsonLd: JsonLdInfo): Candidate[] {
  const out: Candidate[] = [];
  for (const v of allMeta(doc, ['author', 'article:author', 'parsely-author', 'byl'], 6)) {
    if (!/^https?:/i.test(v)) out.push({ text: v, location: { kind: 'head' } });
  }
  if (jsonLd.authorName && !jsonLd.foreignUrl) out.push({ text: jsonLd.authorName, location: { kind: 'head' } });
  return out;
}

function elementCandidates(doc: Document, classes: string[], maxLength: number): Candidate[] {
  const out: Candidate[] = [];
  for (const cls of classes) {
    const selector = cls.startsWith('[') ? cls : `.${cls}`;
    const els = elementsByClass(doc).get(cls) ?? [];
    for (let i = 0; i < els.length && i < MAX_ELEMENTS; i++) {
      const el = els[i] as Element;
      // Bios, avatars and captions mention former employers and photo agencies, not the article's source.
      if (/bio|avatar|caption|comment/i.test(el.getAttribute('class') ?? '') || el.closest('figcaption, figure')) continue;
      const location = { kind: 'element' as const, selector, nth: i };
      const text = (el.textContent ?? '').slice(0, 400).replace(/\s+/g, ' ').trim();
      if (text && text.length <= maxLength) out.push({ text, location, element: el });
      // A byline box with date and share buttons: its short parts ("Reuters", "By X") are the byline.
      const parts = el.querySelectorAll('span, a, div, p');
      for (let j = 0; j < parts.length && j < 8; j++) {
        const t = (parts[j]?.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (t && t.length <= 60) out.push({ text: t, location, element: parts[j] as Element, whole: text });
      }
    }
  }
  return out;
}

/** "By", "Von:", "Par", "Por:", "Autor:", "Texto:", "Источник:" … before the names of a byline. */
const BYLINE_PREFIX = /^\s*(?:by|from|source|von|vom|par|por|de|di|da|door|av|af|przez|autor|autorin|autorka|auteur|autore|texto|text|tekst|redacción|redaktion|редакция|автор|текст|источник|quelle|fuente|fonte|źródło|bron)\s*[:：]?\s+|^\s*[^\s:：]{1,12}[:：]\s*/iu;

/** Splits "By A, B and The Associated Press" into name tokens. */
function bylineTokens(text: string): string[] {
  return text.replace(BYLINE_PREFIX, '').split(/\s*(?:[,/|•·&;、]|\s(?:and|und|et|y|e|i|en|og|och|és|ja|и|for|für|pour|para|per)\s|\s[-–—]\s)\s*/iu).map((t) => t.trim()).filter(Boolean);
}

/** Whether the last word(s) of a name are the site ("Washington CNN" on CNN). */
function endsWithSelf(name: string, site: SiteIdentity): boolean {
  const words = name.split(/\s+/);
  for (let i = 1; i < words.length; i++) if (isSelfName(words.slice(i).join(' '), site)) return true;
  return false;
}

/**
 * An organization named at the end of a byline token: "Joe Davidson Washington Post", "MBSニュース".
 * Words that only organizations carry (Post, Times, News, ニュース, 新闻, Zeitung, Agencia…).
 */
const ORG_TAIL = /((?:The\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+){0,3}(?:Post|Times|News|Tribune|Herald|Journal|Gazette|Chronicle|Daily|Weekly|Magazine|Press|Radio|TV|Television|Telegraph|Guardian|Observer|Independent|Standard|Express|Mirror|Sun|Star|Globe|Courier|Examiner|Inquirer|Review|Reporter|Bulletin|Dispatch|Wire|Network|Media|Zeitung|Nachrichten|Rundschau|Anzeiger|Kurier|Presse|Rundfunk|Agentur|Agencia|Agência|Agenzia|Agence|Diario|Diário|Periódico|Gazzetta|Corriere|Journal|Noticias|Notícias|Notizie|Actualités|Nieuws|Wiadomości|Gazeta|Новости|Газета))$|([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}A-Za-z0-9]{1,12}(?:ニュース|新聞|新闻|日報|日报|晚报|晚報|通信|电视台|電視台|テレビ|放送|新闻网|週刊|周刊))$/u;

/** Bylines that credit wires without naming one, from the credit-cue table ("wire services", "Agencias"). */
const WIRE_BYLINE = new Set(Object.values(cueCategories['wire-byline'] as Record<string, string[]>).flat().map((p) => p.toLowerCase()));

/** Whether a byline token credits unnamed wires: the whole token, or its last words ("Detroit News wire services"). */
export function isWireByline(token: string): boolean {
  const t = token.toLowerCase().replace(/\s+/g, ' ').replace(/^[\s(（]+|[\s)）.]+$/g, '');
  if (WIRE_BYLINE.has(t)) return true;
  const words = t.split(' ');
  for (let i = 1; i < words.length && i <= 4; i++) if (WIRE_BYLINE.has(words.slice(i).join(' '))) return true;
  return false;
}

/** The agency credited under the article's photos ("Al Goldis, Associated Press"): which wire an unnamed wire byline means. */
function photoAgency(doc: Document, site: SiteIdentity): Agency | undefined {
  const credits = doc.querySelectorAll('figcaption, [class*="credit"], [class*="caption"]');
  for (let i = 0; i < credits.length && i < 20; i++) {
    const text = (credits[i]?.textContent ?? '').slice(0, 200).replace(/\s+/g, ' ').trim();
    for (const part of text.split(/\s*[,/|•·(（)）]\s*|\s[-–—]\s/)) {
      const agency = part.length <= 40 ? agencyByName(part.replace(/^(?:photo|foto|bild|image|credit)\s*[:：]?\s*/i, '')) : undefined;
      if (agency && agency.kind === 'agency' && !isAgencySelf(agency, site)) return agency;
    }
  }
  return undefined;
}

function organizationIn(token: string): string | undefined {
  const m = ORG_TAIL.exec(token.trim());
  const org = (m?.[1] ?? m?.[2])?.trim();
  return org && org.length >= 3 ? org : undefined;
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
  // On a platform that hosts others' content (Yahoo!ニュース, MSN), an organization as the author is the provider.
  const onPlatform = !!site.host && findPlatformByHost(site.host)?.kind === 'platform';
  for (const c of [...metaCandidates(doc, jsonLd), ...elementCandidates(doc, BYLINE_CLASSES, 100)]) {
    for (const token of bylineTokens(c.text)) {
      const wire = agencyByName(token);
      if (wire) {
        if (!isAgencySelf(wire, site)) push({ signal: 'byline-wire', strength: 'A', text: c.text, location: c.location, positive: true, priority: 95, role: 'wire', name: agencyDisplayName(wire, token), kind: wire.kind === 'release' ? 'press-release' : 'wire-copy' });
        continue;
      }
      if (isWireByline(token)) {
        // Wire copy by the byline's own word; the photos' agency (if any) says which wire.
        const agency = photoAgency(doc, site);
        const name = agency ? agency.name : normalizeName(token);
        if (isValidHopName(name, !!agency) && !isSelfName(name, site)) {
          push({ signal: 'byline-wire-unnamed', strength: 'A', text: c.text, location: c.location, positive: true, priority: agency ? 93 : 80, role: 'wire', name, kind: 'wire-copy' });
        }
        continue;
      }
      const entry = findPlatformByName(token);
      if (!entry) {
        // A byline naming another organization: a partner paper's or a provider's story.
        const org = organizationIn(token);
        if (org && isValidHopName(org) && !isSelfName(org, site) && !endsWithSelf(org, site)) {
          push({ signal: 'byline-organization', strength: onPlatform || c.location.kind === 'element' ? 'A' : 'B', text: c.text, location: c.location, positive: true, priority: 70, role: 'original', name: normalizeName(org), kind: 'syndicated' });
        }
        continue;
      }
      if (isSelfName(token, site)) continue;
      const isPlatform = entry.kind === 'platform';
      push({
        signal: 'byline-platform', strength: 'A', text: c.text, location: c.location, positive: true,
        priority: isPlatform ? 40 : 45, role: isPlatform ? 'platform' : 'original', name: normalizeName(token), kind: 'mirror',
      });
    }
  }
  for (const c of elementCandidates(doc, SOURCE_CLASSES, 40)) {
    const name = normalizeName(c.text.replace(/^\s*(?:来源|稿源|出处|source)\s*[：:]\s*/i, ''));
    if (!name || isPlaceholderName(name) || isSelfName(name, site) || /\d{4}/.test(name) || !isValidHopName(name)) continue;
    // "Washington CNN —": a dateline whose last words are the site itself.
    if (/[—–-]\s*$/.test(c.whole ?? c.text) || endsWithSelf(name, site)) continue;
    const anchor = c.element?.closest('a[href]') ?? c.element?.querySelector('a[href]');
    let url = toHttpUrl(anchor?.getAttribute('href'), pageUrl);
    if (url && isSelfUrl(url, site)) url = undefined;
    push({ signal: 'source-label', strength: 'A', text: c.text, location: c.location, positive: true, priority: 89, role: 'original', name, url, kind: 'aggregator' });
    if (out.filter((f) => f.signal === 'source-label').length >= 2) break;
  }
  return out;
}
