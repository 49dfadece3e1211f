import { analyzePage } from '../../src/core/analysis/analyze-page';
import type { PageAnalysis } from '../../src/core/analysis/types';
import { parseHtml } from '../../src/cli/parse-html';
import { loadLabels, readCorpusPage, type CorpusLabel } from '../helpers/corpus';

/**
 * Repost accuracy over the labelled corpus, per folder. Shared by `npm run eval` (prints it) and
 * tests/accuracy/repost.test.ts (asserts the floors), so both always report the same numbers.
 */

export type FolderMetrics = {
  folder: string;
  pages: number;
  reposts: number;
  detected: number;
  originals: number;
  falsePositives: number;
  /** Detected reposts labelled with original_names, and how many name one of them. */
  namesLabelled: number;
  namesFound: number;
  /** Detected reposts labelled with original_url_contains, and how many report that URL. */
  urlsLabelled: number;
  urlsFound: number;
  /** Slowest analysis in this folder, ms (parse excluded). */
  maxMs: number;
};

export type Miss = { path: string; what: 'not detected' | 'false positive' | 'wrong original' | 'wrong url'; why: string };

/** Confidence bucket → pages whose verdict (repost or not) was right. */
export type CalibrationRow = { from: number; to: number; pages: number; correct: number };

export type RepostEval = {
  folders: FolderMetrics[]; languages: FolderMetrics[]; total: FolderMetrics; misses: Miss[]; calibration: CalibrationRow[];
  /** Every page's analysis, by path (for the chain checks of the accuracy suite). */
  results: Map<string, PageAnalysis>;
};

/** The page's language: its label, else the folder's (the older folders are one language each). */
export function pageLanguage(path: string, label: CorpusLabel): string {
  if (label.lang) return label.lang;
  const folder = path.split('/')[0] ?? '';
  return folder.startsWith('en') ? 'en' : folder === 'mirror' || folder.startsWith('zh') ? 'zh' : 'und';
}

const BUCKETS = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

/** Loose form for name comparison: case, width, spaces and punctuation ignored. */
export function looseName(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Whether one of the accepted names appears in the publisher, author or first hop. */
export function originalNamed(result: PageAnalysis, names: string[]): boolean {
  const fields = [result.original.publisher, result.original.author, result.chain[0]?.role !== 'this-site' ? result.chain[0]?.name : undefined]
    .filter((f): f is string => !!f).map(looseName);
  return names.some((n) => {
    const k = looseName(n);
    return !!k && fields.some((f) => f.includes(k));
  });
}

function emptyMetrics(folder: string): FolderMetrics {
  return { folder, pages: 0, reposts: 0, detected: 0, originals: 0, falsePositives: 0, namesLabelled: 0, namesFound: 0, urlsLabelled: 0, urlsFound: 0, maxMs: 0 };
}

function describe(r: PageAnalysis): string {
  const chain = r.chain.map((h) => `${h.name}[${h.role}]`).join(' → ');
  const ev = r.evidence.filter((e) => e.strength !== 'C' && e.strength !== 'D').slice(0, 4).map((e) => `${e.signal}:"${e.text.slice(0, 50)}"`).join('; ');
  return `verdict=${r.verdict} conf=${r.confidence} publisher=${r.original.publisher ?? '-'} url=${r.original.url ?? '-'} chain=${chain} evidence=${ev || 'none'}`;
}

/** Analyses one labelled page. */
export async function analyzeCorpusPage(path: string, label: CorpusLabel): Promise<{ result: PageAnalysis; ms: number }> {
  const { document, close } = parseHtml(readCorpusPage(path), label.url);
  try {
    const t0 = performance.now();
    const result = analyzePage(document, label.url);
    return { result, ms: performance.now() - t0 };
  } finally {
    await close();
  }
}

/** Runs the whole corpus. Throws (via loadLabels) when the corpus is missing. */
export async function evaluateReposts(): Promise<RepostEval> {
  const labels = loadLabels();
  const byFolder = new Map<string, FolderMetrics>();
  const byLang = new Map<string, FolderMetrics>();
  const calibration: CalibrationRow[] = BUCKETS.slice(0, -1).map((from, i) => ({ from, to: Math.min(1, BUCKETS[i + 1] as number), pages: 0, correct: 0 }));
  const total = emptyMetrics('all');
  const misses: Miss[] = [];
  const results = new Map<string, PageAnalysis>();
  for (const [path, label] of Object.entries(labels).sort(([a], [b]) => a.localeCompare(b))) {
    if (!path.endsWith('.html')) continue;
    const folder = path.split('/')[0] ?? '';
    const folderMetrics = byFolder.get(folder) ?? emptyMetrics(folder);
    byFolder.set(folder, folderMetrics);
    const lang = pageLanguage(path, label);
    const langMetrics = byLang.get(lang) ?? emptyMetrics(lang);
    byLang.set(lang, langMetrics);
    const { result, ms } = await analyzeCorpusPage(path, label);
    results.set(path, result);
    const bucket = calibration.find((b) => result.confidence >= b.from && result.confidence < (b.to === 1 ? 1.0001 : b.to));
    if (bucket) {
      bucket.pages++;
      if (result.isRepost === label.repost) bucket.correct++;
    }
    // Every count below goes to the page's folder, its language and the total.
    const m = { folder: folderMetrics, lang: langMetrics };
    const all = [m.folder, m.lang, total];
    for (const x of all) {
      x.pages++;
      x.maxMs = Math.max(x.maxMs, Math.round(ms * 10) / 10);
    }
    if (!label.repost) {
      for (const x of all) x.originals++;
      if (result.isRepost) {
        for (const x of all) x.falsePositives++;
        misses.push({ path, what: 'false positive', why: describe(result) });
      }
      continue;
    }
    for (const x of all) x.reposts++;
    if (!result.isRepost) {
      misses.push({ path, what: 'not detected', why: describe(result) });
      continue;
    }
    for (const x of all) x.detected++;
    if (label.original_names?.length) {
      for (const x of all) x.namesLabelled++;
      if (originalNamed(result, label.original_names)) for (const x of all) x.namesFound++;
      else misses.push({ path, what: 'wrong original', why: `expected one of ${label.original_names.join(' / ')}; ${describe(result)}` });
    }
    if (label.original_url_contains) {
      for (const x of all) x.urlsLabelled++;
      const url = result.original.url ?? '';
      let decoded = url;
      try {
        decoded = decodeURI(url);
      } catch {
        // keep the raw URL
      }
      const want = label.original_url_contains.toLowerCase();
      if (url.toLowerCase().includes(want) || decoded.toLowerCase().includes(want)) for (const x of all) x.urlsFound++;
      else misses.push({ path, what: 'wrong url', why: `expected ${label.original_url_contains}; ${describe(result)}` });
    }
  }
  const languages = [...byLang.values()].sort((a, b) => b.pages - a.pages || a.folder.localeCompare(b.folder));
  return { folders: [...byFolder.values()], languages, total, misses, calibration, results };
}

/** Ratios used for the floors (a folder with no such pages counts as 1 / 0 respectively). */
export function rates(m: FolderMetrics): { detection: number; falsePositive: number; names: number; urls: number } {
  return {
    detection: m.reposts ? m.detected / m.reposts : 1,
    falsePositive: m.originals ? m.falsePositives / m.originals : 0,
    names: m.namesLabelled ? m.namesFound / m.namesLabelled : 1,
    urls: m.urlsLabelled ? m.urlsFound / m.urlsLabelled : 1,
  };
}
