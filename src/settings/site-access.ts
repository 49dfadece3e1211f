/**
 * Whether Repost Lens may work on a page: on at all (`enabled`), and the page's site not in
 * `disabledSites`. The one check shared by the background (which then injects and analyses
 * nothing) and the UIs (which say "off for this site").
 */
import type { Settings } from './schema';

/** The lower-case host (with port when there is one) of an http(s) URL, or '' for anything else. */
export function siteOf(pageUrl: string): string {
  try {
    const url = new URL(pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host.toLowerCase() : '';
  } catch {
    return '';
  }
}

/**
 * False when Repost Lens is switched off, the page is not http(s), or its site is in
 * `disabledSites`: an entry with a port names exactly that host and port; one without names the
 * host and every subdomain of it (`example.com` covers `www.example.com`, not `notexample.com`).
 */
export function siteAllowed(settings: Pick<Settings, 'enabled' | 'disabledSites'>, pageUrl: string): boolean {
  if (!settings.enabled) return false;
  const host = siteOf(pageUrl);
  if (!host) return false;
  const hostname = new URL(pageUrl).hostname.toLowerCase().replace(/\.$/, '');
  for (const raw of settings.disabledSites) {
    const site = raw.trim().toLowerCase().replace(/^\*\./, '').replace(/\.$/, '');
    if (!site) continue;
    if (site.includes(':') ? host === site : hostname === site || hostname.endsWith(`.${site}`)) return false;
  }
  return true;
}

/** The `disabledSites` list with `host` switched off (`off` true) or back on. */
export function withSiteDisabled(settings: Settings, host: string, off: boolean): string[] {
  const h = host.toLowerCase();
  const rest = settings.disabledSites.filter((s) => s !== h);
  return off ? [...rest, h] : rest;
}
