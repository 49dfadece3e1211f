/**
 * The definitions of the user's records, shared by the message protocol (what the background
 * accepts), the import check (what a backup may contain) and the store: a record one of them
 * accepts, the others accept too, so anything saved exports and re-imports losslessly
 * (tests/unit/core/validate/records-roundtrip.test.ts generates records to check that).
 */
import type { ArticleKey, Highlight } from '../anchoring/types';
import { PRESET_HEXES } from '../colors/highlight-colors';
import { LIMITS } from '../limits';
import { s, type Schema } from './schema';

/** A highlight id: a UUID, canonical lower-case. */
export const highlightIdSchema = s.uuid();


/**
 * A colour: one of the presets' canonical hex codes (the one colour list, core/colors), any case,
 * returned lower-case. What the background stores therefore always paints, filters and
 * re-imports the same; an import reads names, aliases and off-palette codes into a preset first.
 */
export const highlightColorSchema: Schema<string> = {
  parse: (v, path = '$') => {
    const color = typeof v === 'string' ? v.toLowerCase() : '';
    if ((PRESET_HEXES as readonly string[]).includes(color)) return { ok: true, value: color };
    return { ok: false, issue: { path, message: 'expected one of the preset colours (#rrggbb)' } };
  },
};

/** A paint colour (`#rrggbb`, returned lower-case): a preset, or the flash colour of scroll-to. */
export const paintColorSchema: Schema<string> = {
  parse: (v, path = '$') =>
    typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v)
      ? { ok: true, value: v.toLowerCase() }
      : { ok: false, issue: { path, message: 'expected a colour (#rrggbb)' } },
};

export const articleKeySchema = s.object({
  pageUrl: s.httpUrl(),
  originalUrl: s.optional(s.httpUrl()),
  fingerprint: s.string({ max: LIMITS.fingerprint }),
});

const offset = s.number({ min: 0, max: LIMITS.offset, integer: true });

export const quoteSelectorSchema = s.object({
  type: s.literal('TextQuoteSelector'),
  exact: s.string({ min: 1, max: LIMITS.quote }),
  prefix: s.string({ max: LIMITS.quoteContext }),
  suffix: s.string({ max: LIMITS.quoteContext }),
});

export const positionSelectorSchema = s.refine(
  s.object({ type: s.literal('TextPositionSelector'), start: offset, end: offset }),
  (p) => (p.end > p.start ? null : 'end must be greater than start'),
);

export const highlightSelectorsSchema = s.object({ quote: quoteSelectorSchema, position: positionSelectorSchema });

export const noteSchema = s.string({ max: LIMITS.note });

export const highlightSchema = s.object({
  id: highlightIdSchema,
  article: articleKeySchema,
  madeOn: s.string({ max: LIMITS.short }),
  pageTitle: s.string({ max: LIMITS.short }),
  selectors: highlightSelectorsSchema,
  color: highlightColorSchema,
  note: noteSchema,
  created: s.time(),
  updated: s.time(),
});

// Compile-time ties to the core types.
export const articleKeyCheck: Schema<ArticleKey> = articleKeySchema;
export const highlightCheck: Schema<Highlight> = highlightSchema;
