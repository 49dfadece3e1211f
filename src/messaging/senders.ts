/** Who may send which direction of messages (checked by the background before any handler runs). */
import browser from '../platform/browser';
import type { Sender } from './handlers';

function isOurExtension(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

/** A content script of ours in a web page tab. */
export function isContentScriptSender(sender: Sender): boolean {
  return isOurExtension(sender) && typeof sender.tab?.id === 'number' && /^https?:/.test(sender.url ?? '');
}

/** One of our own extension pages (side panel, sidebar, popup, or such a page opened in a tab). */
export function isExtensionPageSender(sender: Sender): boolean {
  const base = browser.runtime.getURL('/');
  return isOurExtension(sender) && typeof sender.url === 'string' && sender.url.startsWith(base);
}
