/**
 * Key-figure accuracy over the labelled corpus, shared by the accuracy test and the eval printer.
 *
 * Recall: a labelled figure is FOUND when one of the top 10 extracted figures has the same number
 * and unit (rule in `matchesLabel`). Precision: a top-10 figure is REAL when it matches a labelled
 * figure, or passes the explicit noise rule in `isRealFigure`. Pages without labelled figures
 * still count for precision.
 */
import { parseHtml } from '../../src/cli/parse-html';
import { extractKeyFigures } from '../../src/core/figures/extract-figures';
import { findFigures } from '../../src/core/figures/find-figures';
import type { KeyFigure } from '../../src/core/figures/types';
import { buildTextIndex } from '../../src/core/text/text-index';
import { articleTextSpans } from '../../src/core/figures/extract-figures';
import { loadLabels, readCorpusHtml, type CorpusLabel } from '../helpers/corpus';

export const TOP_N = 10;

export type PageResult = {
  path: string;
  /** The page's language (labels.json `lang`, else the folder's: zh for mirror/zh-html, en for en*). */
  lang: string;
  labelled: string[];
  missed: string[];
  top: KeyFigure[];
  noise: Array<{ text: string; why: string }>;
  /** Found figures whose label is judged (they have `figure_labels`), with the verdict. */
  labels: LabelVerdict[];
};

/** One found figure's label against the words a correct label must contain. */
export type LabelVerdict = { figure: string; label: string; words: string[]; correct: boolean };

export type FolderScore = {
  folder: string;
  pages: number;
  labelled: number;
  found: number;
  top: number;
  real: number;
  /** Found figures with `figure_labels`, and how many of them carry a correct label. */
  judged: number;
  correct: number;
};

/**
 * The matching rule. A label ("400余万元") is read by the same string-level finder, in isolation
 * and in the page's language; an extracted figure matches when its value (or the upper bound of
 * its range) equals the label's (relative difference < 1e-9)
 * and its unit equals the label's. When the label alone carries no unit ("8,836"), the number
 * must match and the unit is not compared. A label the finder cannot read matches nothing.
 */
export function matchesLabel(label: string, fig: KeyFigure, lang?: string): boolean {
  // Read in the page's language (2,3 Milliarden is 2.3e9 on a German page). A label is a figure by
  // definition, so a small count of a noun ("These 6 celebrities") is read as in a headline.
  const parsed = findFigures(label, lang, { keepMinor: true });
  // A range ("de près de 0 à 60.000 tweets") holds the labelled figure as its upper bound too.
  const sameValue = (v: number): boolean => sameNumber(v, fig.value) || (fig.valueTo !== undefined && sameNumber(v, fig.valueTo));
  return parsed.some((p) => sameValue(p.value) && (p.unit === '' || p.unit === fig.unit || sameCurrencySign(label, p.unit, fig.unit)));
}

/** ¥ is the sign of both the yuan and the yen: a label written with it alone names either. */
function sameCurrencySign(label: string, a: string, b: string): boolean {
  return /[¥￥]/.test(label) && !/[元円]|yuan|yen|CNY|JPY|RMB/i.test(label) && [a, b].every((u) => u === 'CNY' || u === 'JPY');
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Patterns that make a figure's text noise whatever the extractor thought. */
const NOISE_TEXT: Array<[RegExp, string]> = [
  [/^(?:1[89]|20)\d\d$/, 'bare year'],
  [/\d{4}\s?年|\d{1,2}\s?月\s?\d{1,2}\s?日|\d{1,2}:\d{2}/, 'date or time'],
  [/^\d{7,}$/, 'ID-like digit run'],
  [/^[A-Za-z]+\s?\d|\d[A-Za-z]$/, 'model or version'], // tested without a leading approximation word
  [/\d{3,4}-\d{7,8}/, 'phone'],
];

/** English approximation words that may open a figure's text ("about 5 percent", "Roughly 20 minutes"). */
const APPROX_WORD = /^(?:about|approximately|around|roughly|nearly|almost|some|over|under|more than|less than|fewer than|up to|at least|close to|an estimated|an average of)\s+(?=\d)/i;

/**
 * The noise rule. A top-10 figure is REAL when it matches a labelled figure of the page, or when
 * ALL of these hold: it lies inside the article text (headline h1 + article root minus furniture,
 * recomputed here from the page rather than taken from the figure list), it has a unit or is a change/percent/money/ratio/
 * score, its value is not 0 or 1 unless it is a percent/money, and its text matches none of the
 * NOISE_TEXT patterns (years, dates, IDs, models, phones).
 */
export function isRealFigure(fig: KeyFigure, labelled: readonly string[], articleText: Array<[number, number]>, lang?: string): string | null {
  if (labelled.some((l) => matchesLabel(l, fig, lang))) return null;
  if (fig.location.kind !== 'text') return 'no text location';
  const { start, end } = fig.location;
  if (!articleText.some(([a, b]) => start >= a && end <= b)) return 'outside the article';
  const typed = ['change', 'percent', 'percentage-point', 'money', 'ratio', 'score'].includes(fig.kind);
  if (!fig.unit && !typed) return 'bare number without unit';
  if (fig.value <= 1 && !['percent', 'percentage-point', 'money'].includes(fig.kind)) return 'trivial value';
  // "about 5 percent" is an approximation, not a model name: the word is not part of the figure.
  const core = fig.text.trim().replace(APPROX_WORD, '');
  for (const [re, why] of NOISE_TEXT) if (re.test(core)) return why;
  return null;
}

/** Folder -> language for folders whose entries carry no `lang`. */
const FOLDER_LANG: Readonly<Record<string, string>> = { mirror: 'zh', 'zh-html': 'zh', en: 'en', 'en-original': 'en' };

/**
 * The extracted figure a labelled figure is matched to: among the top-10 figures with its number
 * and unit, the one whose text is part of the labelled text (or holds it), else the first.
 */
export function matchFigure(labelled: string, top: readonly KeyFigure[], lang?: string): KeyFigure | undefined {
  const hits = top.filter((f) => matchesLabel(labelled, f, lang));
  const norm = (t: string): string => t.replace(/\s+/g, ' ').trim().toLowerCase();
  const l = norm(labelled);
  return hits.find((f) => l.includes(norm(f.text)) || norm(f.text).includes(l)) ?? hits[0];
}

/**
 * The label rule: a label names what its figure measures when it contains at least one of the
 * figure's `figure_labels` words (case-insensitive, spaces collapsed).
 */
export function labelIsCorrect(label: string, words: readonly string[]): boolean {
  const norm = (t: string): string => t.replace(/\s+/g, ' ').trim().toLowerCase();
  const l = norm(label);
  return words.some((w) => norm(w) !== '' && l.includes(norm(w)));
}

/** Runs the extractor on one corpus page and judges its top 10. */
export async function evaluatePage(path: string, label: CorpusLabel): Promise<PageResult> {
  const { document, close } = parseHtml(readCorpusHtml(path), label.url);
  try {
    const figures = extractKeyFigures(document);
    const top = figures.slice(0, TOP_N);
    const index = buildTextIndex(document.body);
    const spans = articleTextSpans(document, index);
    const labelled = label.figures ?? [];
    const lang = label.lang ?? FOLDER_LANG[path.split('/')[0] as string] ?? '?';
    const missed = labelled.filter((l) => !top.some((f) => matchesLabel(l, f, label.lang)));
    const labels: LabelVerdict[] = [];
    labelled.forEach((l, i) => {
      const words = label.figure_labels?.[i];
      const f = matchFigure(l, top, label.lang);
      if (!words || words.length === 0 || !f) return;
      labels.push({ figure: l, label: f.label, words, correct: labelIsCorrect(f.label, words) });
    });
    const noise: PageResult['noise'] = [];
    for (const f of top) {
      const why = isRealFigure(f, labelled, spans, label.lang);
      if (why) noise.push({ text: f.text, why });
    }
    return { path, lang, labelled, missed, top, noise, labels };
  } finally {
    await close();
  }
}

const emptyScore = (folder: string): FolderScore => ({ folder, pages: 0, labelled: 0, found: 0, top: 0, real: 0, judged: 0, correct: 0 });

function addPage(t: FolderScore, p: PageResult): void {
  t.pages += 1;
  t.labelled += p.labelled.length;
  t.found += p.labelled.length - p.missed.length;
  t.top += p.top.length;
  t.real += p.top.length - p.noise.length;
  t.judged += p.labels.length;
  t.correct += p.labels.filter((v) => v.correct).length;
}

/**
 * Scores every labelled page, per folder, per language (lines keyed by the language code) and in
 * total (folder 'ALL').
 */
export async function evaluateFigures(): Promise<{ folders: FolderScore[]; languages: FolderScore[]; pages: PageResult[] }> {
  const labels = loadLabels();
  const pages: PageResult[] = [];
  for (const [path, label] of Object.entries(labels)) pages.push(await evaluatePage(path, label));
  const byFolder = new Map<string, FolderScore>();
  const byLang = new Map<string, FolderScore>();
  const all = emptyScore('ALL');
  for (const p of pages) {
    const folder = p.path.split('/')[0] as string;
    const s = byFolder.get(folder) ?? emptyScore(folder);
    const l = byLang.get(p.lang) ?? emptyScore(p.lang);
    for (const t of [s, l, all]) addPage(t, p);
    byFolder.set(folder, s);
    byLang.set(p.lang, l);
  }
  const languages = [...byLang.values()].sort((a, b) => b.labelled - a.labelled || a.folder.localeCompare(b.folder));
  return { folders: [...byFolder.values(), all], languages, pages };
}

/**
 * Recall (labelled found in top 10), precision (real among top 10) and label accuracy (correct
 * labels among found figures that have `figure_labels`) of a score line.
 */
export function rates(s: FolderScore): { recall: number; precision: number; labels: number } {
  return { recall: s.labelled ? s.found / s.labelled : 1, precision: s.top ? s.real / s.top : 1, labels: s.judged ? s.correct / s.judged : 1 };
}
