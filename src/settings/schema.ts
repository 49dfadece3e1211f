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
};

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  language: 'auto',
  topFigures: 8,
  palette: ['#ffe066', '#8ce99a', '#74c0fc', '#faa2c1'],
  selectionToolbar: true,
  badge: true,
};

import presets from './palette-presets.json';
import { highlightColorSchema } from '../core/validate/records';

/** The colours a palette may use (each has a paint rule, see content/highlights/paint-names.ts). */
export const PRESET_COLORS: readonly string[] = presets.colors.map((c) => c.hex);
/** A colour the highlight records accept (core/validate/records.ts, the one definition) that is also a preset. */
const isPreset = (c: unknown): boolean => {
  const parsed = highlightColorSchema.parse(c);
  return parsed.ok && PRESET_COLORS.includes(parsed.value);
};

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
  };
  return { settings, problems };
}

/** Applies a partial change, validating the result the same way as stored data. */
export function applySettingsPatch(current: Settings, patch: Partial<Settings>): { settings: Settings; problems: string[] } {
  return parseSettings({ ...current, ...patch });
}
