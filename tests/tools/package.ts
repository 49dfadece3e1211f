/**
 * `npm run package`: store-ready archives of the builds in artifacts/packages/
 * (repost-lens-chrome-<version>.zip for the Chrome Web Store / Load unpacked,
 *  repost-lens-firefox-<version>.xpi for AMO / about:addons "Install Add-on From File"),
 * and, because the Firefox build is minified, the source archive AMO asks reviewers for
 * (repost-lens-source-<version>.zip: the sources that rebuild it, with REVIEWERS.md saying how;
 * no node_modules, no dist). web-ext zips the builds; the source archive is written by zip.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zip, type ZipEntry } from './zip';

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const outDir = 'artifacts/packages';

for (const [target, ext] of [['chrome', 'zip'], ['firefox', 'xpi']] as const) {
  const source = `dist/${target}`;
  if (!existsSync(`${source}/manifest.json`)) {
    console.error(`${source} is missing: run npm run build first`);
    process.exit(1);
  }
  const fileName = `repost-lens-${target}-${version}.${ext}`;
  const result = spawnSync('npx', ['web-ext', 'build', '--source-dir', source, '--artifacts-dir', outDir, '--filename', fileName, '--overwrite-dest'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log(`${outDir}/${fileName}`);
}

/** What rebuilds the extension: the build config, the manifest, the sources and the static files. */
export const SOURCE_FILES = ['package.json', 'package-lock.json', '.npmrc', 'tsconfig.json', 'manifest.json', 'vite.config.ts', 'LICENSE', 'README.md'];
export const SOURCE_DIRS = ['src', 'public'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function reviewersReadme(): string {
  const node = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines?: { node?: string } }).engines?.node ?? '>=20.19';
  return `# Repost Lens ${version}: source code for add-on reviewers

This archive holds everything needed to rebuild the Firefox package (repost-lens-firefox-${version}.xpi)
from source. The build is not obfuscated; it is bundled and minified by Vite (Rolldown) with
@crxjs/vite-plugin, from TypeScript and Preact sources in src/.

## Build environment

- Any Linux, macOS or Windows machine; tested on Debian 12.
- Node.js ${node} and npm 10 or later (Debian 12's own nodejs package is 18: install Node 20 from
  NodeSource's apt repository or the official tarball from https://nodejs.org/, or with nvm).

## Steps

\`\`\`sh
npm ci                     # installs the exact dependency versions in package-lock.json
npm run build:firefox      # writes dist/firefox/
\`\`\`

dist/firefox/ is the content of the .xpi (compare with \`unzip -l repost-lens-firefox-${version}.xpi\`).
\`npm run build\` builds both the Chrome and the Firefox versions.

## Layout

- manifest.json — the single manifest (Chrome's shape); src/build/derive-manifest.ts makes Firefox's.
- src/ — TypeScript sources: core/ (page analysis, pure functions), background/, content/, sidepanel/,
  popup/, library/, options/, welcome/, ui/, messaging/, storage/, settings/, platform/.
- public/ — icons and _locales (copied as is).

The extension makes no network requests and loads no remote code.
`;
}

const entries: ZipEntry[] = [
  ...SOURCE_FILES.filter((f) => existsSync(f)).map((f) => ({ path: f, data: readFileSync(f) })),
  ...SOURCE_DIRS.flatMap((d) => walk(d)).sort().map((f) => ({ path: relative('.', f), data: readFileSync(f) })),
  { path: 'REVIEWERS.md', data: Buffer.from(reviewersReadme(), 'utf8') },
];
mkdirSync(outDir, { recursive: true });
const sourceZip = `${outDir}/repost-lens-source-${version}.zip`;
writeFileSync(sourceZip, zip(entries));
writeFileSync(`${outDir}/REVIEWERS.md`, reviewersReadme());
console.log(`${sourceZip} (${entries.length} files; build steps in REVIEWERS.md)`);
