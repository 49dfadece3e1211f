/**
 * Runtime checks for the core data that crosses contexts (analysis, figures, highlights).
 * Each schema is tied to its core type by an assignment at the bottom, so a change to a core
 * type that the schema does not follow fails to compile.
 */
import type { PageAnalysis, PageLocation } from '../core/analysis/types';
import type { KeyFigure } from '../core/figures/types';
import type { Highlight } from '../core/anchoring/types';
import { LIMITS } from '../core/limits';
import { highlightSchema } from '../core/validate/records';
import { s, type Schema } from './schema';

const short = s.string({ max: LIMITS.short });
const text = s.string({ max: LIMITS.text });
const offset = s.number({ min: 0, integer: true });

export const pageLocationSchema = s.union(
  s.object({ kind: s.literal('text'), start: offset, end: offset }),
  s.object({ kind: s.literal('element'), selector: short, nth: offset, attribute: s.optional(short) }),
  s.object({ kind: s.literal('head') }),
);

const evidenceSchema = s.object({
  id: short,
  signal: short,
  strength: s.literal('A', 'B', 'C', 'D'),
  text,
  location: pageLocationSchema,
});

const hopSchema = s.object({
  role: s.literal('original', 'author', 'wire', 'editor', 'platform', 'reprinter', 'this-site'),
  name: short,
  url: s.optional(s.httpUrl()),
  evidence: s.array(short, { max: LIMITS.hopEvidence }),
});

export const pageAnalysisSchema = s.object({
  schema: s.literal(1),
  url: s.string({ max: LIMITS.url }),
  verdict: s.literal('repost', 'original', 'unknown'),
  isRepost: s.boolean(),
  kind: s.optional(s.literal('republished-with-permission', 'wire-copy', 'syndicated', 'mirror', 'aggregator', 'translation', 'press-release')),
  confidence: s.number({ min: 0, max: 1 }),
  original: s.object({
    publisher: s.optional(short),
    author: s.optional(short),
    url: s.optional(s.httpUrl()),
    title: s.optional(short),
    date: s.optional(short),
  }),
  chain: s.array(hopSchema, { max: LIMITS.chainHops }),
  evidence: s.array(evidenceSchema, { max: LIMITS.evidence }),
  site: s.object({ name: s.optional(short), author: s.optional(short), date: s.optional(short), title: s.optional(short) }),
  problems: s.array(short, { max: LIMITS.problems }),
});

export const keyFigureSchema = s.object({
  id: short,
  text: short,
  value: s.number(),
  valueTo: s.optional(s.number()),
  unit: short,
  kind: s.literal('percent', 'percentage-point', 'money', 'count', 'measure', 'change', 'ratio', 'score'),
  direction: s.literal('up', 'down', 'none'),
  approx: s.boolean(),
  label: short,
  sentence: text,
  salience: s.number(),
  location: pageLocationSchema,
});

export { highlightColorSchema, highlightIdSchema, highlightSchema, highlightSelectorsSchema, noteSchema } from '../core/validate/records';
// Compile-time ties between the schemas and the core types (see the file comment).
export const pageAnalysisCheck: Schema<PageAnalysis> = pageAnalysisSchema;
export const keyFigureCheck: Schema<KeyFigure> = keyFigureSchema;
export const highlightCheck: Schema<Highlight> = highlightSchema;
export const pageLocationCheck: Schema<PageLocation> = pageLocationSchema;
