/**
 * Bundled by esbuild into an IIFE and loaded by the bench pages in real Chromium: exposes the core
 * functions (and Readability, the yardstick) plus the in-page measuring loops on `globalThis.rlBench`.
 * The loops run inside the page so that no CDP round trip sits between two timestamps.
 */
import { Readability } from '@mozilla/readability';
import { analyzePage } from '../../src/core/analysis/analyze-page';
import { looksLikeArticle } from '../../src/core/analysis/looks-like-article';
import { extractKeyFigures } from '../../src/core/figures/extract-figures';
import { anchorAll, type AnchorInput } from '../../src/core/anchoring/anchor-all';
import { describeRange } from '../../src/core/anchoring/describe-range';
import { buildTextIndex, rangeFromOffsets } from '../../src/core/text/text-index';
import { findArticleRoot } from '../../src/core/text/article-root';
import { seededRandom } from '../unit/core/anchoring/synthetic-article';

const now = (): number => performance.now();

async function loadDoc(path: string): Promise<Document> {
  const res = await fetch(path);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return new DOMParser().parseFromString(await res.text(), 'text/html');
}

/** Lets the page breathe (and GC run) between measurements without adding to them. */
const pause = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** Target 1: analyzePage vs Readability on one corpus page, alternating which goes first. */
async function compareOnPage(path: string, url: string, reps: number): Promise<{ analyze: number[]; readability: number[]; textLength: number; articleLength: number; verdict: string }> {
  const doc = await loadDoc(path);
  const analyze: number[] = [];
  const readability: number[] = [];
  const runA = (): number => { const t = now(); analyzePage(doc, url); return now() - t; };
  const runR = (): number => { const t = now(); new Readability(doc.cloneNode(true) as Document).parse(); return now() - t; };
  runA(); runR(); // warm-up (JIT, lazy data tables)
  for (let i = 0; i < reps; i++) {
    await pause();
    if (i % 2 === 0) { analyze.push(runA()); readability.push(runR()); }
    else { readability.push(runR()); analyze.push(runA()); }
  }
  const textLength = buildTextIndex(doc.body ?? doc.documentElement).text.length;
  const articleLength = buildTextIndex(findArticleRoot(doc)).text.length;
  return { analyze, readability, textLength, articleLength, verdict: analyzePage(doc, url).verdict };
}

/** Target 1b: the bail-out, first call on this (freshly loaded) live document. */
function bailOutOnce(): { ms: number; result: boolean; nodes: number } {
  const t = now();
  const result = looksLikeArticle(document);
  const ms = now() - t;
  return { ms, result, nodes: document.getElementsByTagName('*').length };
}

/**
 * Target 2: figures at 1×, 4×, 16× the article body: the article root's child blocks (its
 * paragraphs) are appended again (scale − 1) times. Scales are measured in interleaved rounds so
 * that warm-up and machine noise fall on all of them alike.
 */
async function figuresScaling(path: string, scales: number[], reps: number): Promise<Array<{ scale: number; chars: number; articleChars: number; ms: number[]; figures: number; rootTag: string }>> {
  const html = await (await fetch(path)).text();
  const docs = scales.map((scale) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const root = findArticleRoot(doc);
    const blocks = Array.from(root.children);
    for (let k = 1; k < scale; k++) for (const b of blocks) root.appendChild(b.cloneNode(true));
    return { scale, doc, root, blocks: blocks.length, ms: [] as number[], figures: 0 };
  });
  for (let i = 0; i < 2; i++) for (const d of docs) extractKeyFigures(d.doc); // warm-up
  for (let i = 0; i < reps; i++) {
    for (const d of docs) {
      await pause();
      const t = now();
      d.figures = extractKeyFigures(d.doc).length;
      d.ms.push(now() - t);
    }
  }
  return docs.map((d) => ({
    scale: d.scale, ms: d.ms, figures: d.figures,
    chars: buildTextIndex(d.doc.body).text.length,
    articleChars: buildTextIndex(findArticleRoot(d.doc)).text.length,
    rootTag: `${d.root.localName}${d.root.id ? '#' + d.root.id : ''} (${d.blocks} child blocks)`,
  }));
}

/** Target 3a: selectors for `n` random ranges of the article (seeded), as the content script makes them. */
function makeHighlights(n: number, seed: number): AnchorInput[] {
  const root = document.getElementById('a') as Element;
  const index = buildTextIndex(root);
  const rand = seededRandom(seed);
  const out: AnchorInput[] = [];
  while (out.length < n) {
    const start = Math.floor(rand() * (index.text.length - 400));
    const end = start + 20 + Math.floor(rand() * 200);
    const range = rangeFromOffsets(index, start, end);
    const sel = range && describeRange(root, range, index);
    if (sel) out.push({ id: `h${out.length}`, selectors: sel });
  }
  return out;
}

type AnchorRun = { totalMs: number; maxSliceMs: number; firstSliceMs: number; slices: number; longTasks: number[]; methods: Record<string, number>; chars: number };

/** Target 3b: re-anchor on this (fresh) page with an injected yield that measures each slice. */
async function reanchor(highlights: AnchorInput[]): Promise<AnchorRun> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
  observer.observe({ type: 'longtask' });
  await pause(); // the observer only sees tasks that start after it is registered
  const root = document.getElementById('a') as Element;
  const sched = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  let maxSlice = 0;
  let firstSlice = -1; // anchorAll's first slice is building the context (text index + normalisation)
  let slices = 0;
  let last = now();
  const yieldToEvent = async (): Promise<void> => {
    maxSlice = Math.max(maxSlice, now() - last);
    if (firstSlice < 0) firstSlice = now() - last;
    slices++;
    if (sched?.yield) await sched.yield();
    else await new Promise((r) => setTimeout(r, 0));
    last = now();
  };
  const t0 = now();
  last = t0;
  const outcomes = await anchorAll(root, highlights, { yieldToEvent });
  const totalMs = now() - t0;
  maxSlice = Math.max(maxSlice, now() - last);
  await new Promise((r) => setTimeout(r, 50)); // let the observer deliver
  observer.disconnect();
  const methods: Record<string, number> = {};
  for (const o of outcomes) { const k = o.status === 'anchored' ? o.method : `orphan:${o.reason}`; methods[k] = (methods[k] ?? 0) + 1; }
  return { totalMs, maxSliceMs: maxSlice, firstSliceMs: firstSlice, slices, longTasks, methods, chars: buildTextIndex(root).text.length };
}

/** Checks that this Chromium reports long tasks at all (a 70 ms busy loop must show up). */
async function longTaskProbe(): Promise<number[]> {
  const seen: number[] = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) seen.push(e.duration); });
  observer.observe({ type: 'longtask' });
  await pause();
  await new Promise<void>((r) => setTimeout(() => { const t = now(); while (now() - t < 70); r(); }, 0));
  await new Promise((r) => setTimeout(r, 100));
  observer.disconnect();
  return seen;
}

/** Memory: analysis + figures on one page, keeping the results (as the content script does until it sends them). */
let kept: unknown[] = [];
async function loadForMemory(path: string): Promise<number> {
  const doc = await loadDoc(path);
  kept = [doc];
  return doc.getElementsByTagName('*').length;
}
function analyseKept(url: string): number {
  const doc = kept[0] as Document;
  const t = now();
  kept.push(analyzePage(doc, url), extractKeyFigures(doc));
  return now() - t;
}

(globalThis as Record<string, unknown>).rlCore = { analyzePage, extractKeyFigures, looksLikeArticle };
(globalThis as Record<string, unknown>).rlBench = {
  compareOnPage, bailOutOnce, figuresScaling, makeHighlights, reanchor, longTaskProbe, loadForMemory, analyseKept,
};
