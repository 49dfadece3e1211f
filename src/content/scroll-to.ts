/**
 * Shows the reader a place the side panel points at (a piece of evidence, a key figure):
 * scrolls it into view and flashes it with a temporary custom highlight. The location is
 * checked against the text it should hold, because the page may have changed since the analysis.
 */
import type { PageLocation } from '../core/analysis/types';
import { buildTextIndex, rangeFromOffsets, type TextIndex } from '../core/text/text-index';
import { paintNames } from './highlights/paint-names';
import { ensurePaintStyles } from './highlights/paint-styles';

const FLASH_MS = 1600;

/** `bodyIndex`: the analysis's text index of the body, when it still describes the page. */
export function locateRange(doc: Document, location: PageLocation, text?: string, bodyIndex?: TextIndex): Range | null {
  if (location.kind === 'head') return null;
  if (location.kind === 'element') {
    const el = safeQueryAll(doc, location.selector)[location.nth];
    if (!el) return null;
    const range = doc.createRange();
    range.selectNode(el);
    return range;
  }
  const index = bodyIndex ?? buildTextIndex(doc.body);
  const expected = text?.trim();
  const atOffsets = rangeFromOffsets(index, location.start, location.end);
  if (atOffsets && (!expected || normalize(atOffsets.toString()).includes(normalize(expected)))) return atOffsets;
  // The page changed: fall back to the text itself, nearest to where it was.
  if (!expected) return null;
  let best = -1;
  for (let i = index.text.indexOf(expected); i >= 0; i = index.text.indexOf(expected, i + 1)) {
    if (best < 0 || Math.abs(i - location.start) < Math.abs(best - location.start)) best = i;
  }
  return best >= 0 ? rangeFromOffsets(index, best, best + expected.length) : null;
}

export function scrollToAndFlash(doc: Document, range: Range): void {
  const target = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  // Smooth only for readers who have not asked the system for reduced motion.
  const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  target?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  flash(range);
}

function flash(range: Range): void {
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightCtor = (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightCtor) return;
  // This page load's random name, painted by rules the background inserts (highlights/paint-names.ts).
  const name = paintNames().flash;
  void ensurePaintStyles();
  registry.set(name, new HighlightCtor(range));
  setTimeout(() => registry.delete(name), FLASH_MS);
}

function safeQueryAll(doc: Document, selector: string): Element[] {
  try {
    return [...doc.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
