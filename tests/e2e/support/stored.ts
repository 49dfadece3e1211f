/** Waiting for the background's IndexedDB to hold a page's report (the content script's effect). */
import type { BrowserDriver, StoredPage } from './browser-driver';
import { pollUntil } from './wait';

export async function waitForStoredPage(driver: BrowserDriver, url: string, timeoutMs = 15_000): Promise<StoredPage> {
  return pollUntil(async () => (await driver.storedPages()).find((p) => p.url === url || p.report?.url === url), {
    timeoutMs,
    description: `IndexedDB 'pages' record for ${url} (did the content script run?)`,
  });
}
