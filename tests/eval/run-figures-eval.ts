/**
 * Prints the key-figure table: per corpus folder, labelled figures found in the top 10 and the
 * precision of the top 10 (rules in figures-eval.ts). `--verbose` lists misses and noise per page.
 */
import { evaluateFigures, rates } from './figures-eval';

/** The figures table as lines (a section of run-eval.ts, or printed on its own). */
export async function figuresSection(verbose = false): Promise<string[]> {
  const lines: string[] = [];
  const console = { log: (line: string): void => void lines.push(line) };
  const { folders, pages } = await evaluateFigures();
  console.log('Key figures, top 10 (floors: labelled found ≥ 90%, real ≥ 85%)');
  console.log('folder        pages  labelled  found  recall   top  real  precision');
  for (const s of folders) {
    const r = rates(s);
    console.log(
      `${s.folder.padEnd(13)} ${String(s.pages).padStart(5)} ${String(s.labelled).padStart(9)} ${String(s.found).padStart(6)} ${(r.recall * 100).toFixed(1).padStart(6)}% ${String(s.top).padStart(5)} ${String(s.real).padStart(5)} ${(r.precision * 100).toFixed(1).padStart(9)}%`,
    );
  }
  if (!verbose) return lines;
  for (const p of pages) {
    if (p.missed.length === 0 && p.noise.length === 0) continue;
    console.log(`\n${p.path}`);
    if (p.missed.length) console.log(`  missed: ${p.missed.join(' | ')}`);
    for (const n of p.noise) console.log(`  noise: ${n.text} (${n.why})`);
    console.log(`  top: ${p.top.map((f) => `${f.text}[${f.kind}${f.unit ? ' ' + f.unit : ''}]`).join(' | ')}`);
  }
  return lines;
}

if (process.argv[1] && /run-figures-eval\.ts$/.test(process.argv[1])) {
  process.stdout.write((await figuresSection(process.argv.includes('--verbose'))).join('\n') + '\n');
}
