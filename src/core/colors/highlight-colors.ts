/**
 * The one list of highlight colours (data in highlight-colors.json), and the one way to read a
 * stored or imported colour. Lives in the pure core so that import (core/highlights-io), the
 * settings, the painting code, the filters and the search index share it.
 *
 * A stored highlight keeps the preset's hex ("#ffe066"). Older or foreign records may hold a name
 * ("yellow"), an alias ("purple"), an upper-case hex or a hex outside the palette; `canonicalColor`
 * turns each into a preset hex (an unknown hex becomes the nearest preset, so it still paints in
 * about its own colour), and returns null for anything else.
 */
import data from './highlight-colors.json';

export type ColorLanguage = 'en' | 'zh-CN';

/** One palette colour: hex with '#', lowercase; its English id name; its UI labels. */
export type ColorPreset = { hex: string; name: string; aliases: readonly string[]; labels: Readonly<Record<ColorLanguage, string>> };

/** Every preset colour, in palette order. */
export const COLOR_PRESETS: readonly ColorPreset[] = data.colors.map((c) => ({
  hex: c.hex.toLowerCase(),
  name: c.name,
  aliases: c.aliases,
  labels: c.labels,
}));

/** The stored values (preset hex codes), in palette order. */
export const PRESET_HEXES: readonly string[] = COLOR_PRESETS.map((c) => c.hex);

const FALLBACK = COLOR_PRESETS[0] as ColorPreset;
const HEX6 = /^#?([0-9a-f]{6})$/;
const HEX3 = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/;

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function nearest(hex: string): ColorPreset {
  const [r, g, b] = rgb(hex);
  let best = FALLBACK;
  let bestDistance = Infinity;
  for (const p of COLOR_PRESETS) {
    const [pr, pg, pb] = rgb(p.hex);
    // Weighted RGB distance ("redmean"-like weights): close enough to human judgement for pastels.
    const d = 2 * (r - pr) ** 2 + 4 * (g - pg) ** 2 + 3 * (b - pb) ** 2;
    if (d < bestDistance) {
      best = p;
      bestDistance = d;
    }
  }
  return best;
}

/** The preset a colour value stands for, or null when it is not a colour at all. */
export function presetOrNull(color: unknown): ColorPreset | null {
  if (typeof color !== 'string') return null;
  const c = color.trim().toLowerCase();
  if (!c) return null;
  const named = COLOR_PRESETS.find((p) => p.hex === c || p.name === c || p.aliases.includes(c) || p.hex === `#${c}`);
  if (named) return named;
  const six = HEX6.exec(c);
  if (six) return nearest(`#${six[1]}`);
  const three = HEX3.exec(c);
  if (three) return nearest(`#${three[1]}${three[1]}${three[2]}${three[2]}${three[3]}${three[3]}`);
  return null;
}

/** The preset for a stored colour; the first preset for anything unreadable (never disappears). */
export function presetOf(color: string): ColorPreset {
  return presetOrNull(color) ?? FALLBACK;
}

/** The value to store for a colour (a preset hex), or null when `color` is not a colour. */
export function canonicalColor(color: unknown): string | null {
  return presetOrNull(color)?.hex ?? null;
}

/** The value to store for a colour: the preset hex with '#' (the first preset for garbage). */
export function storedColor(color: string): string {
  return presetOf(color).hex;
}

/** Six hex digits without '#', as used in the `rl-<hex>` highlight names and `rl-mark[data-c]`. */
export function colorKey(color: string): string {
  return presetOf(color).hex.slice(1);
}

/** The colour's name in the UI language ("yellow", "黄色"), for labels and screen readers. */
export function colorLabel(color: string, language: ColorLanguage = 'en'): string {
  return presetOf(color).labels[language];
}

/** The preset's English id name ("yellow"). */
export function colorNameOf(color: string): string {
  return presetOf(color).name;
}

/**
 * The text colour that stays readable on a highlight of `hex`: the page's own text colour cannot
 * be kept, because on a dark page it is light and a light highlight behind it makes it vanish.
 * Near-black on light colours (every preset), white on dark ones; WCAG relative luminance.
 */
export function readableTextOn(hex: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return '#1a1a1a';
  const lin = (v: string): number => {
    const c = parseInt(v, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * lin(m[1] as string) + 0.7152 * lin(m[2] as string) + 0.0722 * lin(m[3] as string);
  // Where black and white text have equal contrast (√(1.05 × 0.05) − 0.05 ≈ 0.179).
  return luminance > 0.179 ? '#1a1a1a' : '#ffffff';
}
