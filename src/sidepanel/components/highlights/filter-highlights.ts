/** Client-side filtering of one article's highlights (the list is small: no index needed). */
import type { Highlight } from '../../../core/anchoring/types';
import { presetOf } from '../../../settings/highlight-colors';

/** Search text and colour ('' = any). */
export type HighlightFilter = { text: string; color: string };

/** Highlights whose quote, note or page title contains `text` (case-insensitive) and whose colour is `color` ('' = any). */
export function filterHighlights(list: readonly Highlight[], filter: HighlightFilter): Highlight[] {
  const needle = filter.text.trim().toLocaleLowerCase();
  const color = filter.color ? presetOf(filter.color).hex : '';
  return list.filter((h) =>
    (!color || presetOf(h.color).hex === color) &&
    (!needle || [h.selectors.quote.exact, h.note, h.pageTitle].some((s) => s.toLocaleLowerCase().includes(needle))));
}

/** The host (name and port) of an http(s) URL, or '' (compared with a highlight's `madeOn`). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
