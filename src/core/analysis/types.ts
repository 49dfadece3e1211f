/**
 * The result of analysing one page for provenance: is it a repost, where did it come from, and
 * which evidence on the page says so. Plain data (JSON-safe): it crosses from the content script
 * to the background and the side panel, and the CLI prints it.
 */

/** Where on the page a piece of evidence or a figure sits, so the UI can scroll to it and flash it. */
export type PageLocation =
  /** Offsets into `buildTextIndex(doc.body).text` (see core/text/text-index.ts). */
  | { kind: 'text'; start: number; end: number }
  /** An element attribute (an image source, a link): `selector` is a CSS selector built by us, `nth` the match index. */
  | { kind: 'element'; selector: string; nth: number; attribute?: string }
  /** In the document head (meta, link, JSON-LD): not visible, nothing to scroll to. */
  | { kind: 'head' };

export type Verdict = 'repost' | 'original' | 'unknown';

export type RepostKind =
  | 'republished-with-permission'
  | 'wire-copy'
  | 'syndicated'
  | 'mirror'
  | 'aggregator'
  | 'translation'
  | 'press-release';

export type HopRole = 'original' | 'author' | 'wire' | 'editor' | 'platform' | 'reprinter' | 'this-site';

/** One piece of evidence: a signal found on the page. */
export type Evidence = {
  /** Stable id within one analysis, used by the UI to ask the page to scroll to it. */
  id: string;
  /** Signal id from the signal tables, e.g. 'canonical-cross-domain', 'zh-reprint-statement'. */
  signal: string;
  /** Reliability class of the signal (A strongest … D weakest). */
  strength: 'A' | 'B' | 'C' | 'D';
  /** The exact text or attribute value on the page. */
  text: string;
  /** Where it is. */
  location: PageLocation;
};

/** One hop of the attribution chain, ordered from the original to this page. */
export type Hop = {
  role: HopRole;
  /** Display name, normalised (IT 之家 → IT之家). */
  name: string;
  /** http(s) URL when known. */
  url?: string;
  /** Ids of the evidence items supporting this hop. */
  evidence: string[];
};

export type OriginalSource = {
  publisher?: string;
  author?: string;
  url?: string;
  title?: string;
  date?: string;
};

export type PageAnalysis = {
  /** Version of this shape, so stored analyses can be told apart after changes. */
  schema: 1;
  url: string;
  verdict: Verdict;
  isRepost: boolean;
  kind?: RepostKind;
  /** 0..1 */
  confidence: number;
  original: OriginalSource;
  chain: Hop[];
  evidence: Evidence[];
  /** This page's own identity. */
  site: { name?: string; author?: string; date?: string; title?: string };
  /** Problems met while analysing (malformed JSON-LD, page too large, …); never thrown. */
  problems: string[];
};
