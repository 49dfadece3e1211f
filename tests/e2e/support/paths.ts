/** Where things are, for the e2e harness. `REPOST_LENS_DIST` overrides the dist root (a folder holding chrome/ and firefox/). */
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST_ROOT = resolve(process.env.REPOST_LENS_DIST ?? resolve(REPO_ROOT, 'dist'));
export const CHROME_DIST = resolve(DIST_ROOT, 'chrome');
export const FIREFOX_DIST = resolve(DIST_ROOT, 'firefox');
export const FIXTURES_DIR = resolve(REPO_ROOT, 'tests/fixtures');
export const DEMO_FIXTURES = resolve(FIXTURES_DIR, 'demo');
export const ARTIFACTS_DIR = resolve(REPO_ROOT, 'artifacts');

/** Extension page paths, as in the built manifest. */
export const POPUP_PATH = 'src/popup/index.html';
export const SIDEPANEL_PATH = 'src/sidepanel/index.html';

export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
