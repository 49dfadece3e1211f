/**
 * A flat view of the readable text under a DOM node, with a map back to the text nodes.
 *
 * Analysis, key figures and anchoring all speak in character offsets into this text, so that a
 * location computed in Node (CLI, tests) and one computed in the content script on the live page
 * mean the same thing, and the content script can turn offsets back into a `Range` to scroll to.
 *
 * A '\n' is inserted between block boxes and for `<br>`: without it, the last number of one
 * paragraph and the first of the next would read as one ("2023" + "45%" = "202345%"). Those
 * separators belong to no text node; offsets that fall on one snap to the next real character.
 */

/** Elements whose text is never article text (or is not text at all). */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'head', 'title', 'meta', 'link', 'select', 'textarea', 'input', 'button', 'option', 'video', 'audio',
]);

/** Elements that start a new line in rendered text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'caption',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export type TextIndex = {
  /** The readable text, with '\n' between blocks. */
  readonly text: string;
  /** The indexed text nodes, in document order. */
  readonly nodes: readonly Text[];
  /** `starts[i]` is the offset in `text` where `nodes[i]` begins; ascending. */
  readonly starts: readonly number[];
};

/** Whether an element's subtree is left out of the text (scripts, styles, form controls, `hidden`). */
export function isSkippedElement(el: Element): boolean {
  return SKIPPED.has(el.localName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** Whether an element starts a new line. */
export function isBlockElement(el: Element): boolean {
  return BLOCKS.has(el.localName);
}

/**
 * Builds the text index of `root`. Iterative (no recursion), so 100,000-node or deeply nested
 * pages cannot overflow the stack. `maxChars` bounds the work on enormous pages.
 */
export function buildTextIndex(root: Node, maxChars = 2_000_000): TextIndex {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastWasBreak = true;

  const pushBreak = (): void => {
    if (!lastWasBreak) {
      parts.push('\n');
      length += 1;
      lastWasBreak = true;
    }
  };

  let node: Node | null = root.firstChild;
  while (node && length < maxChars) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
        lastWasBreak = false;
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (!isSkippedElement(el)) {
        if (isBlockElement(el)) pushBreak();
        descend = el.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists, closing blocks on the way up.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === ELEMENT_NODE && isBlockElement(node as Element)) pushBreak();
    }
    if (!node || node === root) break;
    if (node.nodeType === ELEMENT_NODE && isBlockElement(node as Element)) pushBreak();
    node = node.nextSibling;
  }
  return { text: parts.join(''), nodes, starts };
}

/** Index of the text node that contains `offset` (or the first one after it, for separators). */
export function nodeIndexAt(index: TextIndex, offset: number): number {
  const { starts, nodes } = index;
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found >= 0) {
    const end = (starts[found] ?? 0) + (nodes[found]?.data.length ?? 0);
    if (offset < end) return found;
  }
  return found + 1 < nodes.length ? found + 1 : -1;
}

/** The DOM position (text node and offset in it) of a text offset; separators snap forward. */
export function domPositionAt(index: TextIndex, offset: number): { node: Text; offset: number } | null {
  const i = nodeIndexAt(index, offset);
  if (i < 0) return null;
  const node = index.nodes[i] as Text;
  const start = index.starts[i] ?? 0;
  return { node, offset: Math.max(0, Math.min(node.data.length, offset - start)) };
}

/** A DOM Range over `[start, end)` of the index text, or null when it cannot be placed. */
export function rangeFromOffsets(index: TextIndex, start: number, end: number): Range | null {
  if (!(end > start)) return null;
  const from = domPositionAt(index, start);
  // The end is placed after the last character, so look up `end - 1` and add one.
  const last = domPositionAt(index, end - 1);
  if (!from || !last) return null;
  const doc = from.node.ownerDocument;
  if (!doc) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(last.node, Math.min(last.node.data.length, last.offset + 1));
  return range;
}

/** Offset in the index text of a DOM position inside an indexed text node; null if not indexed. */
export function offsetOfTextPosition(index: TextIndex, node: Text, offsetInNode: number, lookup = nodeLookup(index)): number | null {
  const i = lookup.get(node);
  if (i === undefined) return null;
  return (index.starts[i] ?? 0) + Math.min(offsetInNode, node.data.length);
}

/** A map from text node to its position in the index, for repeated offset look-ups. */
export function nodeLookup(index: TextIndex): Map<Text, number> {
  const map = new Map<Text, number>();
  index.nodes.forEach((n, i) => map.set(n, i));
  return map;
}
