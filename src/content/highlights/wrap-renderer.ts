/**
 * Fallback painter for browsers without the CSS Custom Highlight API (Firefox < 140, Safari <
 * 17.2): wraps each highlighted text node in a custom element (so page styles for `mark` or
 * `span` do not restyle or hide it, as in Hypothesis' highlighter) whose tag name is drawn at
 * random per page load (paint-names.ts), coloured by an inline style: no stylesheet of ours
 * exists that a page could probe by creating such an element.
 *
 * Removal restores the DOM exactly: marks are unwrapped and every text node we split is joined
 * back into the page's original node object (not `normalize()`, which would also merge text nodes
 * the page had kept apart). A split is joined only once both halves are siblings again, so
 * overlapping highlights can be removed in any order.
 */
import { readableTextOn } from '../../core/colors/highlight-colors';
import { hitTestRects } from './hit-test';
import { paintNames } from './paint-names';
import type { HighlightRenderer } from './renderer';

/** The custom element wrapped around highlighted text on this page load. */
export function markTag(): string {
  return paintNames().markTag;
}

/** The inline style of a mark of colour `key` (six hex digits). */
function markStyle(key: string): string {
  const hex = /^[0-9a-f]{6}$/i.test(key) ? key : 'ffe066';
  // Our own text colour: the page's light text on a dark page would vanish on a light highlight.
  return `all: unset; display: inline; background-color: #${hex}; color: ${readableTextOn(hex)};`;
}

/** Text that can never be wrapped: an element inside these would break the page or be invalid. */
const UNWRAPPABLE_PARENTS = new Set(['script', 'style', 'textarea', 'title', 'option', 'select', 'noscript', 'template']);

type Split = { left: Text; right: Text };

/** A renderer that wraps text nodes in marks and can undo every change it made. */
export function createWrapRenderer(doc: Document): HighlightRenderer {
  const marks = new Map<string, { elements: HTMLElement[]; key: string }>();
  const owner = new WeakMap<Element, string>();
  /** Splits not yet joined back, oldest first. */
  let splits: Split[] = [];

  const wrap = (id: string, range: Range, key: string): HTMLElement[] => {
    const out: HTMLElement[] = [];
    for (const segment of textSegments(range)) {
      let node = segment.node;
      let end = segment.end;
      if (segment.start > 0) {
        const right = node.splitText(segment.start);
        splits.push({ left: node, right });
        node = right;
        end -= segment.start;
      }
      if (end < node.data.length) splits.push({ left: node, right: node.splitText(end) });
      const mark = doc.createElement(markTag());
      mark.setAttribute('style', markStyle(key));
      node.parentNode?.insertBefore(mark, node);
      mark.appendChild(node);
      owner.set(mark, id);
      out.push(mark);
    }
    return out;
  };

  const joinSplits = (): void => {
    // Repeat until stable: joining one split can make another's halves siblings again.
    for (let progress = true; progress; ) {
      progress = false;
      for (let i = splits.length - 1; i >= 0; i--) {
        const s = splits[i] as Split;
        if (s.left.nextSibling !== s.right) continue;
        s.left.appendData(s.right.data);
        s.right.remove();
        splits.splice(i, 1);
        // A split taken later from the end of the piece just absorbed now continues `left`.
        for (const other of splits) if (other.left === s.right) other.left = s.left;
        progress = true;
      }
    }
    // Halves the page itself removed can never be joined again: forget them.
    splits = splits.filter((s) => s.left.isConnected && s.right.isConnected);
  };

  const renderer: HighlightRenderer = {
    kind: 'wrap',
    add(id, range, key) {
      renderer.remove(id);
      const elements = wrap(id, range, key);
      if (elements.length > 0) marks.set(id, { elements, key });
      else joinSplits();
    },
    setColor(id, key) {
      const entry = marks.get(id);
      if (!entry) return;
      entry.key = key;
      for (const mark of entry.elements) mark.setAttribute('style', markStyle(key));
    },
    remove(id) {
      const entry = marks.get(id);
      if (!entry) return;
      marks.delete(id);
      for (const mark of entry.elements) {
        const parent = mark.parentNode;
        if (parent) {
          while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
          parent.removeChild(mark);
        }
      }
      joinSplits();
    },
    has: (id) => marks.has(id),
    ids: () => [...marks.keys()],
    rangeOf(id) {
      const connected = marks.get(id)?.elements.filter((m) => m.isConnected) ?? [];
      const first = connected[0];
      const last = connected[connected.length - 1];
      if (!first || !last) return null;
      const range = doc.createRange();
      range.setStart(first, 0);
      range.setEnd(last, last.childNodes.length);
      return range;
    },
    collapsed: () => [...marks].filter(([, e]) => !e.elements.some((m) => m.isConnected)).map(([id]) => id),
    hitTest(x, y, target) {
      // The clicked element tells us directly; the innermost mark is the most specific highlight.
      // nodeType, not instanceof: the target may come from another realm (Firefox Xrays, test DOMs).
      const node = target && typeof (target as Node).nodeType === 'number' ? (target as Node) : null;
      let el = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
      for (; el; el = el.parentElement) {
        const id = el.localName === markTag() ? owner.get(el) : undefined;
        if (id && marks.has(id)) return id;
      }
      if (target) return null;
      const entries: [string, Range][] = [];
      for (const id of marks.keys()) {
        const r = renderer.rangeOf(id);
        if (r) entries.push([id, r]);
      }
      return hitTestRects(entries, x, y);
    },
    clear() {
      for (const id of [...marks.keys()]) renderer.remove(id);
    },
  };
  return renderer;
}

/** The text nodes under `range` with the covered part of each, skipping whitespace-only ones. */
function textSegments(range: Range): { node: Text; start: number; end: number }[] {
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const root = range.commonAncestorContainer;
  const out: { node: Text; start: number; end: number }[] = [];
  const consider = (node: Text): void => {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end <= start) return;
    // Whitespace between table cells or list items: a wrapper there would be invalid markup.
    if (!/\S/.test(node.data.slice(start, end))) return;
    const parent = node.parentElement;
    if (!parent || UNWRAPPABLE_PARENTS.has(parent.localName)) return;
    out.push({ node, start, end });
  };
  if (root.nodeType === 3) {
    consider(root as Text);
    return out;
  }
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) consider(n as Text);
  }
  return out;
}
