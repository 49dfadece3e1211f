/**
 * Targets 1 and 2 and the analysis memory row, on a plain Chromium page that loads the bench
 * bundle: analyzePage vs Readability over the corpus, the bail-out on generated non-article pages,
 * key figures at 1×/4×/16× text on the longest article, heap before/after analysis.
 */
import type { Browser, Page } from 'playwright-core';
import { loadLabels } from '../helpers/corpus';
import { appShellHtml, hugePageHtml, searchResultsHtml } from './gen-pages';
import type { BenchServer } from './server';
import { median, p95, round } from './stats';
import { fmtMb, fmtMs, fmtPct, type Row } from './table';

type Compare = { analyze: number[]; readability: number[]; textLength: number; articleLength: number; verdict: string };
type Bench = { compareOnPage(p: string, u: string, r: number): Promise<Compare> };

export type PageResult = { path: string; url: string; analyzeMs: number; readabilityMs: number; ratio: number; textLength: number; articleLength: number };

export async function benchAnalysis(browser: Browser, server: BenchServer, reps: number, log: (s: string) => void): Promise<{ rows: Row[]; pages: PageResult[]; details: Record<string, unknown> }> {
  const labels = loadLabels(); // throws a clear error when the corpus is missing
  const page = await browser.newPage();
  await page.goto(`${server.origin}/host.html`);
  const pages: PageResult[] = [];
  const entries = Object.entries(labels);
  for (const [i, [path, label]] of entries.entries()) {
    const r = await page.evaluate(([p, u, n]) => (globalThis as unknown as { rlBench: Bench }).rlBench.compareOnPage(p, u, n), [`/corpus/${path}`, label.url, reps] as const);
    const a = median(r.analyze);
    const b = median(r.readability);
    pages.push({ path, url: label.url, analyzeMs: round(a, 3), readabilityMs: round(b, 3), ratio: round(a / b, 3), textLength: r.textLength, articleLength: r.articleLength });
    if ((i + 1) % 20 === 0) log(`  analysis: ${i + 1}/${entries.length} pages`);
  }
  await page.close();
  const ratios = pages.map((p) => p.ratio);
  const overall = median(ratios);
  const sumRatio = pages.reduce((s, p) => s + p.analyzeMs, 0) / pages.reduce((s, p) => s + p.readabilityMs, 0);
  const over = pages.filter((p) => p.ratio > 0.5).sort((x, y) => y.ratio - x.ratio);
  const worst = over[0] ?? [...pages].sort((x, y) => y.ratio - x.ratio)[0];
  const rows: Row[] = [
    {
      group: '1', metric: `analyzePage / Readability, median of per-page medians (${pages.length} pages × ${reps})`,
      value: fmtPct(overall), target: '≤ 50%', pass: overall <= 0.5,
      note: `sum of medians ${fmtPct(sumRatio)}; median analyzePage ${fmtMs(median(pages.map((p) => p.analyzeMs)))} vs Readability ${fmtMs(median(pages.map((p) => p.readabilityMs)))}; ${over.length} page(s) above 50%${worst ? `, worst ${worst.path} ${fmtPct(worst.ratio)} (${fmtMs(worst.analyzeMs)} vs ${fmtMs(worst.readabilityMs)})` : ''}`,
    },
  ];
  return { rows, pages, details: { ratioMedian: overall, ratioOfSums: sumRatio, pagesOver50: over.map((p) => p.path) } };
}

type BailOut = { ms: number; result: boolean; nodes: number };

/** The bail-out: first call of looksLikeArticle on a freshly loaded live document, `loads` loads per page. */
export async function benchBailOut(browser: Browser, server: BenchServer, loads: number): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const gen = { 'web app shell': ['/gen/app.html', appShellHtml()], 'search results': ['/gen/search.html', searchResultsHtml()], '100,000-node page': ['/gen/huge.html', hugePageHtml()] } as const;
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  const page = await browser.newPage();
  for (const [name, [path, html]] of Object.entries(gen)) {
    server.set(path, html);
    const samples: BailOut[] = [];
    for (let i = 0; i < loads; i++) {
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      samples.push(await page.evaluate(() => (globalThis as unknown as { rlBench: { bailOutOnce(): BailOut } }).rlBench.bailOutOnce()));
    }
    const ms = samples.map((s) => s.ms);
    const bailed = samples.every((s) => !s.result);
    const m = median(ms);
    rows.push({
      group: '1', metric: `bail-out looksLikeArticle, ${name} (${samples[0]?.nodes} elements, ${loads} fresh loads)`,
      value: `${fmtMs(m)} (p95 ${fmtMs(p95(ms))})`, target: 'median < 1 ms', pass: m < 1 && bailed,
      note: bailed ? undefined : 'looksLikeArticle returned TRUE: the page would not bail out',
    });
    details[name] = { medianMs: m, p95Ms: p95(ms), nodes: samples[0]?.nodes, result: samples[0]?.result };
  }
  await page.close();
  return { rows, details };
}

type Fig = { scale: number; chars: number; articleChars: number; ms: number[]; figures: number; rootTag: string };

export async function benchFigures(browser: Browser, server: BenchServer, longest: PageResult, reps: number): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/host.html`);
  const res = await page.evaluate(([p, n]) => (globalThis as unknown as { rlBench: { figuresScaling(p: string, s: number[], n: number): Promise<Fig[]> } }).rlBench.figuresScaling(p, [1, 4, 16], n), [`/corpus/${longest.path}`, reps] as const);
  await page.close();
  const base = res[0] as Fig;
  const perChar = (f: Fig): number => median(f.ms) / f.articleChars;
  const rows: Row[] = [{
    group: '2', metric: `extractKeyFigures on the longest article ${longest.path} (${base.articleChars} article chars)`,
    value: fmtMs(median(base.ms)), target: '< 20 ms', pass: median(base.ms) < 20,
    note: `article root ${base.rootTag}; ${base.figures} figures; ${round((median(base.ms) / base.articleChars) * 1e6, 0)} µs per 1,000 chars`,
  }];
  for (const f of res.slice(1)) {
    const growth = perChar(f) / perChar(base);
    rows.push({
      group: '2', metric: `figures at ${f.scale}× the article body (${f.articleChars} article chars, ${round(f.articleChars / base.articleChars, 1)}× text)`,
      value: `${fmtMs(median(f.ms))}, per-char ${growth.toFixed(2)}× of 1×`, target: 'per-char ≤ 2× (linear)', pass: growth <= 2,
    });
  }
  const details = Object.fromEntries(res.map((f) => [`${f.scale}x`, { medianMs: median(f.ms), samples: f.ms, chars: f.chars, articleChars: f.articleChars, usPerKChar: round((median(f.ms) / f.articleChars) * 1e6, 1), figures: f.figures, root: f.rootTag }]));
  return { rows, details };
}

async function heapUsed(page: Page, gc: boolean): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  if (gc) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

export async function benchAnalysisMemory(browser: Browser, server: BenchServer, largest: { path: string; url: string }): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/host.html`);
  const elements = await page.evaluate((p) => (globalThis as unknown as { rlBench: { loadForMemory(p: string): Promise<number> } }).rlBench.loadForMemory(p), `/corpus/${largest.path}`);
  const before = await heapUsed(page, true);
  const ms = await page.evaluate((u) => (globalThis as unknown as { rlBench: { analyseKept(u: string): number } }).rlBench.analyseKept(u), largest.url);
  const afterNoGc = await heapUsed(page, false);
  const after = await heapUsed(page, true);
  const perf = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
  await page.close();
  return {
    rows: [{
      group: '5', metric: `V8 heap, analysis+figures on the largest corpus file ${largest.path} (${elements} elements)`,
      value: `${fmtMb(before)} → ${fmtMb(afterNoGc)} (after GC ${fmtMb(after)})`, target: '', pass: null,
      note: `CDP Runtime.getHeapUsage of the page; results kept alive; run took ${fmtMs(ms)}; performance.memory.usedJSHeapSize ${fmtMb(perf)}`,
    }],
    details: { beforeBytes: before, afterNoGcBytes: afterNoGc, afterGcBytes: after, retainedBytes: after - before, analysisMs: ms, perfMemoryUsed: perf },
  };
}
