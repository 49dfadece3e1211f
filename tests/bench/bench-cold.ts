/**
 * What a reader pays on a fresh page load: every page is loaded in a new tab with tracing on, in
 * one Chromium holding two extensions — the built extension (dist/chrome) and a yardstick whose
 * content script evaluates Mozilla Readability and parses the page once (built here, in a temp
 * dir). Both are attributed from the same trace by script URL (trace-attribution.ts), so each
 * page gives a ratio within one load. Pages: a sample of every corpus folder (served as HTML with
 * page scripts off), a generated 150,000-character article, a web-app page and a search page
 * (each non-article page loaded NON_ARTICLE_LOADS times: its figure is the median). A third
 * extension, a one-line content script, shows on the same loads what merely reading the page costs.
 */
import { mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext } from 'playwright-core';
import { OFFLINE_CHROMIUM_FLAGS } from '../e2e/support/chromium-flags';
import { corpusDir, loadLabels } from '../helpers/corpus';
import { CHROMIUM_BIN } from './browser';
import { anchorArticleHtml, appShellHtml, searchResultsHtml } from './gen-pages';
import type { BenchServer } from './server';
import { max, median, round } from './stats';
import { fmtMs, type Row } from './table';
import { extensionCosts, type TraceEvent } from './trace-attribution';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'toplevel', 'disabled-by-default-v8.cpu_profiler'];
/** After `load`: long enough for idle callbacks, the injection and the sliced analysis. */
const SETTLE_MS = 2500;

export type ColdPage = {
  page: string; kind: 'corpus' | 'generated-article' | 'non-article'; oursMs: number; oursLongestTaskMs: number; oursTasks: number;
  /** The content bundle (highlighter, in-page UI) was injected into the page. */
  injected: boolean;
  /** The background filed an article report for the page (analysed from its snapshot). */
  analysed: boolean;
  /** Off the page: the analysis of the snapshot (parse included) in the offscreen document, ms. */
  offPageMs: number | null;
  readabilityMs: number; ratio: number | null;
  /** The one-line yardstick's time on the same load (see buildFloor). */
  floorMs: number;
};

/** Reads the report the background filed for `url` (IndexedDB 'pages'), in the service worker. */
const REPORT_OF = (url: string): string => `new Promise((resolve) => {
  const open = indexedDB.open('repost-lens');
  open.onerror = () => resolve(null);
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains('pages')) { db.close(); resolve(null); return; }
    const all = db.transaction('pages').objectStore('pages').getAll();
    all.onsuccess = () => { const r = all.result.find((p) => p.url === ${JSON.stringify(url)} || (p.report && p.report.url === ${JSON.stringify(url)})); db.close(); resolve(r ? r.report : null); };
    all.onerror = () => { db.close(); resolve(null); };
  };
})`;

/** The yardstick extension: Readability evaluated and run once per page, at document_idle like ours. */
async function buildYardstick(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rl-yardstick-'));
  const require = createRequire(import.meta.url);
  await copyFile(require.resolve('@mozilla/readability/Readability.js'), join(dir, 'Readability.js'));
  await writeFile(join(dir, 'parse.js'), 'if (window.top === window) { const article = new Readability(document.cloneNode(true)).parse(); void (article && article.length); }\n');
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'Readability yardstick', version: '1.0',
    content_scripts: [{ matches: ['http://*/*'], js: ['Readability.js', 'parse.js'], run_at: 'document_idle' }],
  }));
  return dir;
}

/**
 * The floor: a content script that reads one property of the page's document and nothing else.
 * Its cost is what ANY extension that looks at a page pays there (compiling a script, entering
 * the isolated world, the document's bindings created on first touch): the non-article target
 * is read against it.
 */
async function buildFloor(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rl-floor-'));
  await writeFile(join(dir, 'floor.js'), 'if (window.top === window) void document.readyState;\n');
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'One-line yardstick', version: '1.0',
    content_scripts: [{ matches: ['http://*/*'], js: ['floor.js'], run_at: 'document_idle' }],
  }));
  return dir;
}

/** Fresh loads of each non-article page: its figure is their median (one load of ~1 ms is noise-bound). */
const NON_ARTICLE_LOADS = 5;

/** A deterministic sample of each corpus folder's labelled pages (every k-th, sorted). */
export function samplePages(perFolder: number, webPages: number): string[] {
  const labels = Object.keys(loadLabels()).sort();
  const folders = new Map<string, string[]>();
  for (const path of labels) {
    const folder = path.split('/')[0] ?? '';
    folders.set(folder, [...(folders.get(folder) ?? []), path]);
  }
  const out: string[] = [];
  for (const [folder, paths] of folders) {
    const n = Math.min(paths.length, folder === 'web' ? webPages : perFolder);
    const step = paths.length / n;
    for (let i = 0; i < n; i++) out.push(paths[Math.floor(i * step)] as string);
  }
  return out;
}

/** An unpacked extension's id: Chromium derives it from the folder's absolute path (sha256, 32 hex digits as a–p). */
export function unpackedExtensionOrigin(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return `chrome-extension://${[...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('')}/`;
}

/** The report filed for `url`, read in our service worker (null when none). */
async function reportOf(context: BrowserContext, origin: string, url: string): Promise<{ isArticle?: boolean; durationMs?: number } | null> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith(origin))
    ?? (await context.waitForEvent('serviceworker', { timeout: 10_000, predicate: (w) => w.url().startsWith(origin) }).catch(() => null));
  if (!worker) return null;
  // A big page's analysis may still be running off the page: wait a little for it.
  for (const deadline = Date.now() + 4_000; ;) {
    const report = (await worker.evaluate(REPORT_OF(url)).catch(() => null)) as { isArticle?: boolean; durationMs?: number } | null;
    if (report || Date.now() > deadline) return report;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function tracePageLoad(context: BrowserContext, url: string): Promise<TraceEvent[]> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } } as never);
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => {});
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  return events;
}

/** The load with the median time of ours (the others' figures from that same load); injected if any load injected. */
function medianLoad(loads: ColdPage[]): ColdPage | null {
  if (loads.length === 0) return null;
  const sorted = [...loads].sort((a, b) => a.oursMs - b.oursMs);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)] as ColdPage;
  return { ...mid, injected: loads.some((l) => l.injected), floorMs: round(median(loads.map((l) => l.floorMs)), 2) };
}

export async function benchCold(dist: string, server: BenchServer, log: (s: string) => void, opts: { perFolder: number; webPages: number }): Promise<{ rows: Row[]; details: Record<string, unknown>; keys: Record<string, unknown> }> {
  const pages: Array<{ page: string; url: string; kind: ColdPage['kind'] }> = [];
  for (const path of samplePages(opts.perFolder, opts.webPages)) {
    // As a page: HTML with its own scripts off (offline, and not what we measure); /cold/ keeps the folder names.
    server.set(`/cold/${path}`, readFileSync(join(corpusDir(), path), 'utf8'), 'text/html; charset=utf-8');
    pages.push({ page: path, url: `${server.origin}/cold/${path}`, kind: 'corpus' });
  }
  const strip = (html: string): string => html.replace('<script src="/bench.js"></script>', '');
  server.set('/cold-gen/article-150k.html', strip(anchorArticleHtml()), 'text/html; charset=utf-8');
  server.set('/cold-gen/web-app.html', strip(appShellHtml()), 'text/html; charset=utf-8');
  server.set('/cold-gen/search.html', strip(searchResultsHtml()), 'text/html; charset=utf-8');
  pages.push({ page: 'generated 150k-char article', url: `${server.origin}/cold-gen/article-150k.html`, kind: 'generated-article' });
  pages.push({ page: 'generated web app', url: `${server.origin}/cold-gen/web-app.html`, kind: 'non-article' });
  pages.push({ page: 'generated search results', url: `${server.origin}/cold-gen/search.html`, kind: 'non-article' });

  const yardstick = await buildYardstick();
  const floor = await buildFloor();
  const userDataDir = await mkdtemp(join(tmpdir(), 'rl-bench-cold-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    args: [`--disable-extensions-except=${dist},${yardstick},${floor}`, `--load-extension=${dist},${yardstick},${floor}`, ...OFFLINE_CHROMIUM_FLAGS],
    timeout: 60_000,
  });
  const results: ColdPage[] = [];
  try {
    const origins = { ours: unpackedExtensionOrigin(dist), yardstick: unpackedExtensionOrigin(yardstick), floor: unpackedExtensionOrigin(floor) };
    // One throwaway load: the first page of a browser pays for starting the renderer and the worker.
    await tracePageLoad(context, pages[0]?.url ?? `${server.origin}/cold-gen/search.html`);
    for (const [i, p] of pages.entries()) {
      const loads: ColdPage[] = [];
      for (let k = 0; k < (p.kind === 'non-article' ? NON_ARTICLE_LOADS : 1); k++) {
        const events = await tracePageLoad(context, p.url);
        // The page's renderer: where the content scripts (our loader, the yardsticks) ran.
        const pageScript = (url: string): boolean => url.includes('/src/loader/') || url.includes('/src/content/') || url.startsWith(origins.yardstick) || url.startsWith(origins.floor);
        const [ours, yard, one] = extensionCosts(events, [origins.ours, origins.yardstick, origins.floor], pageScript);
        if (!ours || !yard || !one) continue;
        const injected = ours.scripts.some((s) => s.includes('/src/content/'));
        const report = await reportOf(context, origins.ours, p.url);
        loads.push({
          page: p.page, kind: p.kind, injected,
          analysed: report?.isArticle === true, offPageMs: typeof report?.durationMs === 'number' ? round(report.durationMs, 2) : null,
          oursMs: round(ours.totalMs, 2), oursLongestTaskMs: round(ours.longestTaskMs, 2), oursTasks: ours.tasks,
          readabilityMs: round(yard.totalMs, 2), ratio: yard.totalMs > 0 ? round(ours.totalMs / yard.totalMs, 3) : null,
          floorMs: round(one.totalMs, 2),
        });
      }
      const mid = medianLoad(loads);
      if (mid) results.push(mid);
      if (i % 10 === 9) log(`cold loads: ${i + 1}/${pages.length}`);
    }
  } finally {
    await context.close().catch(() => {});
    await rm(userDataDir, { recursive: true, force: true });
    await rm(yardstick, { recursive: true, force: true });
    await rm(floor, { recursive: true, force: true });
  }

  // Article pages: those the extension treated as articles (the background filed a report).
  const articles = results.filter((r) => r.kind !== 'non-article' && r.analysed && r.ratio !== null);
  const offPage = articles.map((r) => r.offPageMs).filter((v): v is number => v !== null);
  const corpus = results.filter((r) => r.kind === 'corpus');
  const nonArticle = results.filter((r) => r.kind === 'non-article');
  const ratio = median(articles.map((r) => r.ratio as number));
  const articleMs = median(articles.map((r) => r.oursMs));
  const longestMedian = median(corpus.map((r) => r.oursLongestTaskMs));
  const longestMax = max(corpus.map((r) => r.oursLongestTaskMs));
  const anyMax = max(results.map((r) => r.oursLongestTaskMs));
  const nonArticleMs = max(nonArticle.map((r) => r.oursMs));
  const floorMs = max(nonArticle.map((r) => r.floorMs));
  const injectedOnNonArticle = nonArticle.filter((r) => r.injected).map((r) => r.page);
  const rows: Row[] = [
    { group: '0 cold', metric: `cold article cost / Readability's cold parse (median of ${articles.length} pages)`, value: `${ratio.toFixed(2)}×`, target: '≤ 0.5× (aim 0.1×)', pass: ratio <= 0.5 },
    { group: '0 cold', metric: 'cold article main-thread time (median; Readability median)', value: `${fmtMs(articleMs)} (${fmtMs(median(articles.map((r) => r.readabilityMs)))})`, target: '', pass: null },
    { group: '0 cold', metric: `off the page (offscreen document): snapshot parse + analysis, median (max) of ${offPage.length}`, value: `${fmtMs(median(offPage))} (${fmtMs(max(offPage))})`, target: 'info: not on the page', pass: null },
    { group: '0 cold', metric: `our longest task on corpus pages, median of ${corpus.length}`, value: fmtMs(longestMedian), target: '≤ 16 ms', pass: longestMedian <= 16 },
    { group: '0 cold', metric: 'our longest task on corpus pages, max', value: fmtMs(longestMax), target: '≤ 50 ms', pass: longestMax <= 50 },
    { group: '0 cold', metric: 'our longest task on any page (incl. 150k article), max', value: fmtMs(anyMax), target: '≤ 50 ms', pass: anyMax <= 50 },
    { group: '0 cold', metric: `non-article pages (web app, search): our time, max of per-page medians (${NON_ARTICLE_LOADS} fresh loads each)`, value: fmtMs(nonArticleMs), target: '≤ 1 ms', pass: nonArticleMs <= 1 && injectedOnNonArticle.length === 0, ...(injectedOnNonArticle.length ? { note: `content bundle injected on ${injectedOnNonArticle.join(', ')}` } : {}) },
    { group: '0 cold', metric: '  yardstick: a one-line content script reading document.readyState, same loads', value: `${fmtMs(floorMs)}; ours is +${fmtMs(nonArticleMs - floorMs)}`, target: 'info', pass: null },
  ];
  return {
    rows,
    details: { pages: results, settleMs: SETTLE_MS },
    keys: {
      coldArticleVsReadability: round(ratio, 3),
      coldArticleMs: round(articleMs, 2),
      coldLongestTaskMs: { median: round(longestMedian, 2), max: round(longestMax, 2), maxAnyPage: round(anyMax, 2) },
      coldNonArticleMs: round(nonArticleMs, 3),
      coldNonArticleFloorMs: round(floorMs, 3),
      coldOffPageAnalysisMs: { median: round(median(offPage), 2), max: round(max(offPage), 2) },
      coldArticlesAnalysed: articles.length,
    },
  };
}

/** Gzip sizes of the loader and of all content code (loader + injected bundle). */
export function loaderAndContentSizes(dist: string, gzip: (b: Buffer) => number): { loader: number; content: number; files: Record<string, number> } {
  const files: Record<string, number> = {};
  for (const dir of ['src/loader', 'src/content']) {
    for (const name of readdirSync(join(dist, dir))) if (name.endsWith('.js')) files[`${dir}/${name}`] = gzip(readFileSync(join(dist, dir, name)));
  }
  const loader = Object.entries(files).filter(([f]) => f.startsWith('src/loader/')).reduce((n, [, v]) => n + v, 0);
  const content = Object.values(files).reduce((n, v) => n + v, 0);
  return { loader, content, files };
}
