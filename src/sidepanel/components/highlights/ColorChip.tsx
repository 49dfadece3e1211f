import { colorNameOf, presetOf } from '../../../settings/highlight-colors';

/** A dot in a highlight's colour. The colour comes from our presets, never from stored text. */
export function ColorChip({ color }: { color: string }) {
  const preset = presetOf(color);
  return <span class="hl-chip" style={{ background: preset.hex }} title={colorNameOf(preset.hex)} aria-label={colorNameOf(preset.hex)} />;
}
