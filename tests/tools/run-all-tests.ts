/**
 * `npm test`: every check the project has, in the order that fails fastest, with one summary.
 *
 *   1. type check            4. accuracy suite (corpus)   7. e2e in Chromium and Firefox ESR
 *   2. lint (layers, sinks)  5. build both browsers
 *   3. unit tests            6. web-ext lint (0 errors)
 *
 * The accuracy suite needs the labelled corpus (../shared/corpus or $REPOST_LENS_CORPUS). Without
 * it a developer's run says plainly that the suite did not run; on CI (CI=true) that is a failure.
 * Ends with the plain line "N passed, N failed" counting test cases, and exits non-zero on any
 * failed step.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusAvailable, corpusDir } from '../helpers/corpus';

type Step = { name: string; ok: boolean; seconds: number; passed: number; failed: number; note?: string };

const steps: Step[] = [];
const reportDir = join('artifacts', 'test-reports');
mkdirSync(reportDir, { recursive: true });
const args = new Set(process.argv.slice(2));
const skipE2e = args.has('--no-e2e');

function run(name: string, command: string, commandArgs: string[], extra: Partial<Step> = {}): boolean {
  console.log(`\n=== ${name}: ${command} ${commandArgs.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  steps.push({ name, ok, seconds: (Date.now() - started) / 1000, passed: 0, failed: 0, ...extra });
  return ok;
}

/** Runs one vitest project and reads its JSON report for the case counts. */
function vitest(project: string): boolean {
  const out = join(reportDir, `${project}.json`);
  const ok = run(`vitest ${project}`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const step = steps[steps.length - 1] as Step;
  if (existsSync(out)) {
    try {
      const report = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
      step.passed = report.numPassedTests;
      step.failed = report.numFailedTests;
      if (report.numTotalTests === 0) {
        step.ok = false;
        step.note = 'no tests ran';
      }
    } catch {
      step.note = 'unreadable report';
    }
  }
  if (!ok && step.failed === 0) step.failed = 1;
  return step.ok;
}

run('type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('lint', 'npx', ['eslint', '.']);
vitest('unit');

if (corpusAvailable()) {
  vitest('accuracy');
} else {
  const message = `THE ACCURACY SUITE DID NOT RUN: no corpus at ${corpusDir()} (set REPOST_LENS_CORPUS to its folder).`;
  console.log(`\n!!! ${message}`);
  steps.push({ name: 'vitest accuracy', ok: process.env.CI !== 'true', seconds: 0, passed: 0, failed: process.env.CI === 'true' ? 1 : 0, note: 'DID NOT RUN: corpus missing' });
}

const built = run('build', 'npm', ['run', '--silent', 'build']);
if (built) run('web-ext lint', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--self-hosted']);
if (skipE2e) {
  console.log('\n!!! The e2e suites were skipped (--no-e2e).');
  steps.push({ name: 'vitest e2e', ok: true, seconds: 0, passed: 0, failed: 0, note: 'SKIPPED (--no-e2e)' });
} else if (built) {
  vitest('e2e');
}

console.log('\n=== Summary');
for (const s of steps) {
  const counts = s.passed || s.failed ? ` (${s.passed} passed, ${s.failed} failed)` : '';
  console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name.padEnd(18)} ${s.seconds.toFixed(1).padStart(6)} s${counts}${s.note ? `  — ${s.note}` : ''}`);
}
const passed = steps.reduce((n, s) => n + s.passed, 0);
const failed = steps.reduce((n, s) => n + s.failed + (s.ok || s.failed ? 0 : 1), 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(steps.every((s) => s.ok) ? 0 : 1);
