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

/**
 * Article markers, in the head or the body (a broken head lets the parser move metas there):
 * <article>, JSON-LD, og:type article/news/blog/post, publication metas (article:published_time,
 * pubdate, publishdate, source, contentsource), each by property= or name=, case-blind. One
 * selector list, so a page without any is answered by ONE native walk that returns null — no
 * element is ever handed to JS (the first element wrapper of an isolated world instantiates the
 * whole Element interface chain: a few hundred µs on a cold page). `:is()` keeps the list to four
 * selectors. Written out, not built with map/join: this module runs on every page, and on a cold
 * page each helper function that runs is one more compile (tests/unit pins the list's parts).
 */
export const META_SIGNS =
  'meta:is([property="og:type" i],[name="og:type" i]):is([content*="article" i],[content*="news" i],[content*="blog" i],[content*="post" i]), ' +
  'meta:is([property="article:published_time" i],[name="article:published_time" i],[property="pubdate" i],[name="pubdate" i],' +
  '[property="publishdate" i],[name="publishdate" i],[property="source" i],[name="source" i],[property="contentsource" i],[name="contentsource" i])';
export const ARTICLE_SIGNS = `article, script[type*="ld+json" i], ${META_SIGNS}`;
const SIGNS = ARTICLE_SIGNS;

/** Paragraphs longer than this count as text; this many of them make an article. */
const LONG_PARAGRAPH = 20;
const PARAGRAPHS_NEEDED = 4;
/** Paragraphs whose text is read, at most (short ones included). */
const MAX_PARAGRAPHS = 60;

/** An element with this many children is wide (a grid, a huge list): found natively with `:nth-child`. */
const WIDE = 400;
const WIDE_CHILD = `body :nth-child(${WIDE})`;
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

/** Native searches of one subtree: the markers (one walk), then the first paragraphs' text. */
function subtreeSays(root: Document | Element, st: State): boolean {
  if (root.querySelector(SIGNS)) return true;
  return st.read < MAX_PARAGRAPHS && some(root.getElementsByTagName('p'), MAX_PARAGRAPHS, (p) => isLongParagraph(p, st));
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
    // A native walk that stops at the first element with WIDE elder siblings; on a page without one
    // it is cheap and returns null (no wrapper made). With one, whole-document walks (milliseconds
    // on a 100,000-node grid) are replaced by walks of everything around it.
    const wideChild = doc.querySelector(WIDE_CHILD);
    if (wideChild) return wideSays(doc, wideChild);
    if (doc.querySelector(SIGNS)) return true;
    // The first paragraphs' text. Inline, not through the helpers above: this is the path of every
    // page that is not an article, where each extra function called costs one more cold compile.
    const paragraphs = doc.getElementsByTagName('p');
    let long = 0;
    for (let i = 0; i < MAX_PARAGRAPHS; i++) {
      const p = paragraphs[i];
      if (!p) return false;
      if ((p.textContent?.length ?? 0) > LONG_PARAGRAPH && ++long >= PARAGRAPHS_NEEDED) return true;
    }
    return false;
  } catch {
    return false;
  }
}

/** A page with a wide element: its head's markers, then everything around the wide element. */
function wideSays(doc: Document, wideChild: Element): boolean {
  const body = doc.body;
  const wide = wideChild.parentElement;
  if (!body || !wide) return subtreeSays(doc, { paragraphs: 0, read: 0 });
  return Boolean(doc.head?.querySelector(SIGNS)) || aroundWideSays(body, wide, { paragraphs: 0, read: 0 });
}
