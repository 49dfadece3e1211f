/**
 * The normalised URL that keys an article page: the same page reached through a share link, a
 * newsletter or an ad must give the same key (Memex#955, Obsidian Web Clipper #652).
 */

/** Exact parameter names that only track the visitor or the campaign. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid',
  'li_fat_id', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'wt.mc_id', 'spm', 'scm', 'share_source', 'share_medium', 'share_plat', 'share_from',
  'share_token', 'isappinstalled', 'ref_src', 'ref_url', 'sr_share', 'cmpid', 'ncid', 'guccounter',
]);

/** Prefixes of tracking parameter names (utm_source, utm_medium, …, pk_campaign, …). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hmsr', 'hmpl', 'hmcu', 'hmkw', 'hmci'];

/** Trailing directory-index file names that serve the same page as the directory. */
const INDEX_FILE = /\/(?:index|default)\.(?:html?|php|aspx?|shtml)$/i;

/**
 * The normalised form of `url`, or null when it is not an absolute http(s) URL.
 * Drops the fragment (but keeps `#!` and `#/` routes of single-page apps, which select content),
 * tracking parameters, default ports (done by URL), credentials and a trailing index file; sorts
 * the remaining query parameters so their order does not matter; lowercases the host.
 */
export function normalizePageUrl(url: string): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.username = '';
  parsed.password = '';
  if (!parsed.hash.startsWith('#!') && !parsed.hash.startsWith('#/')) parsed.hash = '';
  parsed.pathname = parsed.pathname.replace(INDEX_FILE, '/');
  // forEach, not [...entries()]: in Firefox content scripts the URLSearchParams iterator comes
  // through an Xray wrapper and is not iterable ("entries() is not iterable").
  const kept: [string, string][] = [];
  parsed.searchParams.forEach((value, name) => {
    if (!isTracking(name)) kept.push([name, value]);
  });
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = '';
  for (const [name, value] of kept) parsed.searchParams.append(name, value);
  return parsed.href;
}

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}
