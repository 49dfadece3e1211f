/**
 * The text of a span of a `TextIndex` as a reader sees it: source line breaks and indentation
 * inside a paragraph become single spaces, while breaks between blocks (and `<br>`) stay '\n'.
 * Stored quotes use this form, so they read well in lists and exports and keep paragraph breaks.
 */
import { nodeIndexAt, type TextIndex } from './text-index';

/** Display text of `index.text[start, end)`. */
export function displayText(index: TextIndex, start: number, end: number): string {
  const from = Math.max(0, start);
  const to = Math.min(index.text.length, end);
  if (to <= from) return '';
  const parts: string[] = [];
  let at = from;
  let i = nodeIndexAt(index, from);
  while (at < to) {
    const nodeStart = i >= 0 && i < index.nodes.length ? (index.starts[i] ?? to) : to;
    if (at < nodeStart) {
      // Characters outside every text node are the block separators the index inserted.
      parts.push('\n');
      at = Math.min(nodeStart, to);
      continue;
    }
    const nodeEnd = nodeStart + (index.nodes[i]?.data.length ?? 0);
    parts.push(index.text.slice(at, Math.min(nodeEnd, to)).replace(/[\s\u3000]+/g, ' '));
    at = Math.min(nodeEnd, to);
    i++;
  }
  return parts.join('').replace(/[ \n]*\n[ \n]*/g, '\n').replace(/ {2,}/g, ' ');
}
