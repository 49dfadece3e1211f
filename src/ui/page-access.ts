/**
 * Why the extension cannot read a page, from its address: browser pages, the PDF viewer, the
 * extension stores and local files are closed to extensions.
 */
export type CannotReadReason = 'browser' | 'file' | 'pdf' | 'store' | 'other';

const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** null when the address is an ordinary web page the extension can read. */
export function cannotReadReason(url: string | null | undefined): CannotReadReason | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'other';
  }
  if (u.protocol === 'file:') return /\.pdf$/i.test(u.pathname) ? 'pdf' : 'file';
  if (u.protocol === 'http:' || u.protocol === 'https:') {
    if (STORE_HOSTS.includes(u.hostname) && (u.hostname !== 'chrome.google.com' || u.pathname.startsWith('/webstore'))) return 'store';
    return null;
  }
  if (/^(chrome|edge|about|brave|opera|vivaldi|moz-extension|chrome-extension|chrome-search|chrome-untrusted|devtools|view-source|resource|data|blob):$/.test(u.protocol)) {
    return u.protocol === 'chrome-extension:' && /pdf/i.test(u.href) ? 'pdf' : 'browser';
  }
  return 'other';
}
