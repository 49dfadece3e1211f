/**
 * Whether Repost Lens may work on a page: on at all (`enabled`), and the page's site not in
 * `disabledSites`. The one check shared by the background (which then analyses and injects
 * nothing), the content side and the UIs (which say "off for this site").
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

/** True when Repost Lens is on and the page's site is not switched off. */
export function siteAllowed(settings: Settings, pageUrl: string): boolean {
  if (!settings.enabled) return false;
  const host = siteOf(pageUrl);
  if (!host) return false;
  return !settings.disabledSites.includes(host);
}

/** The `disabledSites` list with `host` switched off (`off` true) or back on. */
export function withSiteDisabled(settings: Settings, host: string, off: boolean): string[] {
  const h = host.toLowerCase();
  const rest = settings.disabledSites.filter((s) => s !== h);
  return off ? [...rest, h] : rest;
}
