import { describe, expect, it } from 'vitest';
import { loadLabels } from '../helpers/corpus';
import { evaluateFigures, evaluatePage, matchesLabel, rates } from '../eval/figures-eval';
import { FIGURE_TEST_FLOORS as FIGURE_FLOORS } from '../eval/run-figures-eval';

describe('key figures over the labelled corpus', () => {
  it('finds the seed article figures with labels and directions', async () => {
    const labels = loadLabels();
    const seed = labels['mirror/000.html'];
    expect(seed?.figures?.length).toBeGreaterThan(0);
    const page = await evaluatePage('mirror/000.html', seed!);
    // The customer's figures are in the top 10, and so is every other labelled figure of the seed
    // (150余次 included: 共劝阻150余次 is a summary total).
    for (const f of ['12.1%', '400余万元', '718名', '150余次']) expect(page.top.some((t) => matchesLabel(f, t)), f).toBe(true);
    expect(page.missed, page.missed.join(', ')).toEqual([]);
    const drop = page.top.find((f) => matchesLabel('12.1%', f));
    expect(drop?.direction).toBe('down');
    expect(drop?.label).toBe('立案数');
    const money = page.top.find((f) => matchesLabel('400余万元', f));
    expect(money).toMatchObject({ value: 4000000, unit: 'CNY', kind: 'money', approx: true });
  });

  it(`meets the floors: ≥ ${FIGURE_FLOORS.recall * 100}% of labelled figures in the top 10, ≥ ${FIGURE_FLOORS.labels * 100}% of their labels name what they measure`, async () => {
    const { folders, pages } = await evaluateFigures();
    const all = folders.find((f) => f.folder === 'ALL')!;
    expect(all.labelled).toBeGreaterThan(400);
    // Labels are judged on the pages that carry figure_labels (web/): there must be many.
    expect(all.judged).toBeGreaterThan(150);
    const r = rates(all);
    const missed = pages.flatMap((p) => p.missed.map((m) => `${p.path}: ${m}`));
    const wrong = pages.flatMap((p) => p.labels.filter((v) => !v.correct).map((v) => `${p.path}: ${v.figure} → "${v.label}"`));
    expect(r.recall, `not in the top 10:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(FIGURE_FLOORS.recall);
    expect(r.labels, `wrong labels:\n${wrong.join('\n')}`).toBeGreaterThanOrEqual(FIGURE_FLOORS.labels);
    // 208 pages parsed and analysed: ~1 min alone, several on a loaded two-core machine.
  }, 600_000);
});
