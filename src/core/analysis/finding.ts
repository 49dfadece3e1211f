import type { Evidence, HopRole, PageLocation, RepostKind } from './types';

/**
 * A signal found by one of the scanners, before scoring and chain building. Internal to the
 * analysis: analyze-page turns findings into `Evidence` items and `Hop`s.
 */
export type Finding = {
  signal: string;
  strength: Evidence['strength'];
  /** Exact text on the page or attribute value. */
  text: string;
  location: PageLocation;
  /** Counts towards the repost verdict (role lines and anti-reprint notices do not). */
  positive: boolean;
  /** Rank of `name` as the original source (higher wins); 0 = not an origin candidate. */
  priority: number;
  /** Role of `name` in the chain. */
  role?: HopRole;
  name?: string;
  url?: string;
  /** Further parties named by the same statement (经X编辑, 作者Y, via JTA). */
  others?: Array<{ role: HopRole; name: string; url?: string }>;
  kind?: RepostKind;
  title?: string;
  author?: string;
  date?: string;
  /** The page claims this as its own reporting (本报讯). */
  own?: boolean;
};

/** Strength → weight used by the score and by tie-breaks. */
export const STRENGTH_WEIGHT: Record<Evidence['strength'], number> = { A: 0.9, B: 0.55, C: 0.25, D: 0.1 };
