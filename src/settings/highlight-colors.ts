/**
 * Highlight colours: a stored highlight keeps the preset's *name* ("yellow"), readable in exports
 * and stable if a preset's shade is ever retuned; pages and the panel paint it with the preset's
 * hex. Anything unknown (an import from elsewhere, a hand-edited file) paints as the first preset
 * rather than disappearing.
 */
import presets from './palette-presets.json';

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

/** The name to store for a palette entry (settings keep hex values). */
export function colorNameOf(hex: string): string {
  return presetOf(hex).name;
}
