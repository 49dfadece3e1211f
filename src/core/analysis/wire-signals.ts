import wireData from '../data/wires.json';
import type { TextIndex } from '../text/text-index';
import type { Finding } from './finding';
import { platformById } from './platform-table';
import { hostMatches } from './registrable-domain';
import type { SiteIdentity } from './site-identity';

/**
 * Wire-agency datelines and copyright lines in the text: "WASHINGTON (AP) —", "(Reuters) -",
 * "PARIS (AFP) –", "© 2020 Thomson Reuters". Datelines only count at the start of a block, so a
 * photo caption ending in "(Reuters)" or a bio naming the AP is not a wire credit; on the wire's
 * own site the dateline marks the original.
 */

type Wire = { platform: string; dateline: string[]; byline: string[] };
const WIRES: Wire[] = wireData.wires;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const tokenToWire = new Map<string, Wire>();
for (const w of WIRES) for (const t of w.dateline) tokenToWire.set(t.toLowerCase(), w);
const DATELINE = new RegExp(
  `(?:^|\\n)[ \\t\\u00a0]*((?:[A-Z][A-Za-z.'’\\-]*(?:[ ,\\u00a0]+[A-Za-z.'’\\-]+){0,5}[ \\t\\u00a0]*)?\\((${WIRES.flatMap((w) => w.dateline).map(escape).join('|')})\\)[ \\t\\u00a0]*[—–-]{1,2})`,
  'g',
);
const COPYRIGHT = /(?:©|Copyright(?:\s*©)?)\s*(?:\d{4}\s*)?(The Associated Press|Associated Press|Thomson Reuters|Reuters|AFP|Agence France-Presse)\b/g;

/** The wire behind a byline token ("Associated Press", "JIJI"), if any. */
export function wireByBylineToken(token: string): Wire | undefined {
  const t = token.trim().toLowerCase();
  return WIRES.find((w) => w.byline.some((b) => b.toLowerCase() === t));
}

/** Whether the page is on the wire's own site. */
export function isWireSelf(wire: Wire, site: SiteIdentity): boolean {
  const entry = platformById(wire.platform);
  return !!entry && !!site.host && entry.domains.some((d) => hostMatches(site.host, d));
}

/** The display name of a wire. */
export function wireName(wire: Wire): string {
  return platformById(wire.platform)?.name ?? wire.byline[0] ?? wire.platform;
}

/** Dateline and copyright findings. */
export function findWireSignals(index: TextIndex, site: SiteIdentity): Finding[] {
  const out: Finding[] = [];
  const text = index.text.length > 600_000 ? index.text.slice(0, 600_000) : index.text;
  const seen = new Set<string>();
  for (const [re, signal, strength, priority] of [[DATELINE, 'wire-dateline', 'A', 97], [COPYRIGHT, 'wire-copyright', 'B', 60]] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let count = 0;
    while ((m = re.exec(text)) && count++ < 10) {
      const token = m[signal === 'wire-dateline' ? 2 : 1] ?? '';
      const wire = signal === 'wire-dateline' ? tokenToWire.get(token.toLowerCase()) : wireByBylineToken(token);
      if (!wire || isWireSelf(wire, site) || seen.has(signal + wire.platform)) continue;
      seen.add(signal + wire.platform);
      const matched = signal === 'wire-dateline' ? m[1] ?? '' : m[0];
      const start = m.index + m[0].indexOf(matched);
      out.push({
        signal, strength, text: matched, location: { kind: 'text', start, end: start + matched.length },
        positive: true, priority, role: 'wire', name: wireName(wire), kind: 'wire-copy',
      });
    }
  }
  return out;
}
