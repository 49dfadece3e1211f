import type { PageLocation } from '../analysis/types';

export type FigureKind = 'percent' | 'percentage-point' | 'money' | 'count' | 'measure' | 'change' | 'ratio' | 'score';

/** One key figure of an article. Plain data (JSON-safe). */
export type KeyFigure = {
  /** Stable id within one extraction, used by the UI to ask the page to scroll to it. */
  id: string;
  /** Exactly as on the page, e.g. "400余万元". */
  text: string;
  /** Normalised number: 400余万元 → 4000000. For ranges, the lower bound (see `valueTo`). */
  value: number;
  /** Upper bound of a range (3至5 → value 3, valueTo 5). */
  valueTo?: number;
  /** Unit as normalised: '%', 'pp', 'CNY', 'USD', '名', 'km', … */
  unit: string;
  kind: FigureKind;
  direction: 'up' | 'down' | 'none';
  /** 余, 多, 约, about, more than … */
  approx: boolean;
  /** What it measures, e.g. 立案数, "derailments last year". */
  label: string;
  /** The sentence it stands in. */
  sentence: string;
  /** Higher is more salient; figures come sorted by it, descending. */
  salience: number;
  location: PageLocation;
};
