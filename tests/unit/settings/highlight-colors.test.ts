import { describe, expect, it } from 'vitest';
import { COLOR_PRESETS, canonicalColor, colorLabel, presetOf, storedColor } from '../../../src/core/colors/highlight-colors';
import { HIGHLIGHT_COLORS } from '../../../src/core/anchoring/types';
import { PRESET_COLORS } from '../../../src/settings/schema';
import { parseImport } from '../../../src/core/highlights-io/parse-import';
import { exportAnnotationsJson } from '../../../src/core/highlights-io/web-annotation';
import { filterHighlights } from '../../../src/sidepanel/components/highlights/filter-highlights';
import { makeHighlight } from '../../helpers/highlight-factory';
import { highlightColorSchema } from '../../../src/core/validate/records';

describe('one colour list', () => {
  it('is the same list for core, settings, and the message schema', () => {
    expect([...HIGHLIGHT_COLORS]).toEqual(COLOR_PRESETS.map((c) => c.hex));
    expect([...PRESET_COLORS]).toEqual([...HIGHLIGHT_COLORS]);
    for (const hex of HIGHLIGHT_COLORS) {
      expect(highlightColorSchema.parse(hex)).toEqual({ ok: true, value: hex });
    }
    // What the background accepts is always one of the presets, so it paints, filters and re-imports the same.
    expect(highlightColorSchema.parse('#FFE066')).toEqual({ ok: true, value: '#ffe066' });
    expect(highlightColorSchema.parse('#ffff00').ok).toBe(false);
    expect(highlightColorSchema.parse('red; background:url(x)').ok).toBe(false);
  });

  it('reads names, aliases, case and hex forms as the same preset', () => {
    expect(canonicalColor('purple')).toBe('#b197fc');
    expect(canonicalColor('Violet')).toBe('#b197fc');
    expect(canonicalColor('#B197FC')).toBe('#b197fc');
    expect(canonicalColor('b197fc')).toBe('#b197fc');
    expect(canonicalColor('yellow')).toBe('#ffe066');
    expect(canonicalColor('gray')).toBe('#ced4da');
  });

  it('maps an off-palette hex to the nearest preset and refuses non-colours', () => {
    expect(canonicalColor('#ffff00')).toBe('#ffe066');
    expect(canonicalColor('#3399ff')).toBe('#74c0fc');
    expect(canonicalColor('#f00')).toBe('#ff8787');
    expect(canonicalColor('url(javascript:x)')).toBeNull();
    expect(canonicalColor('')).toBeNull();
    expect(storedColor('nonsense')).toBe('#ffe066');
  });

  it('names every colour in both UI languages', () => {
    for (const c of COLOR_PRESETS) {
      expect(colorLabel(c.hex, 'en')).toMatch(/^[a-z]+$/);
      expect(colorLabel(c.hex, 'zh-CN')).toMatch(/^\p{Script=Han}+$/u);
    }
    expect(new Set(COLOR_PRESETS.map((c) => c.labels['zh-CN'])).size).toBe(COLOR_PRESETS.length);
    expect(colorLabel('purple', 'zh-CN')).toBe('紫色');
  });

  it('imports a "purple" highlight as violet, and the filter finds it under violet', () => {
    const h = makeHighlight({ id: '3f2b8c1e-7a4d-4e2b-9c1a-000000000001', color: 'purple' });
    const parsed = parseImport(exportAnnotationsJson([h], 0));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.highlights[0]!.color).toBe('#b197fc');
    expect(presetOf(parsed.highlights[0]!.color).name).toBe('violet');
    expect(filterHighlights([h], { text: '', color: '#b197fc' })).toHaveLength(1);
  });
});
