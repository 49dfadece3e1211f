import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, PRESET_COLORS, applySettingsPatch, parseSettings } from '../../../src/settings/schema';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps valid fields and repairs invalid ones one by one', () => {
    const { settings, problems } = parseSettings({ language: 'zh-CN', topFigures: 500, palette: ['#ff0000'], badge: 'yes' });
    expect(settings.language).toBe('zh-CN');
    expect(settings.topFigures).toBe(DEFAULT_SETTINGS.topFigures);
    expect(settings.palette).toEqual(DEFAULT_SETTINGS.palette);
    expect(settings.badge).toBe(DEFAULT_SETTINGS.badge);
    expect(problems).toEqual(['settings.topFigures: invalid value', 'settings.palette: invalid value', 'settings.badge: invalid value']);
  });

  it('accepts a palette of 4 to 8 distinct preset colours only', () => {
    const four = PRESET_COLORS.slice(0, 4);
    expect(parseSettings({ palette: four }).settings.palette).toEqual(four);
    expect(parseSettings({ palette: [...PRESET_COLORS.slice(0, 3), PRESET_COLORS[0]] }).problems).toHaveLength(1);
    expect(parseSettings({ palette: PRESET_COLORS.slice(0, 9) }).problems).toHaveLength(1);
  });

  it('survives hostile input', () => {
    expect(parseSettings('garbage').settings).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.parse('{"__proto__":{"badge":false}}')).settings.badge).toBe(true);
  });

  it('applies a patch through the same validation', () => {
    expect(applySettingsPatch(DEFAULT_SETTINGS, { topFigures: 5 }).settings.topFigures).toBe(5);
    expect(applySettingsPatch(DEFAULT_SETTINGS, { topFigures: 0 }).settings.topFigures).toBe(DEFAULT_SETTINGS.topFigures);
  });
});
