import type { TextIndex } from '../text/text-index';
import type { Finding } from './finding';
import { agencyByName, agencyDisplayName, isAgencySelf, tokenAlternation, type Agency } from './agency-table';
import { creditWindow, elementAt, isCaption, isChrome, isPhotoCredit, lineAt, type Line } from './text-structure';
import { findPlatformByHost } from './platform-table';
import { isSelfName, type SiteIdentity } from './site-identity';

/**
 * Agency credits in the text, in the forms the world's agencies sign with (tokens from
 * news-agencies.json): a dateline opening a paragraph ("WASHINGTON (AP) —", "Frankfurt/Main (dpa) -",
 * "(Reuters) -"), a trailing credit closing one ("… weiter. (dpa)", "(ats/nxp)", "… – ANSA"),
 * house initials beside the agency ("(det/dpa)"), a credit line of its own ("EFE", "PTI, Washington"),
 * and a copyright line ("© 2020 Thomson Reuters"). Where the credit sits decides: a photo caption
 * or "Foto: dpa" is not a credit for the text, and on the agency's own site the credit marks the original.
 */

const MAX_TEXT = 600_000;
const MAX_MATCHES = 60;

let compiled: { paren: RegExp; dash: RegExp; line: RegExp } | null = null;

/** The three token-driven patterns, built once from the agency table. */
function patterns(): { paren: RegExp; dash: RegExp; line: RegExp } {
  if (!compiled) {
    const t = tokenAlternation();
    const initials = '[\\p{L}]{1,6}';
    compiled = {
      // "(dpa)", "(ats/nxp)", "(det/dpa)", "(AP Photo…)" is refused later by the photo check.
      paren: new RegExp(`[(（](?:${initials}\\s*\\/\\s*)*(?<t>${t})(?:\\s*\\/\\s*${initials})*[)）]`, 'gu'),
      // "… wie geplant. – ANSA", "— EFE" closing a paragraph.
      dash: new RegExp(`\\s[-–—]\\s*(?<t>${t})\\s*\\.?[ \\t\\u00a0]*(?=\\n|$)`, 'gu'),
      // A credit line of its own: "EFE", "Por EFE", "Redacción: EFE", "PTI, Washington, Nov 20".
      line: new RegExp(`(?:^|\\n)[ \\t\\u00a0]*(?:[\\p{L}][\\p{L} .]{0,24}[:：][ \\t\\u00a0]*|(?:By|Von|Par|Por|Di|Door|Av|Af|Przez|От)[ \\t\\u00a0]+)?(?<t>${t})(?=[ \\t\\u00a0]*(?:\\n|$|,[ \\t\\u00a0]*\\p{Lu}))`, 'gu'),
    };
  }
  return compiled;
}

/** A dateline prefix: a place (and date) in capitals or title case, no sentence before it. */
const DATELINE_PREFIX = /^[\p{Lu}][\p{L}\p{M}\d.'’/\- ,\u00a0]{0,70}$/u;
const AFTER_DATELINE = /^[ \t\u00a0]*(?:[-–—−]{1,2}|[.:])/u;
const OTHER_DATELINE = /(?:^|\n)[ \t\u00a0]*([\p{Lu}][\p{Lu}\p{M}.'’\- ]{1,30}(?:,[ \u00a0]+[\p{Lu}][\p{L}.]{1,12})?[ \t\u00a0]*\((\p{Lu}{3,8})\)[ \t\u00a0]*[-–—])/gu;
const COPYRIGHT = /(?:©|Copyright(?:\s*©)?)\s*(?:\d{4}\s*)?(The Associated Press|Associated Press|Thomson Reuters|Reuters|AFP|Agence France-Presse)\b/g;

type Hit = { agency: Agency; token: string; start: number; end: number; signal: string; strength: Finding['strength']; priority: number };

/** Dateline, trailing, credit-line and copyright findings. */
export function findWireSignals(index: TextIndex, site: SiteIdentity): Finding[] {
  const text = index.text.length > MAX_TEXT ? index.text.slice(0, MAX_TEXT) : index.text;
  const hits: Hit[] = [];
  const others: Finding[] = [];
  const seen = new Set<string>();
  const credible = (at: number, line: Line): boolean => !isPhotoCredit(creditWindow(line, at)) && !isCaption(elementAt(index, at));
  const add = (token: string, start: number, end: number, signal: string, strength: Finding['strength'], priority: number): void => {
    const agency = agencyByName(token);
    if (!agency || isAgencySelf(agency, site) || seen.has(signal + agency.id)) return;
    seen.add(signal + agency.id);
    hits.push({ agency, token, start, end, signal, strength, priority });
  };
  const { paren, dash, line } = patterns();

  paren.lastIndex = 0;
  let m: RegExpExecArray | null;
  let count = 0;
  while ((m = paren.exec(text)) && count++ < MAX_MATCHES) {
    const token = m.groups?.t ?? '';
    const start = m.index;
    const end = start + m[0].length;
    const l = lineAt(text, start);
    const before = text.slice(l.start, start).trim();
    const after = text.slice(end, l.end);
    if (!credible(start, l)) continue;
    if ((!before || DATELINE_PREFIX.test(before)) && AFTER_DATELINE.test(after) && isChrome(elementAt(index, start))) continue;
    if ((!before || DATELINE_PREFIX.test(before)) && AFTER_DATELINE.test(after)) {
      const from = before ? l.start + (text.slice(l.start, start).length - text.slice(l.start, start).trimStart().length) : start;
      add(token, from, end, 'wire-dateline', 'A', 97);
    } else if (token.length >= 3 || /\//.test(m[0])) {
      // Trailing credit: the paragraph (or the line) ends with it.
      if (/^[ \t\u00a0.。]*$/.test(after) && (before.length >= 40 || !before) && !isChrome(elementAt(index, start))) {
        add(token, start, end, 'wire-trailing', 'A', 96);
      }
    }
  }
  // A dateline credit of an organization outside the table ("ST. LOUIS, MO (KTVI) –"): another
  // newsroom's story, when it opens the article; decisive on a portal that carries partners' stories.
  const onPortal = !!site.host && findPlatformByHost(site.host)?.kind === 'platform';
  OTHER_DATELINE.lastIndex = 0;
  count = 0;
  while ((m = OTHER_DATELINE.exec(text)) && count++ < 5) {
    const token = m[2] ?? '';
    const start = m.index + m[0].search(/\S/);
    if (agencyByName(token) || isSelfName(token, site) || seen.has('dateline-other')) continue;
    if (!credible(start, lineAt(text, start)) || isChrome(elementAt(index, start))) continue;
    seen.add('dateline-other');
    others.push({
      signal: 'dateline-other-newsroom', strength: onPortal ? 'A' : 'B', text: (m[1] ?? '').trim(), location: { kind: 'text', start, end: start + (m[1] ?? '').trim().length },
      positive: true, priority: 90, role: 'original', name: token, kind: 'syndicated',
    });
  }
  dash.lastIndex = 0;
  count = 0;
  while ((m = dash.exec(text)) && count++ < MAX_MATCHES) {
    const token = m.groups?.t ?? '';
    if (token.length < 3) continue;
    const start = m.index + m[0].search(/\S/);
    const l = lineAt(text, start);
    if (start - l.start < 40 || !credible(start, l) || isChrome(elementAt(index, start))) continue;
    add(token, start, m.index + m[0].length, 'wire-trailing', 'A', 96);
  }
  line.lastIndex = 0;
  count = 0;
  while ((m = line.exec(text)) && count++ < MAX_MATCHES) {
    const token = m.groups?.t ?? '';
    const start = m.index + m[0].search(/\S/);
    const l = lineAt(text, start);
    if (l.end - l.start > 400 || l.text.trim().length > 90 || !credible(start, l) || isChrome(elementAt(index, start))) continue;
    // A lone two-letter token ("AP", "PA") is too ambiguous on its own line; a lone longer one
    // ("EFE") is a credit, but alone it may still be an author box's default: it needs support.
    const alone = l.text.trim() === token;
    if (token.length < 3 && alone) continue;
    add(token, start, Math.min(l.end, start + 90), 'wire-credit-line', alone ? 'B' : 'A', 95);
  }
  COPYRIGHT.lastIndex = 0;
  count = 0;
  while ((m = COPYRIGHT.exec(text)) && count++ < 10) add(m[1] ?? '', m.index, m.index + m[0].length, 'wire-copyright', 'B', 60);

  return [...others, ...hits.map((h): Finding => ({
    signal: h.signal, strength: h.strength, text: text.slice(h.start, h.end), location: { kind: 'text', start: h.start, end: h.end },
    positive: true, priority: h.priority, role: 'wire', name: agencyDisplayName(h.agency, h.token), kind: h.agency.kind === 'release' ? 'press-release' : 'wire-copy',
  }))];
}
