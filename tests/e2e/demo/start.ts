/**
 * `npm start [-- --firefox] [-- --headless]`: the demo. Builds the extension, serves
 * tests/fixtures/demo/ on 127.0.0.1 and opens the repost demo article and the original one in a
 * browser with the extension, with the side panel open.
 *
 * - With a display and without --headless: a visible browser, left open until Ctrl-C.
 * - Otherwise: drives the demo itself (each page, the REAL side panel, the popup), writes
 *   screenshots to artifacts/screenshots/<browser>/ and prints what the extension reported.
 *
 * Options: --firefox (default Chromium), --headless, --no-build (use the existing dist/).
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { canShowWindow, launchBrowser, type BrowserDriver, type BrowserName, type PanelHandle, type TabHandle } from '../support/browser-driver';
import { panelShows } from '../support/panel-queries';
import { ARTIFACTS_DIR, DEMO_FIXTURES, REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';
import { waitForStoredPage } from '../support/stored';
import { STORE_DIR, storeScreenshots } from './store-screenshots';

const DEMO_PAGES = [
  { name: 'repost', path: '/repost-article.html', label: 'repost demo (seed article on a mirror site)' },
  { name: 'original', path: '/original-article.html', label: 'original demo (a local newspaper\'s own story)' },
] as const;

type Summary = { name: string; url: string; verdict: string; publisher: string; figures: number };

function parseArgs(argv: string[]): { browser: BrowserName; headless: boolean; build: boolean } {
  return {
    browser: argv.includes('--firefox') ? 'firefox' : 'chromium',
    headless: argv.includes('--headless') || !canShowWindow(),
    build: !argv.includes('--no-build') && !process.env.REPOST_LENS_DIST,
  };
}

function build(): void {
  console.log('Building the extension (npm run build)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}\n${result.stderr}\n`);
    throw new Error(`npm run build failed (exit ${result.status})`);
  }
}

async function summarise(driver: BrowserDriver, name: string, url: string): Promise<Summary> {
  const record = await waitForStoredPage(driver, url);
  const report = record.report as { analysis?: { verdict?: string; original?: { publisher?: string; author?: string } } | null; figures?: unknown[] } | undefined;
  return {
    name,
    url,
    verdict: report?.analysis?.verdict ?? 'not an article',
    publisher: report?.analysis?.original?.publisher ?? report?.analysis?.original?.author ?? '—',
    figures: report?.figures?.length ?? 0,
  };
}

/** Visible browser: open everything, then wait for Ctrl-C. */
async function interactive(driver: BrowserDriver, server: TestServer): Promise<void> {
  const tabs: TabHandle[] = [];
  for (const page of DEMO_PAGES) tabs.push(await driver.openPage(server.url(page.path)));
  await driver.openSidePanel(tabs[0]);
  console.log(`\nRepost Lens demo in ${driver.name} — pages served from ${server.origin}:`);
  DEMO_PAGES.forEach((p) => console.log(`  ${p.label}: ${server.url(p.path)}`));
  console.log('The side panel is open next to the repost demo. Press Ctrl-C to quit.');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

/** No display: drive the demo and write screenshots. */
async function headless(driver: BrowserDriver, server: TestServer): Promise<number> {
  const dir = join(ARTIFACTS_DIR, 'screenshots', driver.name);
  await mkdir(dir, { recursive: true });
  const summaries: Summary[] = [];
  let panel: PanelHandle | null = null;
  for (const page of DEMO_PAGES) {
    const tab = await driver.openPage(server.url(page.path));
    await waitForStoredPage(driver, tab.url());
    if (!panel) panel = await driver.openSidePanel(tab);
    else await tab.bringToFront();
    await panel.waitFor(panelShows(tab.url()), { description: `side panel shows ${page.name}` });
    await tab.screenshot(join(dir, `${page.name}-page.png`));
    await panel.screenshot(join(dir, `${page.name}-side-panel.png`));
    summaries.push(await summarise(driver, page.name, tab.url()));
  }
  const popup = await driver.openPopup();
  await popup.resize(380, 620);
  await popup.screenshot(join(dir, 'popup.png'));

  console.log(`\nScreenshots (page, side panel, popup): ${relative(process.cwd(), dir) || dir}`);
  if (driver.name === 'firefox') console.log('  (Firefox: the side-panel screenshots are the sidebar page rendered in a tab pinned to the same tab.)');
  for (const s of summaries) {
    console.log(`  ${s.name}: verdict=${s.verdict}, original publisher=${s.publisher}, figures=${s.figures}  (${s.url})`);
  }
  const errors = await driver.extensionErrors();
  // Store screenshots (1280×800: panel, popup, library × English, Chinese × light, dark), each set from its own browser run.
  const shots = await storeScreenshots(driver.name, (line) => console.log(line));
  console.log(`Store screenshots (${shots.length}, 1280×800): ${relative(process.cwd(), STORE_DIR) || STORE_DIR}`);
  if (errors.length) {
    console.log(`\nThe extension logged ${errors.length} error(s):`);
    errors.forEach((e) => console.log(`  ${e}`));
    return 1;
  }
  return 0;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.build) build();
  const server = await startServer({ root: DEMO_FIXTURES });
  let driver: BrowserDriver | undefined;
  try {
    driver = await launchBrowser(args.browser, { headed: !args.headless });
    if (!args.headless) {
      await interactive(driver, server);
      return 0;
    }
    return await headless(driver, server);
  } finally {
    await driver?.close().catch(() => {});
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
    process.exit(1);
  },
);
