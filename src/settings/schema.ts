/**
 * The user's settings: defaults, and a validator that repairs whatever storage gives back
 * (an old version, a hand-edited value, another device's newer format) field by field, instead
 * of throwing the whole object away.
 */

export type Language = 'auto' | 'en' | 'zh-CN';

export type Settings = {
  version: 1;
  /** UI language; 'auto' follows the browser. */
  language: Language;
  /** How many key figures the side panel shows before "show all". */
  topFigures: number;
  /** Highlight colours offered in the toolbar, 4 to 8 distinct colours from PRESET_COLORS. */
  palette: string[];
  /** Show the toolbar when text is selected on a page. */
  selectionToolbar: boolean;
  /** Mark reposts on the toolbar button. */
  badge: boolean;
  /** Repost Lens on at all: when false nothing is analysed or injected on any page. */
  enabled: boolean;
  /** Sites (lower-case host names, e.g. "news.example.com") where Repost Lens does nothing. */
  disabledSites: string[];
  /** Show a small notice on pages that are reposts (a node the page can see: off by default). */
  repostNotice: boolean;
  /** Sites (lower-case host names) where the reader dismissed the in-page notice. */
  noticeDismissedSites: string[];
};

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  language: 'auto',
  topFigures: 8,
  palette: ['#ffe066', '#8ce99a', '#74c0fc', '#faa2c1'],
  selectionToolbar: true,
  badge: true,
  enabled: true,
  disabledSites: [],
  repostNotice: false,
  noticeDismissedSites: [],
};

/** Most sites a list may hold (a bound on what sync storage must carry). */
const MAX_SITES = 2_000;
/** A host name as stored in the site lists: lower-case letters, digits, dots, dashes, an optional port. */
const HOST = /^[a-z0-9.-]{1,253}(:\d{1,5})?$/;

/** Lower-cases and de-duplicates a list of host names; null when it is not such a list. */
function parseSites(v: unknown): string[] | null {
  if (!Array.isArray(v) || v.length > MAX_SITES) return null;
  const out = new Set<string>();
  for (const item of v) {
    if (typeof item !== 'string') return null;
    const host = item.trim().toLowerCase();
    if (!HOST.test(host)) return null;
    out.add(host);
  }
  return [...out];
}

import { PRESET_HEXES } from '../core/colors/highlight-colors';

import { highlightColorSchema } from '../core/validate/records';

/** The colours a palette may use (the one colour list; each is painted, see content/highlights/paint-names.ts). */
export const PRESET_COLORS: readonly string[] = PRESET_HEXES;
/** A colour the highlight records accept (core/validate/records.ts, the one definition): a preset. */
const isPreset = (c: unknown): boolean => highlightColorSchema.parse(c).ok;

/** Parses stored settings; invalid fields fall back to their defaults and are listed in `problems`. */
export function parseSettings(input: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const raw = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  if (input !== undefined && raw !== input) problems.push('settings: not an object');
  const pick = <T>(key: keyof Settings, valid: (v: unknown) => v is T, fallback: T): T => {
    const value = raw[key];
    if (value === undefined) return fallback;
    if (valid(value)) return value;
    problems.push(`settings.${key}: invalid value`);
    return fallback;
  };
  const settings: Settings = {
    version: 1,
    language: pick('language', (v): v is Language => v === 'auto' || v === 'en' || v === 'zh-CN', DEFAULT_SETTINGS.language),
    topFigures: pick('topFigures', (v): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 50, DEFAULT_SETTINGS.topFigures),
    palette: pick(
      'palette',
      (v): v is string[] => Array.isArray(v) && v.length >= 4 && v.length <= 8 && v.every(isPreset) && new Set(v.map((c) => (c as string).toLowerCase())).size === v.length,
      DEFAULT_SETTINGS.palette,
    ).map((c) => c.toLowerCase()),
    selectionToolbar: pick('selectionToolbar', (v): v is boolean => typeof v === 'boolean', DEFAULT_SETTINGS.selectionToolbar),
    badge: pick('badge', (v): v is boolean => typeof v === 'boolean', DEFAULT_SETTINGS.badge),
    enabled: pick('enabled', (v): v is boolean => typeof v === 'boolean', DEFAULT_SETTINGS.enabled),
    disabledSites: parseSites(pick('disabledSites', (v): v is string[] => parseSites(v) !== null, DEFAULT_SETTINGS.disabledSites)) ?? [],
    repostNotice: pick('repostNotice', (v): v is boolean => typeof v === 'boolean', DEFAULT_SETTINGS.repostNotice),
    noticeDismissedSites: parseSites(pick('noticeDismissedSites', (v): v is string[] => parseSites(v) !== null, DEFAULT_SETTINGS.noticeDismissedSites)) ?? [],
  };
  return { settings, problems };
}

/** Applies a partial change, validating the result the same way as stored data. */
export function applySettingsPatch(current: Settings, patch: Partial<Settings>): { settings: Settings; problems: string[] } {
  return parseSettings({ ...current, ...patch });
}
