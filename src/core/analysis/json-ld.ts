import { parseHttpUrl, registrableDomain } from './registrable-domain';

/**
 * Lenient reading of every JSON-LD block (arrays, @graph, CDATA, comments): the fields that say
 * where an article comes from. Malformed blocks are noted as problems, never thrown.
 */
export type JsonLdInfo = {
  blocks: number;
  /** url / mainEntityOfPage / @id of article-like objects. */
  urls: string[];
  /** At least one of `urls` is on another registrable domain than the page. */
  foreignUrl: boolean;
  isBasedOn: Array<{ url?: string; name?: string }>;
  sourceOrganization?: string;
  creditText?: string;
  copyrightHolder?: string;
  publisherName?: string;
  authorName?: string;
  datePublished?: string;
  headline?: string;
  problems: string[];
};

const MAX_BLOCK = 500_000;
const ARTICLE_TYPE = /Article|BlogPosting|NewsArticle|Report|WebPage|CreativeWork|Posting/i;

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** The name of a Thing given as a string, an object with `name`, or an array of them. */
function nameOf(v: unknown): string | undefined {
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).slice(0, 3).join(', ') || undefined;
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return str(v);
}

function urlOf(v: unknown): string | undefined {
  if (Array.isArray(v)) return urlOf(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return str(o.url) ?? str(o['@id']);
  }
  return str(v);
}

/** Parses one block; tolerant of CDATA wrappers, comments and trailing commas. */
function parseBlock(raw: string): unknown {
  const cleaned = raw.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '').trim();
  try {
    return JSON.parse(cleaned);
  } catch {
    return JSON.parse(cleaned.replace(/,\s*([}\]])/g, '$1').replace(/[\u0000-\u001f]+/g, ' '));
  }
}

/** Reads all JSON-LD blocks of `doc`; `pageUrl` decides whether their URLs are foreign. */
export function readJsonLd(doc: Document, pageUrl: string): JsonLdInfo {
  const info: JsonLdInfo = { blocks: 0, urls: [], foreignUrl: false, isBasedOn: [], problems: [] };
  const scripts = doc.getElementsByTagName('script');
  const pageHost = parseHttpUrl(pageUrl)?.hostname;
  for (let i = 0; i < scripts.length && i < 3000 && info.blocks < 20; i++) {
    const el = scripts[i] as Element;
    if (!/ld\+json/i.test(el.getAttribute('type') ?? '')) continue;
    info.blocks++;
    const raw = el.textContent ?? '';
    if (raw.length > MAX_BLOCK) {
      info.problems.push('JSON-LD block too large, skipped');
      continue;
    }
    let data: unknown;
    try {
      data = parseBlock(raw);
    } catch {
      info.problems.push('malformed JSON-LD block ignored');
      continue;
    }
    // Iterative walk of nested objects, bounded.
    const stack: unknown[] = [data];
    let visited = 0;
    while (stack.length && visited++ < 500) {
      const node = stack.pop();
      if (Array.isArray(node)) {
        stack.push(...node.slice(0, 50));
        continue;
      }
      if (!node || typeof node !== 'object') continue;
      const o = node as Record<string, unknown>;
      if (Array.isArray(o['@graph'])) stack.push(...(o['@graph'] as unknown[]).slice(0, 50));
      const type = String(Array.isArray(o['@type']) ? o['@type'].join(' ') : o['@type'] ?? '');
      if (!ARTICLE_TYPE.test(type)) continue;
      const isArticle = /Article|BlogPosting|Report|Posting/i.test(type);
      for (const u of [urlOf(o.url), urlOf(o.mainEntityOfPage), isArticle ? str(o['@id']) : undefined]) {
        const parsed = parseHttpUrl(u, pageUrl);
        if (parsed && !info.urls.includes(parsed.href)) info.urls.push(parsed.href);
      }
      for (const b of [o.isBasedOn, o.isBasedOnUrl].flat()) {
        if (b) info.isBasedOn.push({ url: urlOf(b), name: nameOf((b as Record<string, unknown>)?.publisher) ?? (typeof b === 'object' ? nameOf(b) : undefined) });
      }
      // Images carry photo credits in these fields; only the article's own count.
      if (isArticle) {
        info.sourceOrganization ??= nameOf(o.sourceOrganization);
        info.creditText ??= str(o.creditText);
        info.copyrightHolder ??= nameOf(o.copyrightHolder);
      }
      if (isArticle || !info.publisherName) info.publisherName = nameOf(o.publisher) ?? info.publisherName;
      info.authorName ??= nameOf(o.author);
      info.datePublished ??= str(o.datePublished);
      info.headline ??= str(o.headline);
    }
  }
  if (pageHost) {
    const own = registrableDomain(pageHost);
    info.foreignUrl = info.urls.some((u) => {
      const h = parseHttpUrl(u)?.hostname;
      return !!h && registrableDomain(h) !== own;
    });
  }
  return info;
}
