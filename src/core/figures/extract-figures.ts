/**
 * Key figures of a page: the article root's text (nav, asides, comments and related blocks left
 * out) is searched for figures, which are ranked by salience and located in the body text index
 * so the content script can scroll to them.
 */
import { buildTextIndex, isBlockElement, type TextIndex } from '../text/text-index';
import { findArticleRoot, isBoilerplateElement } from '../text/article-root';
import type { PageReading } from '../page-reading';
import { findFigures, finishLabel, type FoundFigure } from './find-figures';
import { headlineKeys, headlineTerms, factKey, isKeywordList, mergeAndRank, scoreFigure, subjectOverlap } from './salience';
import type { KeyFigure } from './types';
import { guessLanguage } from './language';

/** Spans of the body index text that belong to the article root, minus furniture inside it. */
export function articleSpans(index: TextIndex, root: Element, body: Element): Array<[number, number]> {
  const teaser = linkBlocks(index, body);
  const [spans, all] = collectSpansTwice(index, root, body, teaser);
  // Furniture is never most of the article: a wrapper named "sidebar-and-content" holds it all.
  const size = (list: Array<[number, number]>): number => list.reduce((n, [a, b]) => n + b - a, 0);
  if (size(spans) < 0.5 * size(all)) return collectSpans(index, root, body, (el) => ['nav', 'aside', 'footer', 'form'].includes(el.localName), teaser);
  return spans;
}

/**
 * Text nodes of blocks that are (almost) all link text: teaser headlines, "related" lists and
 * menus inside the article container ("7 outrageous credit cards"), never its prose, whose links
 * are a few words of a paragraph. Headings h1 stay: a linked headline is still the headline.
 */
function linkBlocks(index: TextIndex, body: Element): (node: Text) => boolean {
  const blockOf = new Map<Element, { block: Element; inLink: boolean }>();
  const chars = new Map<Element, [number, number]>(); // block -> [all text, link text]
  // Memoised for every inline element climbed, so nested inline markup is climbed once.
  const where = (parent: Element): { block: Element; inLink: boolean } => {
    const known = blockOf.get(parent);
    if (known) return known;
    const path: Element[] = [];
    let el: Element = parent;
    let top: { block: Element; inLink: boolean } | undefined;
    while (el !== body && !isBlockElement(el) && el.parentElement) {
      path.push(el);
      el = el.parentElement;
      top = blockOf.get(el);
      if (top && !isBlockElement(el) && el !== body) break;
      top = undefined;
    }
    const block = top ? top.block : el;
    let inLink = top ? top.inLink : false;
    let hit = { block, inLink };
    for (let i = path.length - 1; i >= 0; i--) {
      const p = path[i] as Element;
      if (p.localName === 'a') inLink = true;
      hit = { block, inLink };
      blockOf.set(p, hit);
    }
    if (path.length === 0) blockOf.set(parent, hit);
    return hit;
  };
  for (const node of index.nodes) {
    if (!node.parentElement) continue;
    const { block, inLink } = where(node.parentElement);
    const c = chars.get(block) ?? [0, 0];
    const n = node.data.trim().length;
    c[0] += n;
    if (inLink) c[1] += n;
    chars.set(block, c);
  }
  // Prose (text outside links) of each block's parent: a linked heading among the article's own
  // paragraphs ("“Rez Infinite” ($30)" over its review) is a section title, not a teaser card.
  const prose = new Map<Element, number>();
  for (const [block, [all, link]] of chars) {
    const parent = block.parentElement;
    if (parent) prose.set(parent, (prose.get(parent) ?? 0) + all - link);
  }
  return (node) => {
    if (!node.parentElement) return false;
    const { block } = where(node.parentElement);
    const c = chars.get(block);
    if (!c || block === body || block.localName === 'h1' || c[1] < 0.8 * c[0] || c[0] === 0) return false;
    const section = /^h[2-6]$/.test(block.localName) && (prose.get(block.parentElement as Element) ?? 0) >= SECTION_PROSE;
    return !section;
  };
}

/** Prose characters beside a linked heading that make it a section title of the article. */
const SECTION_PROSE = 600;

/**
 * Spans of the root minus furniture, and of the whole root, in one walk over the index (the
 * ancestors of each text node climbed once, memoised): the same lists as two `collectSpans` calls.
 */
function collectSpansTwice(index: TextIndex, root: Element, body: Element, skip: (node: Text) => boolean): [Array<[number, number]>, Array<[number, number]>] {
  // element -> 0 outside the root, 1 inside but in furniture, 2 inside and not in furniture
  const state = new Map<Element, number>();
  const where = (el: Element | null): number => {
    const path: Element[] = [];
    let cur = el;
    let base = 0;
    while (cur) {
      const known = state.get(cur);
      if (known !== undefined) { base = known; break; }
      path.push(cur);
      if (cur === root) { base = 2; break; }
      if (cur === body) break;
      cur = cur.parentElement;
    }
    // Down the path from its top: outside stays outside; inside, everything below a furniture
    // block (the root itself never counts as one) is furniture.
    let furniture = base === 1;
    for (let i = path.length - 1; i >= 0; i--) {
      const p = path[i] as Element;
      if (base !== 0 && p !== root && !furniture && isBoilerplateElement(p)) furniture = true;
      state.set(p, base === 0 ? 0 : furniture ? 1 : 2);
    }
    return path.length ? (state.get(path[0] as Element) as number) : base;
  };
  const spans: Array<[number, number]> = [];
  const all: Array<[number, number]> = [];
  const push = (list: Array<[number, number]>, a: number, b: number): void => {
    const last = list[list.length - 1];
    if (last && a - last[1] <= 2) last[1] = b;
    else list.push([a, b]);
  };
  index.nodes.forEach((node, i) => {
    const w = where(node.parentElement);
    if (w === 0 || skip(node)) return;
    const a = index.starts[i] as number;
    const b = a + node.data.length;
    push(all, a, b);
    if (w === 2) push(spans, a, b);
  });
  return [spans, all];
}

function collectSpans(index: TextIndex, root: Element, body: Element, isFurniture: (el: Element) => boolean, skip: (node: Text) => boolean = () => false): Array<[number, number]> {
  const state = new Map<Element, boolean>(); // element -> inside the article and not furniture
  const inside = (el: Element | null): boolean => {
    const path: Element[] = [];
    let cur = el;
    let result = false;
    while (cur) {
      const known = state.get(cur);
      if (known !== undefined) { result = known; break; }
      path.push(cur);
      if (cur === root) { result = true; break; }
      if (cur === body || isFurniture(cur)) { result = false; break; }
      cur = cur.parentElement;
    }
    for (const p of path) state.set(p, result);
    return result;
  };
  const spans: Array<[number, number]> = [];
  index.nodes.forEach((node, i) => {
    if (!inside(node.parentElement) || skip(node)) return;
    const a = index.starts[i] as number;
    const b = a + node.data.length;
    const last = spans[spans.length - 1];
    // Adjacent nodes (with only separators between) join one span, so sentences stay whole.
    if (last && a - last[1] <= 2) last[1] = b;
    else spans.push([a, b]);
  });
  return spans;
}

/** The page's headline element: the first h1 outside nav, footer and aside. */
function headlineElement(body: Element): Element | null {
  for (const h1 of Array.from(body.querySelectorAll('h1'))) if (!h1.closest('nav, footer, aside')) return h1;
  return null;
}

/** Spans of the headline h1 in the body index (one or a few adjacent text runs). */
export function headlineSpans(index: TextIndex, body: Element): Array<[number, number]> {
  const h1 = headlineElement(body);
  if (!h1) return [];
  // The index holds text nodes in document order: binary-search the first one not before the h1,
  // then take its text nodes (no walk over the whole page).
  const nodes = index.nodes;
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // DOCUMENT_POSITION_PRECEDING (2): the node comes before the h1.
    if (h1.compareDocumentPosition(nodes[mid] as Text) & 2) lo = mid + 1;
    else hi = mid;
  }
  const spans: Array<[number, number]> = [];
  for (let i = lo; i < nodes.length && h1.contains(nodes[i] as Text); i++) {
    const a = index.starts[i] as number;
    const b = a + (nodes[i] as Text).data.length;
    const last = spans[spans.length - 1];
    if (last && a - last[1] <= 2) last[1] = b;
    else spans.push([a, b]);
  }
  return spans;
}

/**
 * Adds the headline (the first h1 not in nav/footer/aside) to the article spans: many pages put the
 * title above the body container or in a <header> inside it, and it states key figures.
 */
function withHeadline(spans: Array<[number, number]>, own: Array<[number, number]>): Array<[number, number]> {
  const first = own[0];
  const last = own[own.length - 1];
  if (!first || !last || spans.some(([a, b]) => first[0] < b && last[1] > a)) return spans;
  return [...own, ...spans].sort((x, y) => x[0] - y[0]);
}

/** Spans of the article text in the body index: headline, then the root minus furniture. */
export function articleTextSpans(doc: Document, index: TextIndex, root: Element = findArticleRoot(doc, index)): Array<[number, number]> {
  const body = doc.body;
  return withHeadline(articleSpans(index, root, body), headlineSpans(index, body));
}

/** The page's headline: og:title, else the first h1, else <title>. */
function headlineOf(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  return og || doc.querySelector('h1')?.textContent || doc.title || '';
}

/**
 * The key figures of the article on `doc`, most salient first. Locations are offsets into
 * `buildTextIndex(doc.body).text`. Never throws: a broken page gives an empty list.
 */
export function extractKeyFigures(doc: Document, opts: { title?: string; lang?: string } = {}, reading?: PageReading): KeyFigure[] {
  try {
    const body = doc.body;
    if (!body) return [];
    // The shared reading (one text walk and one article root per page), if given.
    const index = reading ? reading.bodyIndex() : buildTextIndex(body);
    const head = headlineSpans(index, body);
    const spans = withHeadline(articleSpans(index, reading ? reading.articleRoot() : findArticleRoot(doc, index), body), head);
    const inHead = (x: number): boolean => head.some(([a, b]) => x >= a && x < b);
    const total = spans.reduce((n, [a, b]) => n + b - a, 0) || 1;
    // The declared language when the article's text agrees, else the text's own (a sample is enough).
    let sample = '';
    for (const [a, b] of spans) {
      sample += index.text.slice(a, Math.min(b, a + 4000 - sample.length));
      if (sample.length >= 4000) break;
    }
    const lang = opts.lang ?? guessLanguage(sample, doc.documentElement.getAttribute('lang') || undefined);
    const title = opts.title ?? headlineOf(doc);
    const headline = headlineKeys(findFigures(title, lang));
    const terms = headlineTerms(title);
    const scored: Array<FoundFigure & { salience: number }> = [];
    let before = 0;
    const bySentence = new Map<string, { subject: number; list: boolean }>();
    for (const [sa, sb] of spans) {
      for (const [a, b] of proseRanges(index.text, sa, sb)) {
        const keepMinor = head.some(([x, y]) => x < b && y > a);
        for (const f of findFigures(index.text.slice(a, b), lang, { deferLabels: true, keepMinor })) {
          if (f.minor && !inHead(f.start + a)) continue;
          const position = (before + a - sa + f.start) / total;
          // Several figures share a sentence: its traits are read once.
          let traits = bySentence.get(f.sentence);
          if (!traits) {
            // About the article's subject (its sentence shares the headline's terms): up to +0.6.
            traits = { subject: Math.min(0.6, 0.2 * subjectOverlap(f.sentence, terms)), list: isKeywordList(f.sentence) };
            bySentence.set(f.sentence, traits);
          }
          scored.push({ ...f, start: f.start + a, end: f.end + a, salience: Math.round((scoreFigure(f, position, headline.has(factKey(f)), traits.list) + traits.subject) * 100) / 100 });
        }
      }
      before += sb - sa;
    }
    // The most salient figures, labels finished (word segmentation) only for these.
    return mergeAndRank(scored).slice(0, MAX_FIGURES).map((f, i) => toKeyFigure({ ...f, label: finishLabel(f) }, i));
  } catch {
    return [];
  }
}

/**
 * The parts of [from, to) worth searching: its lines (blocks are separated by '\n' in the index)
 * minus the long CJK keyword clouds (SEO tag lists, hidden "hot search" blocks: thousands of
 * characters of space-separated terms and no clause punctuation), which hold no reader's figure
 * and were most of the cost on pages that carry them.
 */
export function proseRanges(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let keepFrom = from;
  let line = from;
  while (line < to) {
    let end = text.indexOf('\n', line);
    if (end < 0 || end > to) end = to;
    if (end - line >= KEYWORD_LINE && isKeywordLine(text, line, end)) {
      if (line > keepFrom) out.push([keepFrom, line]);
      keepFrom = end;
    }
    line = end + 1;
  }
  if (to > keepFrom) out.push([keepFrom, to]);
  return out;
}

/** A line at least this long may be a keyword cloud (shorter ones are ranked down by sentence). */
const KEYWORD_LINE = 200;

function isKeywordLine(text: string, from: number, to: number): boolean {
  let cjk = 0;
  let spaces = 0;
  let punct = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0xff1a || c === 0x3001 || c === 0xff01 || c === 0xff1f) punct += 1;
    else if (c === 0x20 || c === 0x3000) spaces += 1;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff)) cjk += 1;
  }
  return cjk >= 100 && spaces * 12 >= cjk && punct * 100 <= to - from;
}

/** A reader uses a few figures; a page of 180 numbers (a long report) still lists at most this many. */
export const MAX_FIGURES = 50;

function toKeyFigure(f: FoundFigure & { salience: number }, i: number): KeyFigure {
  return {
    id: `fig-${i}`,
    text: f.text,
    value: f.value,
    ...(f.valueTo !== undefined ? { valueTo: f.valueTo } : {}),
    unit: f.unit,
    kind: f.kind,
    direction: f.direction,
    approx: f.approx,
    label: f.label,
    sentence: f.sentence,
    salience: f.salience,
    location: { kind: 'text', start: f.start, end: f.end },
  };
}
