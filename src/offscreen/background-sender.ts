import type { Sender } from '../messaging/handlers';

/**
 * The background service worker, and nothing else: our extension id, no tab (content scripts
 * always have one), and a script of our own extension (extension pages are HTML documents; the
 * worker is the only script context that messages the offscreen document). `ownBase` is
 * `runtime.getURL('/')`.
 */
export function isBackgroundSender(sender: Sender, ownId: string, ownBase: string): boolean {
  if (sender.id !== ownId || sender.tab || typeof sender.url !== 'string') return false;
  if (!sender.url.startsWith(ownBase)) return false;
  const path = sender.url.slice(ownBase.length).split(/[?#]/)[0] ?? '';
  return /^[\w./-]+\.js$/.test(path) && !path.includes('..');
}
