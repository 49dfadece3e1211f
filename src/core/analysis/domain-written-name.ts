import { domainLabel } from './registrable-domain';

/**
 * The name a page writes for a site it only links to: a credit "Quelle: <link to ultiumcell.com>" names
 * "Ultium Cells LLC" in the article, not the domain. A capitalized run of words whose letters are the
 * domain's label (give or take a plural or a short ending: ultiumcell ↔ "Ultium Cells"), with a legal-form
 * word that follows it (LLC, Inc., GmbH, AG …); the most frequent such run wins.
 */

const compact = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const CAPITALIZED_RUN = /\p{Lu}[\p{L}\p{N}&'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4}/gu;
const LEGAL_FORM = /^(?:LLC|L\.L\.C\.|Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|GmbH|AG|SE|SA|S\.A\.|SAS|SpA|S\.p\.A\.|BV|B\.V\.|NV|N\.V\.|plc|PLC|Co\.|KG|AB|ASA|Oy|Oyj)$/;
const MAX_SCAN = 60_000;

export function writtenNameForDomain(text: string, host: string): string | undefined {
  const label = compact(domainLabel(host));
  if (label.length < 4) return undefined;
  const counts = new Map<string, number>();
  const scanned = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  CAPITALIZED_RUN.lastIndex = 0;
  for (let m = CAPITALIZED_RUN.exec(scanned), n = 0; m && n < 20_000; m = CAPITALIZED_RUN.exec(scanned), n++) {
    const words = m[0].split(/[ \u00a0]+/);
    // The name may start at any word of the run ("Die Firma Beispielwerke GmbH"); cheap filter: its first letter.
    for (let i = 0, found = false; i < words.length && !found; i++) {
      if (words[i]?.[0]?.toLowerCase() !== label[0]) continue;
      for (let k = words.length; k > i; k--) {
        const c = compact(words.slice(i, k).join(''));
        if (c === label || (c.startsWith(label) && c.length - label.length <= 2)) {
          const next = words[k];
          const name = words.slice(i, k).join(' ') + (next && LEGAL_FORM.test(next) ? ` ${next}` : '');
          counts.set(name, (counts.get(name) ?? 0) + 1);
          found = true;
          break;
        }
      }
    }
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [name, count] of counts) if (count > bestCount) [best, bestCount] = [name, count];
  return best;
}
