/**
 * Highlights follow the W3C Web Annotation model (https://www.w3.org/TR/annotation-model/):
 * a target with a TextQuoteSelector and a TextPositionSelector over the article text.
 */

export type TextQuoteSelector = { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
export type TextPositionSelector = { type: 'TextPositionSelector'; start: number; end: number };
export type HighlightSelector = TextQuoteSelector | TextPositionSelector;

export type HighlightColor = string;

/** How a stored highlight relates to the page being read. */
export type ArticleKey = {
  /** Normalised URL of the page the highlight was made on (no hash, no tracking parameters). */
  pageUrl: string;
  /** Normalised URL of the original / canonical article when the page names one. */
  originalUrl?: string;
  /** Fingerprint of the normalised article text (same article on another site → same value). */
  fingerprint: string;
};

export type Highlight = {
  /** UUID. */
  id: string;
  article: ArticleKey;
  /** Site (host) where the highlight was made, shown on other copies. */
  madeOn: string;
  /** Title of the page it was made on. */
  pageTitle: string;
  selectors: { quote: TextQuoteSelector; position: TextPositionSelector };
  color: HighlightColor;
  note: string;
  /** ms since epoch. */
  created: number;
  updated: number;
};
