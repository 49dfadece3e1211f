import { agencies as agencyList } from '../data/news-agencies.json';
import { nameKey } from './normalize-name';
import { hostMatches } from './registrable-domain';
import type { SiteIdentity } from './site-identity';

/**
 * Look-ups into the world table of news agencies and press-release wires
 * (src/core/data/news-agencies.json): by the exact credit token an agency signs with ("dpa",
 * "AP", "ats"), by name or alias in any language ("Deutsche Presse-Agentur", "共同通信"), by host.
 */

export type Agency = {
  id: string;
  name: string;
  aliases: string[];
  tokens: string[];
  domains: string[];
  kind: 'agency' | 'release';
};

export const AGENCIES: readonly Agency[] = agencyList as Agency[];

let tokenMap: Map<string, Agency> | null = null;
let keyMap: Map<string, Agency> | null = null;

function maps(): { tokens: Map<string, Agency>; keys: Map<string, Agency> } {
  if (!tokenMap || !keyMap) {
    tokenMap = new Map();
    keyMap = new Map();
    for (const a of AGENCIES) {
      for (const t of a.tokens) if (!tokenMap.has(t)) tokenMap.set(t, a);
      // Names and aliases compare loosely; tokens of 3+ letters also name the agency in a byline.
      for (const n of [a.name, ...a.aliases, ...a.tokens.filter((t) => t.length >= 3)]) {
        const k = nameKey(n);
        if (k && !keyMap.has(k)) keyMap.set(k, a);
      }
    }
  }
  return { tokens: tokenMap, keys: keyMap };
}

/** The agency signing with exactly this credit token (case-sensitive: "AP", "dpa", "ats"). */
export function agencyByToken(token: string): Agency | undefined {
  return maps().tokens.get(token.trim());
}

/**
 * The agency a byline or source token names: an exact credit token, else a name or alias compared
 * loosely ("The Associated Press" = "associated press"). Short all-lower-case words that are not
 * a token ("ap", "pa") name nobody.
 */
export function agencyByName(name: string): Agency | undefined {
  const t = name.trim();
  if (!t) return undefined;
  const byToken = maps().tokens.get(t);
  if (byToken) return byToken;
  const k = nameKey(t);
  if (!k || (k.length <= 2 && t !== t.toUpperCase())) return undefined;
  return maps().keys.get(k);
}

/**
 * How to name the agency a credit token or name designates: the alias written like the credit
 * (Keystone-SDA credited "(ats)" is "ATS", Xinhua credited "Xinhua" stays "Xinhua"), else its name.
 */
export function agencyDisplayName(agency: Agency, credited: string): string {
  const k = credited.trim().toLowerCase();
  if (k && k !== agency.name.toLowerCase()) {
    const alias = agency.aliases.find((a) => a.toLowerCase() === k);
    if (alias) return alias;
  }
  return agency.name;
}

/** The agency whose own site this host is. */
export function agencyByHost(host: string): Agency | undefined {
  return AGENCIES.find((a) => a.domains.some((d) => hostMatches(host, d)));
}

/** Whether the page is on the agency's own site (its credit there marks the original). */
export function isAgencySelf(agency: Agency, site: SiteIdentity): boolean {
  if (site.host && agency.domains.some((d) => hostMatches(site.host, d))) return true;
  return [agency.name, ...agency.aliases].some((n) => site.keys.has(nameKey(n)));
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let tokenSource: string | null = null;

/** Alternation of every credit token, longest first (for the scanners' regexes). */
export function tokenAlternation(): string {
  if (tokenSource === null) {
    const all = [...maps().tokens.keys()].sort((a, b) => b.length - a.length);
    tokenSource = all.map(escape).join('|');
  }
  return tokenSource;
}
