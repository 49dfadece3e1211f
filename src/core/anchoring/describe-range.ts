/**
 * Turns a user's selection (a DOM Range) into W3C selectors over the article text of `root`:
 * a TextPositionSelector and a TextQuoteSelector with at least 32 characters of context on each
 * side, extended to a word boundary in scripts that separate words with spaces.
 */
import { buildTextIndex, nodeLookup, type TextIndex } from '../text/text-index';
import { displayText } from '../text/display-text';
import type { TextPositionSelector, TextQuoteSelector } from './types';

/** Minimum context length (Hypothesis uses 32). */
export const CONTEXT_LENGTH = 32;
/** How far context may grow to reach a word boundary. */
const MAX_WORD_EXTENSION = 32;
/** Raw characters read around the quote before collapsing whitespace (room for indentation). */
const RAW_WINDOW = 4 * (CONTEXT_LENGTH + MAX_WORD_EXTENSION);

const TEXT_NODE = 3;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const CONTAINED_BY = 16; // Node.DOCUMENT_POSITION_CONTAINED_BY

/**
 * W3C selectors for `range` inside `root`, or null when the range is collapsed, outside `root`,
 * or covers no text. Leading/trailing whitespace of the selection is left out.
 */
export function describeRange(root: Element, range: Range, index: TextIndex = buildTextIndex(root)): { quote: TextQuoteSelector; position: TextPositionSelector } | null {
  try {
    if (range.collapsed) return null;
    if (!isInside(root, range.startContainer) || !isInside(root, range.endContainer)) return null;
    const lookup = nodeLookup(index);
    let start = boundaryOffset(index, lookup, range.startContainer, range.startOffset, 'start');
    let end = boundaryOffset(index, lookup, range.endContainer, range.endOffset, 'end');
    const text = index.text;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    if (end <= start) return null;
    const exact = displayText(index, start, end);
    const prefix = takeEnd(displayText(index, start - RAW_WINDOW, start));
    const suffix = takeStart(displayText(index, end, end + RAW_WINDOW));
    return {
      quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
      position: { type: 'TextPositionSelector', start, end },
    };
  } catch {
    return null; // a detached or foreign range: no selectors rather than an exception in the page
  }
}

function isInside(root: Element, node: Node): boolean {
  return node === root || root.contains(node);
}

/**
 * Text offset of a range boundary. A boundary inside an indexed text node maps directly; any
 * other boundary (an element and child index, or an unindexed node) maps to the start of the
 * first indexed text after it ('start') or the end of the last indexed text before it ('end').
 */
function boundaryOffset(index: TextIndex, lookup: Map<Text, number>, container: Node, offset: number, side: 'start' | 'end'): number {
  if (container.nodeType === TEXT_NODE) {
    const i = lookup.get(container as Text);
    if (i !== undefined) return (index.starts[i] ?? 0) + Math.min(offset, (container as Text).data.length);
  }
  const first = firstNodeAfter(index, container, offset);
  if (side === 'start') return first < index.nodes.length ? (index.starts[first] ?? 0) : index.text.length;
  if (first === 0) return 0;
  const last = first - 1;
  return (index.starts[last] ?? 0) + (index.nodes[last]?.data.length ?? 0);
}

/** Index of the first indexed text node at or after the boundary point (binary search). */
function firstNodeAfter(index: TextIndex, container: Node, offset: number): number {
  const isAfter = pointPrecedes(container, offset);
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isAfter(index.nodes[mid] as Text)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A test "is this text node at or after the boundary point (container, offset)?". */
function pointPrecedes(container: Node, offset: number): (t: Text) => boolean {
  if (container.nodeType === TEXT_NODE) {
    // An unindexed text node: everything following it is after the point.
    return (t) => t === container ? offset === 0 : (container.compareDocumentPosition(t) & FOLLOWING) !== 0;
  }
  const child = container.childNodes[offset] ?? null;
  if (child) {
    return (t) => t === child || (child.compareDocumentPosition(t) & (FOLLOWING | CONTAINED_BY)) !== 0;
  }
  return (t) => {
    const rel = container.compareDocumentPosition(t);
    return (rel & FOLLOWING) !== 0 && (rel & CONTAINED_BY) === 0;
  };
}

/** The last CONTEXT_LENGTH characters, extended back to a word start. */
function takeEnd(s: string): string {
  let cut = Math.max(0, s.length - CONTEXT_LENGTH);
  const limit = Math.max(0, cut - MAX_WORD_EXTENSION);
  while (cut > limit && isWordChar(s.charAt(cut - 1)) && isWordChar(s.charAt(cut))) cut--;
  return s.slice(cut);
}

/** The first CONTEXT_LENGTH characters, extended forward to a word end. */
function takeStart(s: string): string {
  let cut = Math.min(s.length, CONTEXT_LENGTH);
  const limit = Math.min(s.length, cut + MAX_WORD_EXTENSION);
  while (cut < limit && isWordChar(s.charAt(cut - 1)) && isWordChar(s.charAt(cut))) cut++;
  return s.slice(0, cut);
}

/**
 * Letters and digits of scripts that put spaces between words. CJK characters are words (or
 * syllables) on their own, so a cut between two of them is already a boundary.
 */
function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(ch);
}
