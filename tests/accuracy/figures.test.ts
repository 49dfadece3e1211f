import { describe, expect, it } from 'vitest';
import { loadLabels } from '../helpers/corpus';
import { evaluateFigures, evaluatePage, matchesLabel, rates } from '../eval/figures-eval';

describe('key figures over the labelled corpus', () => {
  it('finds the seed article figures with labels and directions', async () => {
    const labels = loadLabels();
    const seed = labels['mirror/000.html'];
    expect(seed?.figures?.length).toBeGreaterThan(0);
    const page = await evaluatePage('mirror/000.html', seed!);
    // Every labelled figure of the seed is in the top 10.
    expect(page.missed).toEqual([]);
    const drop = page.top.find((f) => matchesLabel('12.1%', f));
    expect(drop?.direction).toBe('down');
    expect(drop?.label).toContain('立案');
    const money = page.top.find((f) => matchesLabel('400余万元', f));
    expect(money).toMatchObject({ value: 4000000, unit: 'CNY', kind: 'money', approx: true });
  });

  it('meets the floors: ≥ 90% of labelled figures in the top 10, ≥ 85% of the top 10 real', async () => {
    const { folders } = await evaluateFigures();
    const all = folders.find((f) => f.folder === 'ALL')!;
    expect(all.labelled).toBeGreaterThan(100);
    const r = rates(all);
    expect(r.precision).toBeGreaterThanOrEqual(0.85);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
  });
});
