import type { Sender } from '../messaging/handlers';

/**
 * The background service worker, and nothing else: our extension id, no tab (content scripts
 * always have one), and a script of our own origin (extension pages are HTML documents; the
 * worker is the only script context that messages the offscreen document).
 */
export function isBackgroundSender(sender: Sender, ownId: string, ownOrigin: string): boolean {
  if (sender.id !== ownId || sender.tab || typeof sender.url !== 'string') return false;
  try {
    const url = new URL(sender.url);
    return url.origin === ownOrigin && url.pathname.endsWith('.js');
  } catch {
    return false;
  }
}
