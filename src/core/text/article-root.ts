/**
 * Finds the element that holds the article body: a cheap, deterministic, Readability-like pass.
 *
 * Key figures read their numbers from it and highlight anchoring scopes its quotes to it, so the
 * same page must always give the same element: no layout, no randomness, one scoring pass over
 * paragraphs, ties broken by document order.
 */

import { buildTextIndex, isBlockElement, type TextIndex } from './text-index';

/** Containers that are page furniture, never article text, when met inside a candidate. */
const BOILERPLATE_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu']);

/**
 * Class/id words of furniture blocks, matched at the start or the end of one class token
 * ("sidebar", "related-posts", "post-comments") but not in its middle: wrappers such as
 * "sticky-sidebar-relative" or "js-social-anchor-start" hold the article itself.
 */
const BOILERPLATE_WORDS = new RegExp(
  '(?:^|\\s)(?:(?:WORDS)(?:[-_][\\w-]*)?|[\\w-]*[-_](?:WORDS))(?=\\s|$)'.replace(/WORDS/g,
    'nav|navbar|menu|breadcrumbs?|sidebar|footer|comments?|disqus|related|recommend(?:ed|ations?|s)?|share|sharing|social|newsletter|subscribe|promo|sponsored|taboola|outbrain|copyright|pagination|pager|tags|bio|widget|popular|trending|most-read|read-more|more-stories'),
  'i',
);

/** Preferred containers, strongest first. A match is used only if it holds the main text. */
const PREFERRED_SELECTORS = [
  '[itemprop="articleBody"]',
  '#js_content',
  '.article-content',
  '.article-body',
  '.articleBody',
  '.post-content',
  '.post-body',
  '.entry-content',
  '.story-body',
  '.content-article',
  'article',
  '[role="main"]',
  'main',
  '#content',
  '.content',
];

/** Whether an element is a furniture block (nav, footer, comments, related links…). */
export function isBoilerplateElement(el: Element): boolean {
  if (BOILERPLATE_TAGS.has(el.localName)) return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo') return true;
  const words = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  return words.length > 1 && BOILERPLATE_WORDS.test(words);
}

/**
 * Whether `el` sits in a furniture block below `stop` (exclusive); memoised per element.
 * `isBig` vetoes blocks holding most of the page: furniture is never most of the text, and
 * wrappers named "sidebar-and-content" exist.
 */
function inBoilerplate(el: Element, stop: Element, memo: Map<Element, boolean>, isBig: (e: Element) => boolean = () => false): boolean {
  const path: Element[] = [];
  let cur: Element | null = el;
  let found = false;
  while (cur && cur !== stop) {
    const known = memo.get(cur);
    if (known !== undefined) {
      found = known;
      break;
    }
    path.push(cur);
    if (isBoilerplateElement(cur) && !isBig(cur)) {
      found = true;
      break;
    }
    cur = cur.parentElement;
  }
  // Everything on the path below a furniture block is furniture too; above it, unknown.
  for (const p of path) memo.set(p, found);
  return found;
}

/**
 * The article's root element: a preferred container (articleBody, `article`, `.post-content`, …)
 * when it holds the bulk of the paragraph text, else the element with the most direct paragraph
 * text. `index` is `buildTextIndex(doc.body)` when the caller has it already. Falls back to `doc.body` (or the document element) on pages without paragraphs. Never throws.
 */
export function findArticleRoot(doc: Document, index?: TextIndex): Element {
  const body = doc.body ?? doc.documentElement;
  try {
    return pickRoot(body, index ?? buildTextIndex(body));
  } catch {
    return body;
  }
}

function pickRoot(body: Element, index: TextIndex): Element {
  const memo = new Map<Element, boolean>();
  // Text (outside links) of each nearest block ancestor: <p>, or a <div> holding text and <br>s.
  const blockText = new Map<Element, number>();
  // Nearest block of a text node's parent, or null inside a link; memoised (siblings share parents).
  const blockOf = new Map<Element, Element | null>();
  for (const node of index.nodes) {
    const parent = node.parentElement;
    if (!parent) continue;
    let block = blockOf.get(parent);
    if (block === undefined) {
      let el: Element | null = parent;
      let inLink = false;
      while (el && el !== body && !isBlockElement(el)) {
        if (el.localName === 'a') inLink = true;
        el = el.parentElement;
      }
      // Link text is navigation far more often than prose (Readability's link density, simplified).
      block = inLink ? null : el;
      blockOf.set(parent, block);
    }
    if (!block) continue;
    const len = node.data.trim().length;
    if (len > 0) blockText.set(block, (blockText.get(block) ?? 0) + len);
  }
  // Text below each element before any exclusion, for the "furniture is never most of the page" veto.
  const raw = new Map<Element, number>();
  for (const [block, len] of blockText) {
    for (let a: Element | null = block; a && a !== body; a = a.parentElement) raw.set(a, (raw.get(a) ?? 0) + len);
  }
  let pageText = 0;
  for (const len of blockText.values()) pageText += len;
  const isBig = (e: Element): boolean => (raw.get(e) ?? 0) > 0.5 * pageText;
  // direct: a block's text scores fully for its parent, half for its grandparent (Readability).
  const direct = new Map<Element, number>();
  // total: paragraph text anywhere below.
  const total = new Map<Element, number>();
  for (const [block, len] of blockText) {
    if (len < 25 || block === body || inBoilerplate(block, body, memo, isBig)) continue;
    direct.set(block, (direct.get(block) ?? 0) + len / 2);
    const parent = block.parentElement;
    if (parent) direct.set(parent, (direct.get(parent) ?? 0) + len);
    const grand = parent?.parentElement;
    if (grand) direct.set(grand, (direct.get(grand) ?? 0) + len / 2);
    for (let a: Element | null = block; a; a = a.parentElement) {
      total.set(a, (total.get(a) ?? 0) + len);
      if (a === body) break;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  // Map order is insertion (document) order, so ties go to the first element: deterministic.
  for (const [el, score] of direct) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return body;
  best = withSections(best, total, body);

  // Preferred containers holding main text are ancestors of scored blocks, so they are all keys
  // of `total`: testing those few beats running each selector over the whole document.
  let chosen: Element | null = null;
  let chosenRank = PREFERRED_SELECTORS.length;
  let chosenTotal = 0;
  for (const [el, t] of total) {
    if (el === body || (t < 0.6 * bestScore && !el.contains(best))) continue;
    const rank = preferredRank(el, chosenRank);
    // A preferred container wins only if it holds the main text (a teaser `article` card does not).
    if (rank === PREFERRED_SELECTORS.length) continue;
    if (rank < chosenRank || (rank === chosenRank && t > chosenTotal)) {
      if (inBoilerplate(el, body, memo, isBig)) continue;
      chosen = el;
      chosenRank = rank;
      chosenTotal = t;
    }
  }
  if (chosen) return chosen;
  return best;
}

/**
 * An article split into sibling sections of one kind (div.acf-content × 3, each with its own
 * paragraphs): the best block is one section, the article is their parent. Climbs at most six
 * levels from `best`; a sibling counts when it has the same tag and class and at least 15% of the
 * paragraph text of the section it sits beside. Classless siblings never count (too common).
 */
function withSections(best: Element, total: ReadonlyMap<Element, number>, body: Element): Element {
  let x = best;
  for (let up = 0; up < 6; up++) {
    const parent = x.parentElement;
    if (!parent || parent === body) break;
    const cls = x.getAttribute('class');
    const own = total.get(x) ?? 0;
    if (cls && own > 0) {
      for (const sib of Array.from(parent.children)) {
        if (sib !== x && sib.localName === x.localName && sib.getAttribute('class') === cls && (total.get(sib) ?? 0) >= 0.15 * own) return parent;
      }
    }
    x = parent;
  }
  return best;
}

/** Position of the first preferred selector `el` matches, or `limit` (only ranks below it matter). */
function preferredRank(el: Element, limit: number): number {
  for (let i = 0; i < limit && i < PREFERRED_SELECTORS.length; i++) {
    if (el.matches(PREFERRED_SELECTORS[i] as string)) return i;
  }
  return limit;
}
