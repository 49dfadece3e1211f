/** Background entry: wires handlers and browser events together; no logic of its own. */
import browser from '../platform/browser';
import { registerHandlers } from '../messaging/handlers';
import { isContentScriptSender, isExtensionPageSender } from '../messaging/senders';
import { contentHandlers, pageLoaded, refuseReport } from './content-handlers';
import { forgetTabUndo } from './highlight-service';
import { forgetPageStyles } from './page-styles';
import { uiHandlers } from './ui-handlers';
import { createMenus, listenToMenusAndCommands } from './menus';
import { forgetTab } from './tab-registry';
import { notifyTabStateChanged } from './notify';
import { dropInjection, forgetInjection } from './inject-content';
import { isSameDocumentMove, wakeLoader } from './wake-loader';

const logError = (error: unknown): void => console.error('[Repost Lens]', error);

registerHandlers('content-to-background', contentHandlers, isContentScriptSender, logError, (type, sender, reason) => {
  if (type === 'pageAnalysed') void refuseReport(sender, reason);
});
registerHandlers('ui-to-background', uiHandlers, isExtensionPageSender, logError);

browser.runtime.onInstalled.addListener(createMenus);
// A new user is greeted once, on install (not on updates or browser restarts).
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('src/welcome/index.html') }).catch(() => {});
});
listenToMenusAndCommands();

async function forgetAndNotify(tabId: number): Promise<void> {
  forgetTabUndo(tabId);
  forgetPageStyles(tabId);
  if (await forgetTab(tabId)) await notifyTabStateChanged(tabId);
}

browser.tabs.onRemoved.addListener((tabId) => void forgetAndNotify(tabId));
// A new document is loading in the tab: what we knew about the old one no longer applies.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void forgetAndNotify(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void dropInjection(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void forgetInjection(tabId);
});
/**
 * A single-page app moved to another address within its document, seen by the browser (Firefox:
 * see wake-loader.ts). The woken loader tells us (pageMoved) and reports the new page once the
 * app settled; nothing woken (switched off, no loader): recorded like a load.
 */
async function followSameDocumentMove(tabId: number, url: string): Promise<void> {
  if (!(await wakeLoader(tabId, url))) await pageLoaded(tabId, url);
}

// A page finished loading: a page that is not an article is recorded here (its loader sends nothing).
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (isSameDocumentMove(change, tab)) void followSameDocumentMove(tabId, change.url as string).catch(logError);
  else if (change.status === 'complete' && /^https?:/.test(tab.url ?? '')) void pageLoaded(tabId, tab.url).catch(logError);
});
