import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../../src/platform/browser', async () => (await import('../../../helpers/fake-browser')).fakeBrowserModule());
import { PRESET_COLORS } from '../../../../src/settings/schema';
import { paintNames, resetPaintNames } from '../../../../src/content/highlights/paint-names';
import { paintCss } from '../../../../src/background/page-styles';

describe('paint names and rules (no stylesheet a page can probe)', () => {
  it.each(PRESET_COLORS)('has a paint rule for preset colour %s under a random name', (hex) => {
    resetPaintNames();
    const names = paintNames();
    const name = names.forKey(hex.slice(1));
    expect(name).toMatch(/^[a-z][a-z0-9]{11}$/);
    expect(name).not.toMatch(/^rl-/);
    expect(paintCss(names.rules())).toContain(`::highlight(${name}) { background-color: ${hex.toLowerCase()}; color: inherit; }`);
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
