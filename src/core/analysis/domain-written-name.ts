import { domainLabel } from './registrable-domain';

/**
 * The name a page writes for a site it only links to: a credit "Quelle: <link to nordwindpower.de>" names
 * "Nordwind Power GmbH" in the article, not the domain. A capitalized run of words whose letters are the
 * domain's label (give or take a plural or a short ending: nordwindpower ↔ "Nordwind Power"), with a legal-form
 * word that follows it (LLC, Inc., GmbH, AG …); the most frequent such run wins.
 */

const compact = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
/** A capitalized run of up to five words, tried (sticky) where the domain's label starts. */
const RUN_AT = /\p{Lu}[\p{L}\p{N}&'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4}/uy;
const LEGAL_FORM = /^(?:LLC|L\.L\.C\.|Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|GmbH|AG|SE|SA|S\.A\.|SAS|SpA|S\.p\.A\.|BV|B\.V\.|NV|N\.V\.|plc|PLC|Co\.|KG|AB|ASA|Oy|Oyj)$/;
const MAX_SCAN = 60_000;

export function writtenNameForDomain(text: string, host: string): string | undefined {
  const label = compact(domainLabel(host));
  if (label.length < 4) return undefined;
  const counts = new Map<string, number>();
  const scanned = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  // Only where the label's first letters occur (indexOf on the lower-cased text), a name starting there.
  const lower = scanned.toLowerCase();
  const probe = label.slice(0, 4);
  for (let at = lower.indexOf(probe), n = 0; at >= 0 && n < 200; at = lower.indexOf(probe, at + 1), n++) {
    if (lower.length !== scanned.length) break;
    if (at > 0 && /[\p{L}\p{N}]/u.test(scanned[at - 1] ?? '')) continue;
    RUN_AT.lastIndex = at;
    const run = RUN_AT.exec(scanned)?.[0];
    if (!run) continue;
    const words = run.split(/[ \u00a0]+/);
    for (let k = words.length; k >= 1; k--) {
      const c = compact(words.slice(0, k).join(''));
      if (c === label || (c.startsWith(label) && c.length - label.length <= 2)) {
        const next = words[k];
        const name = words.slice(0, k).join(' ') + (next && LEGAL_FORM.test(next) ? ` ${next}` : '');
        counts.set(name, (counts.get(name) ?? 0) + 1);
        break;
      }
    }
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [name, count] of counts) if (count > bestCount) [best, bestCount] = [name, count];
  return best;
}
