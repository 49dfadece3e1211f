/**
 * Target 3: 500 highlights described on random ranges of a 150,000-character article, re-anchored
 * on fresh loads of the page (shifted by a correction paragraph, so the exact-quote search does the
 * work), and 50 edited quotes re-anchored fuzzily. Long tasks: PerformanceObserver('longtask') plus
 * the longest slice between two yields of anchorAll (yield injected and timed).
 */
import type { Browser } from 'playwright-core';
import type { AnchorInput } from '../../src/core/anchoring/anchor-all';
import { anchorArticleHtml } from './gen-pages';
import type { BenchServer } from './server';
import { max, median } from './stats';
import { fmtMs, type Row } from './table';

type AnchorRun = { totalMs: number; maxSliceMs: number; firstSliceMs: number; slices: number; longTasks: number[]; methods: Record<string, number>; chars: number };
type Bench = {
  makeHighlights(n: number, seed: number): AnchorInput[];
  reanchor(h: AnchorInput[]): Promise<AnchorRun>;
  longTaskProbe(): Promise<number[]>;
};

export async function benchAnchoring(browser: Browser, server: BenchServer, reps: number): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const plain = anchorArticleHtml();
  server.set('/gen/anchor.html', plain);
  server.set('/gen/anchor-shifted.html', anchorArticleHtml({ shifted: true }));
  const page = await browser.newPage();
  await page.goto(`${server.origin}/gen/anchor.html`);
  const highlights = await page.evaluate(() => (globalThis as unknown as { rlBench: Bench }).rlBench.makeHighlights(500, 7));
  // Edited quotes: 50 whose text occurs once in the HTML (not split by a tag), changed by ~4%.
  const fifty = highlights.filter((h) => plain.split(h.selectors.quote.exact).length === 2).slice(0, 50);
  server.set('/gen/anchor-edited.html', anchorArticleHtml({ edits: fifty.map((h) => h.selectors.quote.exact) }));

  const run = async (path: string, inputs: AnchorInput[]): Promise<AnchorRun[]> => {
    const runs: AnchorRun[] = [];
    for (let i = 0; i < reps; i++) {
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' }); // a fresh Document each time
      runs.push(await page.evaluate((h) => (globalThis as unknown as { rlBench: Bench }).rlBench.reanchor(h), inputs));
    }
    return runs;
  };
  const exact = await run('/gen/anchor-shifted.html', highlights);
  const fuzzy = await run('/gen/anchor-edited.html', fifty);
  const probe = await page.evaluate(() => (globalThis as unknown as { rlBench: Bench }).rlBench.longTaskProbe());
  await page.close();

  const summary = (runs: AnchorRun[]) => ({
    medianMs: median(runs.map((r) => r.totalMs)),
    samplesMs: runs.map((r) => r.totalMs),
    maxSliceMs: max(runs.map((r) => r.maxSliceMs)),
    firstSliceMs: runs.map((r) => r.firstSliceMs),
    longTasksMs: runs.flatMap((r) => r.longTasks),
    slices: runs[0]?.slices,
    methods: runs[0]?.methods,
    chars: runs[0]?.chars,
  });
  const e = summary(exact);
  const f = summary(fuzzy);
  const probeOk = probe.some((d) => d >= 50);
  const worstTask = (s: ReturnType<typeof summary>): number => Math.max(s.maxSliceMs, ...s.longTasksMs);
  const fmtMethods = (m: Record<string, number> | undefined): string => Object.entries(m ?? {}).map(([k, v]) => `${k} ${v}`).join(', ');
  const rows: Row[] = [
    {
      group: '3', metric: `re-anchor 500 exact quotes, ${e.chars} chars, shifted page (${reps} fresh loads)`,
      value: fmtMs(e.medianMs), target: '< 300 ms', pass: e.medianMs < 300, note: fmtMethods(e.methods),
    },
    {
      group: '3', metric: '  longest task while re-anchoring 500 (slice max / long tasks)',
      value: `${fmtMs(e.maxSliceMs)} / ${e.longTasksMs.length ? e.longTasksMs.map((d) => fmtMs(d)).join(', ') : 'none'}`,
      target: '≤ 50 ms', pass: worstTask(e) <= 50,
      note: `first slice (createAnchorContext: text index + normalizeForMatch) per load: ${e.firstSliceMs.map((d) => fmtMs(d)).join(', ')}`,
    },
    {
      group: '3', metric: `fuzzy re-anchor of ${fifty.length} edited quotes (${reps} fresh loads)`,
      value: `${fmtMs(f.medianMs)}, slice max ${fmtMs(f.maxSliceMs)} / long tasks ${f.longTasksMs.length ? f.longTasksMs.map((d) => fmtMs(d)).join(', ') : 'none'}`,
      target: 'no task > 50 ms', pass: worstTask(f) <= 50 && fifty.length === 50,
      note: `${fmtMethods(f.methods)}; first slice per load: ${f.firstSliceMs.map((d) => fmtMs(d)).join(', ')}`,
    },
    {
      group: '3', metric: 'long-task observer sanity check (a 70 ms busy task)', value: probe.length ? `seen: ${probe.map((d) => fmtMs(d)).join(', ')}` : 'NOT seen',
      target: 'seen', pass: probeOk,
    },
  ];
  return { rows, details: { exact500: e, fuzzy50: f, probe } };
}
