import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESET_COLORS } from '../../../src/settings/schema';

const css = readFileSync(resolve(__dirname, '../../../src/content/highlights.css'), 'utf8');

describe('content stylesheet', () => {
  it.each(PRESET_COLORS)('styles preset colour %s for both renderers', (hex) => {
    const name = hex.slice(1);
    expect(css).toContain(`::highlight(rl-${name}) { background-color: ${hex};`);
    expect(css).toContain(`rl-mark[data-c="${name}"] { background-color: ${hex};`);
  });
});
