/**
 * One pass over `<meta>` and `<link>` elements, cached per document. Attribute selectors with the
 * `i` flag are slow in some DOMs (seconds on big pages in happy-dom), and every scanner needs metas.
 */
export type HeadMeta = {
  /** meta name / property / itemprop (lower case) → contents in document order. */
  metas: Map<string, string[]>;
  /** link rel token (lower case) → hrefs in document order. */
  links: Map<string, string[]>;
};

const cache = new WeakMap<Document, HeadMeta>();
const MAX_ELEMENTS = 2000;

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) {
    if (list.length < 10) list.push(value);
  } else map.set(key, [value]);
}

/** The metas and links of `doc`. */
export function readHeadMeta(doc: Document): HeadMeta {
  const cached = cache.get(doc);
  if (cached) return cached;
  const result: HeadMeta = { metas: new Map(), links: new Map() };
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < MAX_ELEMENTS; i++) {
    const el = metas[i] as Element;
    // Some CMSs write value= instead of content=.
    const content = (el.getAttribute('content') ?? el.getAttribute('value'))?.trim();
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key) push(result.metas, key, content);
    }
  }
  const links = doc.getElementsByTagName('link');
  for (let i = 0; i < links.length && i < MAX_ELEMENTS; i++) {
    const el = links[i] as Element;
    const href = el.getAttribute('href')?.trim();
    if (!href) continue;
    for (const rel of (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/)) if (rel) push(result.links, rel, href);
  }
  cache.set(doc, result);
  return result;
}

/** The first content among the given meta keys. */
export function firstMeta(doc: Document, keys: string[]): string | undefined {
  const { metas } = readHeadMeta(doc);
  for (const k of keys) {
    const v = metas.get(k.toLowerCase())?.[0];
    if (v) return v;
  }
  return undefined;
}

/** All contents of the given meta keys. */
export function allMeta(doc: Document, keys: string[], max = 5): string[] {
  const { metas } = readHeadMeta(doc);
  return keys.flatMap((k) => metas.get(k.toLowerCase()) ?? []).slice(0, max);
}
