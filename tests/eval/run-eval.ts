import { corpusAvailable, corpusDir } from '../helpers/corpus';
import { evaluateReposts, rates, type FolderMetrics, type RepostEval } from './repost-eval';
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

/** The repost table and its misses. */
export function repostSection(e: RepostEval): string[] {
  const lines = [
    'Repost detection (floors: detected ≥ 95%, false positives ≤ 5%, original named ≥ 90%, original URL ≥ 90%)',
    `${'folder'.padEnd(12)} ${'pages'.padStart(5)} ${'detected'.padStart(8)} ${''.padStart(8)} ${'FP'.padStart(7)} ${''.padStart(7)} ${'named'.padStart(8)} ${''.padStart(8)} ${'url'.padStart(7)} ${''.padStart(7)} ${'max ms'.padStart(7)}`,
    ...e.folders.map(repostRow),
    repostRow(e.total),
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
