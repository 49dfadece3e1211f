import { colorLabel, presetOf } from '../../../settings/highlight-colors';
import type { Translate } from '../../../ui/i18n/translate';

/** A dot in a highlight's colour, named in the UI language. The colour comes from our presets, never from stored text. */
export function ColorChip({ color, t }: { color: string; t?: Translate }) {
  const preset = presetOf(color);
  const name = colorLabel(preset.hex, t?.language ?? 'en');
  return <span class="hl-chip" role="img" style={{ background: preset.hex }} title={name} aria-label={name} />;
}
