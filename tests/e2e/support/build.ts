/**
 * Makes sure the built extension exists and is not older than its sources: builds once
 * (`npm run build`) when `dist/chrome` or `dist/firefox` is missing or stale. The orchestrator
 * builds before e2e anyway, so this is normally a quick check. A failed build throws.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_DIST, DIST_ROOT, FIREFOX_DIST, REPO_ROOT } from './paths';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function builtAt(dist: string): number {
  const manifest = join(dist, 'manifest.json');
  return existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
}

/** True when a dist folder is missing or older than src/, public/, manifest.json or vite.config.ts. */
export function isStale(): boolean {
  const sources = Math.max(
    newestMtime(join(REPO_ROOT, 'src')),
    newestMtime(join(REPO_ROOT, 'public')),
    newestMtime(join(REPO_ROOT, 'manifest.json')),
    newestMtime(join(REPO_ROOT, 'vite.config.ts')),
  );
  return Math.min(builtAt(CHROME_DIST), builtAt(FIREFOX_DIST)) < sources;
}

let checked: Promise<void> | undefined;

/**
 * vitest runs each e2e file in its own worker process: a marker named after the parent (the
 * vitest process) makes the build happen at most once per run even while others edit src/.
 */
const RUN_MARKER = join(tmpdir(), `repost-lens-e2e-built-${process.ppid}`);

/**
 * Builds both targets if needed, at most once per vitest run. With `REPOST_LENS_DIST` (a prebuilt
 * dist elsewhere) or `REPOST_LENS_NO_BUILD=1`, only checks that the dist exists.
 */
export function ensureBuilt(options: { force?: boolean; quiet?: boolean } = {}): Promise<void> {
  checked ??= Promise.resolve().then(() => {
    const external = Boolean(process.env.REPOST_LENS_DIST) || process.env.REPOST_LENS_NO_BUILD === '1';
    const builtThisRun = existsSync(RUN_MARKER) && builtAt(CHROME_DIST) > 0 && builtAt(FIREFOX_DIST) > 0;
    if (!options.force && (external || builtThisRun ? builtAt(CHROME_DIST) > 0 && builtAt(FIREFOX_DIST) > 0 : !isStale())) return;
    if (external && !options.force) throw new Error(`No built extension in ${DIST_ROOT} (chrome/ and firefox/ expected)`);
    const result = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: options.quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
    if (result.status !== 0) {
      const tail = `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-30).join('\n');
      throw new Error(`npm run build failed (exit ${result.status})\n${tail}`);
    }
    if (!builtAt(CHROME_DIST) || !builtAt(FIREFOX_DIST)) throw new Error('npm run build did not produce dist/chrome and dist/firefox');
    writeFileSync(RUN_MARKER, String(Date.now()));
  });
  return checked;
}
