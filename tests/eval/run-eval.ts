import { corpusAvailable, corpusDir } from '../helpers/corpus';
import { evaluateReposts, rates, type CalibrationRow, type FolderMetrics, type RepostEval } from './repost-eval';
import { figuresSection } from './run-figures-eval';

/**
 * `npm run eval`: accuracy tables over ../shared/corpus/labels.json. Each section is one function
 * returning lines, so another table (key figures) is one more entry in `sections`.
 */

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function repostRow(m: FolderMetrics): string {
  const r = rates(m);
  const cells = [
    m.folder.padEnd(12), String(m.pages).padStart(5),
    `${m.detected}/${m.reposts}`.padStart(8), (m.reposts ? pct(r.detection) : '-').padStart(8),
    `${m.falsePositives}/${m.originals}`.padStart(7), (m.originals ? pct(r.falsePositive) : '-').padStart(7),
    `${m.namesFound}/${m.namesLabelled}`.padStart(8), (m.namesLabelled ? pct(r.names) : '-').padStart(8),
    `${m.urlsFound}/${m.urlsLabelled}`.padStart(7), (m.urlsLabelled ? pct(r.urls) : '-').padStart(7),
    `${m.maxMs}`.padStart(7),
  ];
  return cells.join(' ');
}

const header = (first: string): string =>
  `${first.padEnd(12)} ${'pages'.padStart(5)} ${'detected'.padStart(8)} ${''.padStart(8)} ${'FP'.padStart(7)} ${''.padStart(7)} ${'named'.padStart(8)} ${''.padStart(8)} ${'url'.padStart(7)} ${''.padStart(7)} ${'max ms'.padStart(7)}`;

function calibrationRow(c: CalibrationRow): string {
  const range = `${c.from.toFixed(1)}–${c.to.toFixed(1)}`;
  return `${range.padEnd(12)} ${String(c.pages).padStart(5)} ${`${c.correct}/${c.pages}`.padStart(9)} ${(c.pages ? pct(c.correct / c.pages) : '-').padStart(8)}`;
}

/** The repost tables (per folder, per language, calibration) and the misses. */
export function repostSection(e: RepostEval): string[] {
  const lines = [
    'Repost detection (corpus floors: recall ≥ 95%, false positives ≤ 3%, original named ≥ 93%)',
    header('folder'),
    ...e.folders.map(repostRow),
    repostRow(e.total),
    '',
    'Per language',
    header('language'),
    ...e.languages.map(repostRow),
    '',
    'Calibration (confidence of the verdict → share of pages whose repost/original verdict is right)',
    `${'confidence'.padEnd(12)} ${'pages'.padStart(5)} ${'correct'.padStart(9)} ${''.padStart(8)}`,
    ...e.calibration.map(calibrationRow),
  ];
  if (e.misses.length) {
    lines.push('', `Misses (${e.misses.length}):`);
    for (const m of e.misses) lines.push(`  ${m.path}  ${m.what}: ${m.why}`);
  }
  return lines;
}

async function main(): Promise<number> {
  if (!corpusAvailable()) {
    process.stderr.write(`eval: the corpus is missing (no labels.json in ${corpusDir()}). Set REPOST_LENS_CORPUS to the corpus folder.\n`);
    return 1;
  }
  const sections: Array<() => Promise<string[]>> = [
    async () => repostSection(await evaluateReposts()),
    () => figuresSection(),
  ];
  for (const section of sections) process.stdout.write((await section()).join('\n') + '\n\n');
  return 0;
}

main().then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
