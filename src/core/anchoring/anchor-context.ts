/**
 * The per-root data anchoring needs, built once and reused for every highlight on the page:
 * the text index (raw text + DOM map) and its normalised form for matching.
 */
import { buildTextIndex, type TextIndex } from '../text/text-index';
import { normalizeForMatch, type NormalizedText } from '../text/normalize-for-match';

export type AnchorContext = {
  readonly root: Element;
  readonly index: TextIndex;
  /** `index.text` normalised for matching, with the map back to raw offsets. */
  readonly norm: NormalizedText;
};

/** Builds the anchoring context of `root` (one text walk, one normalisation pass). */
export function createAnchorContext(root: Element): AnchorContext {
  const index = buildTextIndex(root);
  return { root, index, norm: normalizeForMatch(index.text) };
}
