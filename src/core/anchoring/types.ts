/**
 * Highlights follow the W3C Web Annotation model (https://www.w3.org/TR/annotation-model/):
 * a target with a TextQuoteSelector and a TextPositionSelector over the article text.
 *
 * "Article text" is `buildTextIndex(root).text` of the article root the caller picked (not the
 * whole body), so offsets and context are stable against navigation and ads, and comparable across
 * copies of one article.
 */

/** W3C TextQuoteSelector. Strings are stored in display form (see `displayText`). */
export type TextQuoteSelector = {
  type: 'TextQuoteSelector';
  /** The highlighted text; never empty. */
  exact: string;
  /** At least 32 characters of text just before `exact` (fewer only at the start of the article). */
  prefix: string;
  /** At least 32 characters of text just after `exact` (fewer only at the end of the article). */
  suffix: string;
};

/** W3C TextPositionSelector: `[start, end)` character offsets into the article text. */
export type TextPositionSelector = {
  type: 'TextPositionSelector';
  /** Offset of the first highlighted character (integer ≥ 0). */
  start: number;
  /** Offset just after the last highlighted character (integer > start). */
  end: number;
};

export type HighlightSelector = TextQuoteSelector | TextPositionSelector;

/** Highlight colours as stored (preset hex codes); the one list is core/colors/highlight-colors.json. */
export { PRESET_HEXES as HIGHLIGHT_COLORS } from '../colors/highlight-colors';

/** A stored colour: a preset hex (`canonicalColor` reads older names and foreign values). */
export type HighlightColor = string;

/** How a stored highlight relates to the page being read. */
export type ArticleKey = {
  /** Normalised URL of the page the highlight was made on (no hash, no tracking parameters). */
  pageUrl: string;
  /** Normalised URL of the original / canonical article when the page names one. */
  originalUrl?: string;
  /**
   * Min-hash signature of the normalised article text (`fingerprintText`): copies of the same
   * article on other sites give a similar value; compare with `fingerprintsMatch`, index with
   * `fingerprintBuckets`.
   */
  fingerprint: string;
};

export type Highlight = {
  /** UUID (lowercase, canonical 8-4-4-4-12 form). */
  id: string;
  /** Which article the highlight belongs to. */
  article: ArticleKey;
  /** Site (host) where the highlight was made, shown on other copies. */
  madeOn: string;
  /** Title of the page it was made on. */
  pageTitle: string;
  /** Where the highlight is: both selectors are always present. */
  selectors: { quote: TextQuoteSelector; position: TextPositionSelector };
  /** Colour name. */
  color: HighlightColor;
  /** The user's note; may be empty and may contain newlines. */
  note: string;
  /** ms since epoch (integer). */
  created: number;
  /** ms since epoch (integer); the newer `updated` wins when merging. */
  updated: number;
};

/** Which selector placed a highlight. */
export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

/** A highlight placed on the page. */
export type Anchored = {
  /** The DOM range of the highlighted text. */
  range: Range;
  /** Confidence in [0, 1] (1 = same text at the same place with the same context). */
  score: number;
  method: AnchorMethod;
  /** `[start, end)` in the raw article text of the current page. */
  start: number;
  end: number;
};

/** Why a highlight could not be placed (it becomes a visible orphan). */
export type OrphanReason =
  | 'not-found' // no candidate text at all
  | 'low-score' // candidates existed but none scored above the acceptance threshold
  | 'no-range' // the text was found but could not be mapped back to DOM nodes
  | 'invalid' // the stored selectors are unusable (empty quote, bad numbers)
  | 'aborted' // the batch was cancelled before this highlight was tried
  | 'over-budget'; // the approximate search ran out of its time budget (repetitive or huge text)

/** The outcome of anchoring one highlight in a batch. */
export type AnchorOutcome =
  | ({ id: string; status: 'anchored' } & Anchored)
  | { id: string; status: 'orphan'; reason: OrphanReason; bestScore: number };
