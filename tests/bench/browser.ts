/** Launching Debian's Chromium offline (flags from shared/notes/toolchain.md §4), with or without the extension. */
import { mkdtemp, rm } from 'node:fs/promises';
import { OFFLINE_CHROMIUM_FLAGS } from '../e2e/support/chromium-flags';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

const OFFLINE_FLAGS = [
  ...OFFLINE_CHROMIUM_FLAGS,
  // Unbucketed performance.memory numbers.
  '--enable-precise-memory-info',
];

export async function launchPlain(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_BIN, headless: true, args: OFFLINE_FLAGS, timeout: 60_000 });
  return { browser, close: () => browser.close() };
}

export async function launchWithExtension(extensionDir: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'rl-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...OFFLINE_FLAGS],
    timeout: 60_000,
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
