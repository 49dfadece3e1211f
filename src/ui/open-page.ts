/** Opens one of the extension's own pages (library, options, welcome) in a new tab. */
import browser from '../platform/browser';

export function openExtensionPage(path: string, query = ''): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(path) + query });
}
