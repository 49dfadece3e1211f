/**
 * Prints the key-figure tables: per corpus folder and per language, labelled figures found in the
 * top 10, the precision of the top 10 and the label accuracy (rules in figures-eval.ts), then the
 * misses (labelled figures not in the top 10, and wrong labels). `--verbose` adds noise and the
 * top 10 of every page with a miss.
 */
import { evaluateFigures, rates, type FolderScore } from './figures-eval';

/** Floors of issue #9 (corpus, all folders). */
export const FIGURE_FLOORS = { recall: 0.92, labels: 0.85 } as const;
/** What the accuracy test holds: the floors of issue 9 themselves (met: 92.6% and 88.0%). */
export const FIGURE_TEST_FLOORS = FIGURE_FLOORS;

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function row(s: FolderScore): string {
  const r = rates(s);
  return [
    s.folder.padEnd(13), String(s.pages).padStart(5), String(s.labelled).padStart(9), String(s.found).padStart(6), pct(r.recall).padStart(7),
    String(s.top).padStart(5), String(s.real).padStart(5), pct(r.precision).padStart(9),
    `${s.correct}/${s.judged}`.padStart(8), (s.judged ? pct(r.labels) : '-').padStart(7),
  ].join(' ');
}

const HEADER = `${'folder'.padEnd(13)} pages  labelled  found  recall   top  real  precision   labels  label%`;

/** The figures tables as lines (a section of run-eval.ts, or printed on its own). */
export async function figuresSection(verbose = false): Promise<string[]> {
  const lines: string[] = [];
  const { folders, languages, pages } = await evaluateFigures();
  lines.push(`Key figures, top 10 (floors: labelled found ≥ ${FIGURE_FLOORS.recall * 100}%, labels naming what they measure ≥ ${FIGURE_FLOORS.labels * 100}%)`);
  lines.push(HEADER, ...folders.map(row), '', 'Per language', HEADER.replace('folder', 'lang  '), ...languages.map(row));
  const missed = pages.filter((p) => p.missed.length > 0);
  lines.push('', `Not in the top 10 (${missed.reduce((n, p) => n + p.missed.length, 0)}):`);
  for (const p of missed) lines.push(`  ${p.path} [${p.lang}]  ${p.missed.join(' | ')}`);
  const wrong = pages.flatMap((p) => p.labels.filter((v) => !v.correct).map((v) => ({ p, v })));
  lines.push('', `Wrong labels (${wrong.length}):`);
  for (const { p, v } of wrong) lines.push(`  ${p.path} [${p.lang}]  ${v.figure} — "${v.label}" (wants ${v.words.join(' / ')})`);
  if (!verbose) return lines;
  for (const p of pages) {
    if (p.missed.length === 0 && p.noise.length === 0) continue;
    lines.push(`\n${p.path}`);
    if (p.missed.length) lines.push(`  missed: ${p.missed.join(' | ')}`);
    for (const n of p.noise) lines.push(`  noise: ${n.text} (${n.why})`);
    lines.push(`  top: ${p.top.map((f) => `${f.text}[${f.kind}${f.unit ? ' ' + f.unit : ''}]{${f.label}}`).join(' | ')}`);
  }
  return lines;
}

if (process.argv[1] && /run-figures-eval\.ts$/.test(process.argv[1])) {
  process.stdout.write((await figuresSection(process.argv.includes('--verbose'))).join('\n') + '\n');
}
