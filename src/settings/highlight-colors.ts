/**
 * Highlight colours. A stored highlight keeps the palette's hex value ("#ffe066"): settings hold
 * hex values, and the import validator accepts any hex, whereas only five preset names are known
 * to it. Older or foreign records may hold a preset name instead; both resolve here. Anything
 * unknown paints as the first preset rather than disappearing.
 */
import presets from './palette-presets.json';

/** One palette colour: hex with '#', lowercase, and its name. */
export type ColorPreset = { hex: string; name: string };

/** Every preset colour, in palette order (hex with '#', lowercase). */
export const COLOR_PRESETS: readonly ColorPreset[] = presets.colors.map((c) => ({ hex: c.hex.toLowerCase(), name: c.name }));

const FALLBACK = COLOR_PRESETS[0] as ColorPreset;

/** The preset for a stored colour (a preset name or a preset hex); the first preset otherwise. */
export function presetOf(color: string): ColorPreset {
  const c = typeof color === 'string' ? color.trim().toLowerCase() : '';
  return COLOR_PRESETS.find((p) => p.name === c || p.hex === c || p.hex === `#${c}`) ?? FALLBACK;
}

/** Six hex digits without '#', as used in the `rl-<hex>` highlight names and `rl-mark[data-c]`. */
export function colorKey(color: string): string {
  return presetOf(color).hex.slice(1);
}

/** The preset's human name ("yellow"), for labels. */
export function colorNameOf(hex: string): string {
  return presetOf(hex).name;
}

/** The value to store for a colour: the preset hex with '#'. */
export function storedColor(color: string): string {
  return presetOf(color).hex;
}
