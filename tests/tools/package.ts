/**
 * `npm run package`: store-ready archives of the builds in artifacts/packages/
 * (repost-lens-chrome-<version>.zip for the Chrome Web Store / Load unpacked,
 *  repost-lens-firefox-<version>.xpi for AMO / about:addons "Install Add-on From File").
 * web-ext does the zipping for both, so no zip tool is needed on the machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

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
