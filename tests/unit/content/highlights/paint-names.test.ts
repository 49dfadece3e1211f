import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../../src/platform/browser', async () => (await import('../../../helpers/fake-browser')).fakeBrowserModule());
import { PRESET_COLORS } from '../../../../src/settings/schema';
import { paintNames, resetPaintNames } from '../../../../src/content/highlights/paint-names';
import { paintCss } from '../../../../src/background/page-styles';
import { readableTextOn } from '../../../../src/core/colors/highlight-colors';

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (c[0] as number) + 0.7152 * (c[1] as number) + 0.0722 * (c[2] as number);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('highlight text stays readable on dark pages', () => {
  it.each(PRESET_COLORS)('preset %s is painted with its own text colour at WCAG AA contrast, not the page\'s (light on dark pages)', (hex) => {
    const text = readableTextOn(hex);
    expect(contrast(hex, text)).toBeGreaterThanOrEqual(4.5);
    // The page's light text (dark theme) would be unreadable on it: that is why it is not inherited.
    expect(contrast(hex, '#e6edf3')).toBeLessThan(3);
    expect(paintCss([{ name: 'abcdefghijkl', color: hex }])).toContain(`color: ${text};`);
  });
  it('uses white on a dark colour', () => {
    expect(readableTextOn('#1f2328')).toBe('#ffffff');
    expect(contrast('#1f2328', readableTextOn('#1f2328'))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('paint names and rules (no stylesheet a page can probe)', () => {
  it.each(PRESET_COLORS)('has a paint rule for preset colour %s under a random name', (hex) => {
    resetPaintNames();
    const names = paintNames();
    const name = names.forKey(hex.slice(1));
    expect(name).toMatch(/^[a-z][a-z0-9]{11}$/);
    expect(name).not.toMatch(/^rl-/);
    expect(paintCss(names.rules())).toContain(`::highlight(${name}) { background-color: ${hex.toLowerCase()}; color: #1a1a1a; }`);
  });

  it('draws new names on every page load, so a page cannot link them across loads', () => {
    resetPaintNames();
    const first = paintNames();
    const a = [first.forKey('ffe066'), first.flash, first.markTag];
    resetPaintNames();
    const second = paintNames();
    const b = [second.forKey('ffe066'), second.flash, second.markTag];
    a.forEach((name, i) => expect(name).not.toBe(b[i]));
    expect(second.markTag).toMatch(/^[a-z]{6}-[a-z]{6}$/);
  });

  it('drops rules whose name or colour a hostile page forged into CSS', () => {
    expect(paintCss([{ name: 'x} body{display:none', color: '#ffe066' }])).toBeNull();
    expect(paintCss([{ name: 'abcdefghij', color: 'red;}*{color:red' }])).toBeNull();
    expect(paintCss([{ name: 'abcdefghij', color: '#ff922b', flash: true }])).toBe('::highlight(abcdefghij) { background-color: #ff922b; color: #000; }');
  });
});
