/**
 * `npm run bench`: speed and memory targets measured in real Chromium (/usr/bin/chromium, offline,
 * pages from 127.0.0.1 only). Prints one table with PASS/FAIL per target, writes
 * artifacts/bench/results.json, exits 1 if a target fails. Ratios are taken within one run.
 *
 * Options: --only=cold,analysis,bailout,figures,anchoring,extension,library   --reps=N (analysis repetitions, default 5)
 *          --cold-per-folder=N (corpus pages per folder, default 5)  --cold-web=N (pages of web/, default 12)
 * Env: REPOST_LENS_CORPUS (corpus folder), CHROMIUM_BIN.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir, loadLabels } from '../helpers/corpus';
import { benchAnalysis, benchAnalysisMemory, benchBailOut, benchFigures, type PageResult } from './bench-analysis';
import { benchAnchoring } from './bench-anchoring';
import { benchExtension, contentScriptSize, ensureBuilt } from './bench-extension';
import { benchCold, loaderAndContentSizes } from './bench-cold';
import { benchLibrary } from './bench-library';
import { gzipSync } from 'node:zlib';
import { launchPlain } from './browser';
import { bundleBenchEntry } from './bundle';
import { startServer } from './server';
import { printTable, type Row } from './table';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = arg('only')?.split(',');
const want = (g: string): boolean => !only || only.includes(g);
const reps = Number(arg('reps') ?? 5);
const started = Date.now();
const log = (s: string): void => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${s}`);

async function main(): Promise<number> {
  loadLabels(); // fail clearly before launching anything if the corpus is missing
  const server = await startServer(corpusDir());
  server.set('/bench.js', await bundleBenchEntry(), 'text/javascript; charset=utf-8');
  server.set('/host.html', '<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body><script src="/bench.js"></script></body></html>');
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  let keys: Record<string, unknown> = {};
  let pages: PageResult[] = [];
  if (want('cold')) {
    const dist = ensureBuilt(projectRoot, log);
    log('0: cold page loads, traced: the extension vs a Readability yardstick');
    const c = await benchCold(dist, server, log, { perFolder: Number(arg('cold-per-folder') ?? 5), webPages: Number(arg('cold-web') ?? 12) });
    rows.push(...c.rows);
    details.cold = c.details;
    keys = { ...keys, ...c.keys };
  }
  {
    const dist = ensureBuilt(projectRoot, log);
    const sizes = loaderAndContentSizes(dist, (b) => gzipSync(b, { level: 9 }).length);
    rows.push(
      { group: '0 size', metric: 'loader (the only script declared for every page), gzip', value: `${(sizes.loader / 1024).toFixed(2)} KB`, target: '≤ 4 KB', pass: sizes.loader <= 4096 },
      { group: '0 size', metric: 'all content code (loader + injected bundle), gzip', value: `${(sizes.content / 1024).toFixed(1)} KB`, target: '≤ 35 KB', pass: sizes.content <= 35 * 1024 },
    );
    details.contentSizes = sizes.files;
    keys = { ...keys, loaderGzipBytes: sizes.loader, contentGzipBytes: sizes.content };
  }
  const plain = await launchPlain();
  const loadStart = loadavg()[0] ?? 0;
  log(`Chromium ${plain.browser.version()}, corpus ${corpusDir()}, load average ${loadStart.toFixed(1)}`);
  try {
    if (want('analysis') || want('figures')) {
      log('1: analyzePage vs Readability over the corpus');
      const a = await benchAnalysis(plain.browser, server, reps, log);
      pages = a.pages;
      if (want('analysis')) rows.push(...a.rows);
      details.analysis = { ...a.details, pages };
    }
    if (want('bailout') || want('analysis')) {
      log('1: bail-out on generated non-article pages');
      const b = await benchBailOut(plain.browser, server, 9);
      rows.push(...b.rows);
      details.bailOut = b.details;
    }
    if (want('figures')) {
      const longest = [...pages].sort((x, y) => y.articleLength - x.articleLength)[0];
      if (!longest) throw new Error('no corpus page measured');
      log(`2: key figures on ${longest.path} at 1×, 4×, 16×`);
      const f = await benchFigures(plain.browser, server, longest, 7);
      rows.push(...f.rows);
      details.figures = { page: longest.path, ...f.details };
      const largest = [...pages].sort((x, y) => statSync(join(corpusDir(), y.path)).size - statSync(join(corpusDir(), x.path)).size)[0] as PageResult;
      const m = await benchAnalysisMemory(plain.browser, server, largest);
      rows.push(...m.rows);
      details.analysisMemory = { page: largest.path, ...m.details };
    }
    if (want('anchoring')) {
      log('3: re-anchoring on a 150,000-character page');
      const r = await benchAnchoring(plain.browser, server, 5);
      rows.push(...r.rows);
      details.anchoring = r.details;
    }
  } finally {
    await plain.close();
  }
  try {
    if (want('extension')) {
      const dist = ensureBuilt(projectRoot, log);
      log('4: the built extension (saveHighlight, searchHighlights over 10,000)');
      const e = await benchExtension(dist, server, 10, log);
      rows.push(...e.rows);
      details.extension = e.details;
      const size = contentScriptSize(dist);
      rows.push(...size.rows);
      details.contentScript = size.details;
    }
    if (want('library')) {
      const dist = ensureBuilt(projectRoot, log);
      log('12: the highlights library with 10,000 highlights (first screen, search)');
      const l = await benchLibrary(dist, log);
      rows.push(...l.rows);
      details.library = l.details;
    }
  } finally {
    await server.close();
  }

  // Absolute times are wall-clock: on a busy machine they grow, ratios within this run do not.
  const load = { start: loadStart, end: loadavg()[0] ?? 0 };
  rows.push({ group: '-', metric: 'machine load average (1 min) at start / end', value: `${load.start.toFixed(1)} / ${load.end.toFixed(1)}`, target: '', pass: null });
  const table = printTable(rows);
  console.log(`\n${table}\n`);
  const failed = rows.filter((r) => r.pass === false);
  const out = join(projectRoot, 'artifacts', 'bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), seconds: (Date.now() - started) / 1000, ...keys, rows, details }, null, 1)}\n`);
  log(`${rows.filter((r) => r.pass === true).length} passed, ${failed.length} failed; results in artifacts/bench/results.json`);
  return failed.length ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 2;
});
