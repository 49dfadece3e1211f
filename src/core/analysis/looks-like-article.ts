/**
 * A very cheap pre-check the content script runs before `analyzePage`, so web apps, search pages
 * and 100,000-node pages cost almost nothing. It answers from a handful of native calls: a selector
 * query on the head, a few live collections (`getElementsByTagName`: native walks that stop at the
 * first hit) and the text of at most a few dozen paragraphs.
 *
 * Costs in Chromium: touching an element from JS ~3 µs the first time, a native walk ~20 ns per
 * element. So one native query first looks for a very wide element (a 20,000-row grid, a huge list:
 * found after a few hundred elements); when there is one, whole-document walks (milliseconds) are
 * replaced by walks of everything around it plus a look at its first children.
 */

/** Head markers of an article (also looked for in the body, where a broken head lets the parser move them): og:type article/news/blog/post, publication metas, JSON-LD. */
const ARTICLE_METAS = ['article:published_time', 'pubdate', 'publishdate', 'source', 'contentsource'];
const OG_TYPES = ['article', 'news', 'blog', 'post'];
const META_SIGNS = ['property', 'name'].flatMap((attr) => [
  ...OG_TYPES.map((t) => `meta[${attr}="og:type" i][content*="${t}" i]`),
  ...ARTICLE_METAS.map((k) => `meta[${attr}="${k}" i]`),
]).join(', ');
const HEAD_SIGNS = `script[type*="ld+json" i], ${META_SIGNS}`;

/** Paragraphs longer than this count as text; this many of them make an article. */
const LONG_PARAGRAPH = 20;
const PARAGRAPHS_NEEDED = 4;
/** Paragraphs whose text is read, at most (short ones included). */
const MAX_PARAGRAPHS = 60;
/** Body metas and scripts looked at, at most (a broken head lets the parser move them there). */
const MAX_METAS = 40;
const MAX_SCRIPTS = 200;

/** An element with this many children is wide (a grid, a huge list): found natively with `:nth-child`. */
const WIDE = 400;
/** Children of a wide element looked at (touching each from JS costs), and those whose subtrees are searched. */
const WIDE_LOOKED_AT = 12;
const WIDE_SEARCHED = 2;

type State = { paragraphs: number; read: number };

const isLongParagraph = (p: Element, st: State): boolean =>
  st.read++ < MAX_PARAGRAPHS && (p.textContent?.length ?? 0) > LONG_PARAGRAPH && ++st.paragraphs >= PARAGRAPHS_NEEDED;

/** Whether some element of the live collection (up to `max`) passes `test`; stops at the first miss past the end. */
function some(list: HTMLCollectionOf<Element>, max: number, test: (el: Element) => boolean): boolean {
  for (let i = 0; i < max; i++) {
    const el = list[i];
    if (!el) return false;
    if (test(el)) return true;
  }
  return false;
}

/** Whether `el` itself is an article marker or a long paragraph. */
function elementSays(el: Element, st: State): boolean {
  switch (el.localName) {
    case 'article': return true;
    case 'p': return isLongParagraph(el, st);
    case 'meta': return el.matches(META_SIGNS);
    case 'script': return /ld\+json/i.test(el.getAttribute('type') ?? '');
    default: return false;
  }
}

/** Native searches of one subtree (or the whole document): <article>, long <p>, JSON-LD, article metas. */
function subtreeSays(root: Document | Element, st: State): boolean {
  if (root.getElementsByTagName('article')[0]) return true;
  if (st.read < MAX_PARAGRAPHS && some(root.getElementsByTagName('p'), MAX_PARAGRAPHS, (p) => isLongParagraph(p, st))) return true;
  if (some(root.getElementsByTagName('script'), MAX_SCRIPTS, (s) => /ld\+json/i.test(s.getAttribute('type') ?? ''))) return true;
  return some(root.getElementsByTagName('meta'), MAX_METAS, (m) => m.matches(META_SIGNS));
}

/**
 * A page with a wide element: everything around it, natively; its first WIDE_LOOKED_AT children themselves
 * (a flat body of paragraphs is seen here); and the subtrees of its first few children (sections
 * holding paragraphs).
 */
function aroundWideSays(body: Element, wide: Element, st: State): boolean {
  for (let on: Element = wide; on !== body && on.parentElement; on = on.parentElement) {
    for (let c = on.parentElement.firstElementChild; c; c = c.nextElementSibling) {
      if (c !== on && (elementSays(c, st) || (c.firstElementChild !== null && subtreeSays(c, st)))) return true;
    }
  }
  let i = 0;
  for (let c = wide.firstElementChild; c && i < WIDE_LOOKED_AT; c = c.nextElementSibling, i++) {
    if (elementSays(c, st)) return true;
    if (i < WIDE_SEARCHED && c.firstElementChild && (c.getElementsByTagName('article')[0] || some(c.getElementsByTagName('p'), MAX_PARAGRAPHS, (p) => isLongParagraph(p, st)))) return true;
  }
  return false;
}

/** Whether the page looks like an article worth analysing. */
export function looksLikeArticle(doc: Document): boolean {
  try {
    if (doc.head?.querySelector(HEAD_SIGNS)) return true;
    const body = doc.body;
    if (!body) return false;
    const st: State = { paragraphs: 0, read: 0 };
    // A native walk that stops at the first element with WIDE elder siblings; on a page without one it is cheap.
    const wide = body.querySelector(`:nth-child(${WIDE})`)?.parentElement;
    return wide ? aroundWideSays(body, wide, st) : subtreeSays(doc, st);
  } catch {
    return false;
  }
}
