/**
 * Side panel vs sidebar: the one runtime adapter for the browsers' different panel APIs.
 * Chrome: `chrome.sidePanel` (MV3, Chrome 114+). Firefox: `browser.sidebarAction`.
 * Both must be called from a user gesture (a click in the popup, a context-menu click, a command).
 */
import browser from './browser';

type ChromeSidePanel = {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
  setPanelBehavior?(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
};

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

/** Opens the panel in the given window. Call synchronously inside the user's gesture. */
export function openSidePanel(target: { windowId?: number; tabId?: number }): Promise<void> {
  const sidePanel = chromeSidePanel();
  if (sidePanel) {
    // Chrome needs a window or a tab id; a popup knows its window.
    return sidePanel.open(target.tabId !== undefined ? { tabId: target.tabId } : { windowId: target.windowId ?? -2 });
  }
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error('This browser has neither a side panel nor a sidebar'));
}

/** Whether this browser can show our panel at all. */
export function hasSidePanel(): boolean {
  return Boolean(chromeSidePanel() ?? (browser as unknown as { sidebarAction?: unknown }).sidebarAction);
}
