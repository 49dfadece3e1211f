/**
 * Context-menu items and the keyboard command. Both count as user gestures, which is what lets
 * them open the side panel.
 */
import browser from '../platform/browser';
import { openSidePanel } from '../platform/side-panel';
import { sendToTab } from '../messaging/client';
import { injectContent } from './inject-content';

const MENU_HIGHLIGHT = 'repost-lens-highlight';
const MENU_OPEN_PANEL = 'repost-lens-open-panel';
const MENU_LIBRARY = 'repost-lens-library';

export function createMenus(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_HIGHLIGHT, title: browser.i18n.getMessage('menuHighlight') || 'Highlight with Repost Lens', contexts: ['selection'] });
    browser.contextMenus.create({ id: MENU_OPEN_PANEL, title: browser.i18n.getMessage('menuOpenPanel') || 'Open Repost Lens', contexts: ['page', 'selection'] });
    // On the toolbar button's own menu: the highlights library.
    browser.contextMenus.create({ id: MENU_LIBRARY, title: browser.i18n.getMessage('menuLibrary') || 'All my highlights', contexts: ['action'] });
  }, () => {});
}

/** Highlights the tab's selection; the content bundle is injected first if the page has none yet. */
async function highlightInTab(tabId: number): Promise<void> {
  const sent = await sendToTab(tabId, 'highlightSelection', {});
  if (!sent.ok && sent.error.code === 'unavailable' && (await injectContent({ tabId }))) await sendToTab(tabId, 'highlightSelection', {});
}

export function listenToMenusAndCommands(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_LIBRARY) {
      void browser.tabs.create({ url: browser.runtime.getURL('src/library/index.html') });
      return;
    }
    if (!tab?.id) return;
    if (info.menuItemId === MENU_HIGHLIGHT) void highlightInTab(tab.id);
    // Call synchronously inside the click: the gesture does not survive an await.
    if (info.menuItemId === MENU_OPEN_PANEL) void openSidePanel({ tabId: tab.id, windowId: tab.windowId }).catch(() => {});
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'highlight-selection' && tab?.id !== undefined) void highlightInTab(tab.id);
    // Synchronously inside the command: it is the user gesture that lets the panel open.
    if (command === 'open-panel') void openSidePanel({ ...(tab?.id !== undefined ? { tabId: tab.id } : {}), ...(tab?.windowId !== undefined ? { windowId: tab.windowId } : {}) }).catch(() => {});
  });
}
