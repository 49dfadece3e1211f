import type { TabHandle } from './browser-driver';
import { POPUP_PATH } from './paths';

/** Opening our own pages, the same in both drivers once they know the extension's origin. */
export function extensionPageUrl(origin: string, path: string): string {
  return `${origin}/${path.replace(/^\//, '')}`;
}

/** The popup opened as a tab, once it has read the settings. */
export async function openPopupTab(openExtensionPage: (path: string) => Promise<TabHandle>): Promise<TabHandle> {
  const tab = await openExtensionPage(POPUP_PATH);
  await tab.waitFor(`document.querySelector('[data-testid=popup]')?.dataset.loaded === 'yes'`, { description: 'popup loaded' });
  return tab;
}
