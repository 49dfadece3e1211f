/**
 * Elements carrying some class tokens, gathered in one bounded pass over the element list and
 * cached per document. (getElementsByClassName / querySelectorAll cost a full selector run per call in
 * some DOMs; one pass for all the tokens (and rel/itemprop=author) the scanners need is cheaper everywhere.) The position of
 * an element in its token's list equals its index in `querySelectorAll('.token')`.
 */
export const CLASS_TOKENS = [
  'author', 'byline', 'article-author', 'author-name', 'post-author', 'credit',
  'source', 'provider-name', 'source-name', 'media-name', 'article-source',
  'footer', 'copyright',
] as const;

/** Pseudo token: elements whose class attribute contains "byline". */
export const BYLINE_SUBSTRING = '[class*="byline"]';

/**
 * Pseudo token: a content provider's logo box ("partnerlogo", "provider-logo", "c-source__logo", "origin-logo"):
 * a class naming a logo and a provider, partner, source, origin or syndication in one attribute.
 */
export const PROVIDER_LOGO = '[class*="logo"]';
const PROVIDER_WORD = /partner|provider|source|origin|syndicat|supplier|content-?from/i;

// Bylines and source labels sit near the top; on enormous pages the rest is not worth the walk.
const MAX_SCANNED = 15_000;
const MAX_PER_TOKEN = 12;
const cache = new WeakMap<Document, Map<string, Element[]>>();

/** The element after `el` in document order (pre-order), or null. */
function nextElement(el: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.nextElementSibling) return e.nextElementSibling;
  }
  return null;
}

/** First elements (up to 12) per class token, in document order. */
export function elementsByClass(doc: Document): Map<string, Element[]> {
  const cached = cache.get(doc);
  if (cached) return cached;
  const wanted = new Set<string>(CLASS_TOKENS);
  const result = new Map<string, Element[]>();
  // A plain walk in document order (first child, next sibling): no live collection, whose indexed
  // access some DOMs (jsdom after certain parses) recompute on every call.
  let el: Element | null = doc.documentElement;
  for (let i = 0; el && i < MAX_SCANNED; i++, el = nextElement(el)) {
    // rel=author / itemprop=author are gathered under their selector as a pseudo token.
    for (const attr of ['rel', 'itemprop']) {
      if (el.getAttribute(attr)?.toLowerCase() === 'author') {
        const key = `[${attr}="author"]`;
        const list = result.get(key) ?? [];
        if (list.length < MAX_PER_TOKEN) list.push(el);
        result.set(key, list);
      }
    }
    const cls = el.getAttribute('class');
    if (!cls) continue;
    // Bylines come in every naming scheme ("article_byline", "c-byline__name"): gathered under the
    // substring selector, whose querySelectorAll order is this document order.
    if (cls.includes('byline')) {
      const list = result.get(BYLINE_SUBSTRING) ?? [];
      if (list.length < MAX_PER_TOKEN) list.push(el);
      result.set(BYLINE_SUBSTRING, list);
    }
    if (cls.includes('logo') && PROVIDER_WORD.test(cls)) {
      const list = result.get(PROVIDER_LOGO) ?? [];
      if (list.length < MAX_PER_TOKEN) list.push(el);
      result.set(PROVIDER_LOGO, list);
    }
    for (const token of cls.split(/\s+/)) {
      if (!wanted.has(token)) continue;
      const list = result.get(token) ?? [];
      if (list.length < MAX_PER_TOKEN) list.push(el);
      result.set(token, list);
    }
  }
  cache.set(doc, result);
  return result;
}
