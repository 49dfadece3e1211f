/**
 * Whether Repost Lens may run on a page: the master switch and the per-site list. The background
 * asks this before it injects anything into a tab; the settings UI uses it to show the state.
 */
import type { Settings } from './schema';

/**
 * False when Repost Lens is switched off, the page is not http(s), or its host (or a parent
 * domain of it: `example.com` covers `www.example.com`) is in `disabledSites`.
 */
export function siteAllowed(settings: Pick<Settings, 'enabled' | 'disabledSites'>, pageUrl: string): boolean {
  if (!settings.enabled) return false;
  let host: string;
  try {
    const url = new URL(pageUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    host = url.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  for (const raw of settings.disabledSites) {
    const site = raw.trim().toLowerCase().replace(/^\*\./, '').replace(/\.$/, '');
    if (!site) continue;
    if (host === site || host.endsWith(`.${site}`)) return false;
  }
  return true;
}
