import { categories as cueCategories } from '../data/credit-cues.json';
import type { TextIndex } from '../text/text-index';
import type { Finding } from './finding';
import { agencyByName, agencyDisplayName, isAgencySelf } from './agency-table';
import { normalizeDate } from './dates';
import { isValidHopName } from './hop-name';
import { findLinkNear } from './link-near';
import { isPlaceholderName, normalizeName } from './normalize-name';
import { nameForUrl } from './platform-table';
import { toHttpUrl } from './registrable-domain';
import { isSelfName, isSelfUrl, type SiteIdentity } from './site-identity';
import { creditWindow, elementAt, isCaption, isChrome, isPhotoCredit, lineAt, nextLine, type Line } from './text-structure';

/**
 * Credit lines in every language, from the phrase table src/core/data/credit-cues.json: "Quelle: X",
 * "Fuente: EFE", "Źródło X", "출처: X", "originally published in X", "zuerst erschienen bei X",
 * "mit freundlicher Genehmigung von X", "courtesy of X", "Übersetzt von: Y", "Pressemitteilung" with
 * "Herausgeber: X". Found structurally: a source label counts where a credit line sits (its own
 * short line, or in brackets closing the article), never in a photo caption; a credit in the lead
 * or the tail of the article weighs more than one in the middle (a chart's data source) or in the
 * page footer.
 */

export type CueCategory = 'source' | 'originally' | 'permission' | 'courtesy' | 'translated' | 'release' | 'issuer' | 'press-office';
type Categories = Record<CueCategory, Record<string, string[]>>;
const CATEGORIES = cueCategories as unknown as Categories;
const LABEL_CATEGORIES: CueCategory[] = ['source', 'issuer'];
const PHRASE_CATEGORIES: CueCategory[] = ['originally', 'permission', 'courtesy', 'translated', 'release', 'press-office'];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The pattern of one phrase: literal, spaces match any run of spaces, a trailing '*' a word ending. */
export function phrasePattern(phrase: string): string {
  const star = phrase.endsWith('*');
  const body = (star ? phrase.slice(0, -1) : phrase).toLowerCase();
  return [...body].map((ch) => (ch === ' ' ? '\\s+' : escape(ch))).join('') + (star ? '\\p{L}*' : '');
}

type Trie = { next: Map<string, Trie>; end: boolean };

/** One alternation shaped as a trie (shared prefixes once): far fewer tries per text position. */
function trieSource(phrases: string[]): string {
  const root: Trie = { next: new Map(), end: false };
  for (const p of phrases) {
    let node = root;
    const star = p.endsWith('*');
    const chars = [...(star ? p.slice(0, -1) : p).toLowerCase()];
    if (star) chars.push('*');
    for (const ch of chars) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Trie): string => {
    const alts = [...node.next.entries()].map(([ch, child]) => (ch === ' ' ? '\\s+' : ch === '*' ? '\\p{L}*' : escape(ch)) + emit(child));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? alts[0] as string : `(?:${alts.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

type Compiled = {
  phrases: RegExp;
  /** The same trie without the case-insensitive flag, for the lower-cased text (about twice as fast). */
  phrasesLower: RegExp;
  /** Normalized phrase → category (for telling which phrase a trie match was). */
  byPhrase: Map<string, CueCategory>;
  /** Star phrases, checked one by one when the exact look-up misses. */
  stars: Array<[RegExp, CueCategory]>;
  /** A label just before a colon: "…Quelle" + ":". */
  labelBefore: Map<CueCategory, RegExp>;
  /** A label alone on its line. */
  labelAlone: Map<CueCategory, RegExp>;
};
let compiled: Compiled | null = null;

const phrasesOf = (cat: CueCategory): string[] => Object.values(CATEGORIES[cat] ?? {}).flat();
const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

function compile(): Compiled {
  if (compiled) return compiled;
  const all: string[] = [];
  const byPhrase = new Map<string, CueCategory>();
  const stars: Array<[RegExp, CueCategory]> = [];
  for (const cat of PHRASE_CATEGORIES) {
    for (const p of phrasesOf(cat)) {
      all.push(p);
      if (p.endsWith('*')) stars.push([new RegExp(`^${phrasePattern(p)}$`, 'iu'), cat]);
      else if (!byPhrase.has(norm(p))) byPhrase.set(norm(p), cat);
    }
  }
  const labelBefore = new Map<CueCategory, RegExp>();
  const labelAlone = new Map<CueCategory, RegExp>();
  for (const cat of LABEL_CATEGORIES) {
    const source = trieSource(phrasesOf(cat));
    labelBefore.set(cat, new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${source})[ \\t\\u00a0]*$`, 'iu'));
    labelAlone.set(cat, new RegExp(`^[ \\t\\u00a0]*(?:${source})[ \\t\\u00a0]*$`, 'iu'));
  }
  const trie = trieSource(all);
  compiled = { phrases: new RegExp(trie, 'giu'), phrasesLower: new RegExp(trie, 'gu'), byPhrase, stars, labelBefore, labelAlone };
  return compiled;
}

/** For tests: the category a phrase match belongs to, or undefined when no table phrase matches. */
export function categoryOf(matched: string): CueCategory | undefined {
  const c = compile();
  return c.byPhrase.get(norm(matched)) ?? c.stars.find(([re]) => re.test(matched))?.[1];
}

/** For tests: whether `label` (from the source or issuer table) is recognized just before a colon. */
export function isLabel(text: string, cat: 'source' | 'issuer'): boolean {
  return !!compile().labelBefore.get(cat)?.test(text);
}

const LETTER = /[\p{L}\p{N}]/u;
const CITATION = /\bet al\b|\bdoi\b|\b(?:19|20)\d{2}\s*[;:]\s*\d|\bvol\.|\bpp?\.\s*\d/i;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
const MAX_HITS = 40;
const LONG_LINE = 150;

/** Whether a long paragraph (article text) lies within `span` characters before or after `line`. */
function proseNear(text: string, line: Line, dir: -1 | 1, span: number): boolean {
  let pos = dir < 0 ? line.start - 2 : line.end + 1;
  let seen = 0;
  while (pos >= 0 && pos < text.length && seen < span) {
    const l = lineAt(text, pos);
    if (l.text.trim().length >= LONG_LINE) return true;
    seen += l.text.length + 1;
    pos = dir < 0 ? l.start - 2 : l.end + 1;
  }
  return false;
}

/** The nearest non-blank line before or after `line` (within 400 characters). */
function neighbour(text: string, line: Line, dir: -1 | 1): string {
  let pos = dir < 0 ? line.start - 2 : line.end + 1;
  for (let seen = 0; pos >= 0 && pos < text.length && seen < 400;) {
    const l = lineAt(text, pos);
    if (l.text.trim()) return l.text.trim();
    seen += l.text.length + 1;
    pos = dir < 0 ? l.start - 2 : l.end + 1;
  }
  return '';
}

/**
 * Whether a line sits between two paragraphs of prose, where a "Source:" line credits a chart or a
 * quote; a credit line in the lead (under the title, beside the byline) or closing the article does not.
 */
function betweenParagraphs(text: string, line: Line): boolean {
  return neighbour(text, line, -1).length >= LONG_LINE && neighbour(text, line, 1).length >= LONG_LINE;
}

/** Trimmed length of a line, capped: lines longer than `cap` are never short, whatever their spaces. */
function shortLength(line: Line, cap: number): number {
  return line.end - line.start > cap * 4 ? Infinity : line.text.trim().length;
}

/** Cuts a credited name out of the text after a label or phrase: up to the first clause break. */
function takeName(raw: string, kind: 'label' | 'phrase'): { name?: string; url?: string; rest: string } {
  let s = raw.replace(/^[\s:：\-–—»«"“”„'‘’‚‹›「『【《(（]+/u, '');
  s = s.replace(/^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?/iu, '');
  if (kind === 'phrase') s = s.replace(/^(?:the|der|die|das|dem|den|le|la|les|l'|el|los|las|il|lo|gli|o|a|os|as|het|de)\s+(?=\p{Lu}|»|"|“)/u, '');
  const urlMatch = /^(?:https?:\/\/|www\.)[^\s<>"'，。）)]+/i.exec(s);
  if (urlMatch) {
    const url = toHttpUrl(/^www\./i.test(urlMatch[0]) ? `https://${urlMatch[0]}` : urlMatch[0]);
    return { url, name: url ? nameForUrl(url) : undefined, rest: s.slice(urlMatch[0].length) };
  }
  const stop = kind === 'label'
    ? /[,;|()（）[\]»«"“”„]|\s[-–—/]\s|\.\s|\n|$/u
    : /[,;|()（）[\]»«"“”„!?]|\s[-–—]\s|\.(?:\s|$)|\n|$|\s(?:on|am|le|el|il|em|w dniu|and|und|et|y|e|under|unter|sous|bajo|with|mit|avec|con|com|as|als|comme|como|in|im|at|by|von|par|por|da|door|op|и|в)\s/u;
  const cut = stop.exec(s);
  const name = s.slice(0, cut ? cut.index : s.length).trim();
  return { name, rest: s.slice(cut ? cut.index : s.length) };
}

/** A quoted source after "aus"/"from"/"de" near a translation credit: »Quanta Magazine«. */
const QUOTED_FROM = /(?:^|\s)(?:aus|from|de|du|del|da|dal|dalla|z|ze|uit|из|från|fra)\s+(?:dem\s+|der\s+|the\s+)?[»«"“„‚‹'《「]([^»«"“”„‚‹›'》」\n]{2,60})[«»"”“‹›'》」]/u;

/** Credit-line findings. */
export function findCreditLines(index: TextIndex, pageUrl: string, site: SiteIdentity): Finding[] {
  const text = index.text;
  const c = compile();
  const out: Finding[] = [];
  const seen = new Set<string>();
  const isOwn = (u: string): boolean => isSelfUrl(u, site);
  let releaseSeen = false;
  const issuers: Finding[] = [];

  const emit = (cat: CueCategory, start: number, end: number, line: Line, raw: string, kind: 'label' | 'phrase', strongPlace: boolean): void => {
    const taken = takeName(raw, kind);
    let name = taken.name ? normalizeName(taken.name) : '';
    let url = taken.url;
    const agency = name ? agencyByName(name) : undefined;
    if (name && (isPlaceholderName(name) || !isValidHopName(name, !!agency))) name = '';
    if (cat === 'translated') {
      // A translator's name is this site's staff; a quoted work or outlet after "aus/from" is the source.
      const from = QUOTED_FROM.exec(text.slice(start, Math.min(text.length, end + 300)));
      name = from?.[1] && isValidHopName(normalizeName(from[1])) ? normalizeName(from[1]) : '';
      url = undefined;
    }
    if (name && isSelfName(name, site)) return;
    if (url && isOwn(url)) {
      if (!name || isSelfName(name, site)) return;
      url = undefined;
    }
    if (agency && isAgencySelf(agency, site)) return;
    if (!url && name && (cat === 'source' || cat === 'originally' || cat === 'permission')) url = findLinkNear(index, start, line.end, pageUrl, isOwn, 0);
    const key = `${cat}|${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    const date = normalizeDate(taken.rest);
    const base = { text: text.slice(start, Math.min(line.end, start + 200)), location: { kind: 'text' as const, start, end: Math.min(line.end, start + 200) } };
    const named = name ? { name: agency ? agencyDisplayName(agency, name) : name, ...(url ? { url } : {}) } : url ? { name: nameForUrl(url), url } : {};
    const hasName = !!named.name;
    switch (cat) {
      case 'source':
        if (!hasName) return;
        out.push({
          ...base, ...named, signal: agency ? 'credit-source-agency' : 'credit-source-line', strength: strongPlace ? 'A' : 'B', positive: true,
          priority: agency ? 94 : 90, role: agency ? 'wire' : 'original', kind: agency ? (agency.kind === 'release' ? 'press-release' : 'wire-copy') : 'syndicated',
          ...(date ? { date } : {}),
        });
        return;
      case 'issuer':
      case 'press-office':
        if (hasName) issuers.push({ ...base, ...named, signal: 'press-release-issuer', strength: 'B', positive: true, priority: 92, role: 'original', kind: 'press-release' });
        return;
      case 'originally':
        if (!hasName) return;
        out.push({ ...base, ...named, signal: 'credit-originally-published', strength: 'A', positive: true, priority: 100, role: 'original', kind: 'syndicated', ...(date ? { date } : {}) });
        return;
      case 'permission':
        out.push(hasName
          ? { ...base, ...named, signal: 'credit-republished-permission', strength: 'A', positive: true, priority: 98, role: 'original', kind: 'republished-with-permission', ...(date ? { date } : {}) }
          : { ...base, signal: 'credit-republished-permission', strength: 'B', positive: true, priority: 0, kind: 'republished-with-permission' });
        return;
      case 'courtesy':
        if (!hasName) return;
        out.push({ ...base, ...named, signal: 'credit-courtesy', strength: 'C', positive: true, priority: 60, role: 'original', kind: 'republished-with-permission' });
        return;
      case 'translated':
        out.push({ ...base, ...named, signal: 'credit-translation', strength: 'A', positive: true, priority: hasName ? 99 : 0, ...(hasName ? { role: 'original' as const } : {}), kind: 'translation' });
        return;
      case 'release':
        if (releaseSeen) return;
        releaseSeen = true;
        out.push({ ...base, signal: 'press-release-words', strength: 'C', positive: true, priority: 0, kind: 'press-release' });
    }
  };

  // 1. Labels before a colon ("Quelle: X"), and labels alone on their line ("Źródło" ⏎ "X").
  let hits = 0;
  const colons = /[:：]/g;
  for (let cm = colons.exec(text), guard = 0; cm && hits < MAX_HITS && guard < 20_000; cm = colons.exec(text), guard++) {
    const colon = cm.index;
    const line = lineAt(text, colon);
    const before = text.slice(Math.max(line.start, colon - 40), colon);
    if (!before || /\d$/.test(before)) continue;
    for (const cat of LABEL_CATEGORIES) {
      const m = c.labelBefore.get(cat)?.exec(before);
      if (!m) continue;
      const start = colon - before.length + m.index + (LETTER.test(m[0][0] ?? '') ? 0 : 1);
      const lead = text.slice(line.start, start);
      const after = text.slice(colon + 1, line.end);
      // A credit line starts its line (after brackets or a dash); "(Quelle: X)" may close the paragraph.
      const opensLine = /^[\s(（[【«"“*※•·—–-]*$/u.test(lead);
      const closesParagraph = /[(（]\s*$/.test(lead) && /^[^()（）]{2,80}[)）][\s.。]*$/u.test(after);
      if (!opensLine && !closesParagraph) continue;
      if (closesParagraph && proseNear(text, line, 1, 600)) continue;
      hits++;
      if (isPhotoCredit(creditWindow(line, start)) || isCaption(elementAt(index, start))) continue;
      const el = elementAt(index, start);
      const chrome = isChrome(el);
      if (cat === 'issuer' && chrome) continue;
      let raw = after;
      if (!raw.trim()) raw = nextLine(text, line)?.text ?? '';
      // A bibliographic reference ("Source: Dunbar RIM, Teasdale B, et al. … 2016") cites, it does not credit.
      if (CITATION.test(raw) || (raw.length > 80 && (raw.match(/,/g) ?? []).length >= 3)) continue;
      // Lead (no prose before) or tail (no prose after) of the article: a credit line's places.
      const strong = !chrome && (!betweenParagraphs(text, line) || !!agencyByName(raw.trim().split(/[,;/|\s]/)[0] ?? ''));
      emit(cat, start, colon + 1, line, raw, 'label', strong);
    }
  }
  // Labels without a colon, alone on a short line, the name on the next line.
  for (let pos = 0, n = 0; pos < text.length && n < 4000; n++) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const trimmedLength = end - pos <= 200 ? text.slice(pos, end).trim().length : 0;
    if (trimmedLength > 0 && trimmedLength <= 24) {
      const lineText = text.slice(pos, end);
      if (c.labelAlone.get('source')?.test(lineText)) {
        const line = { start: pos, end, text: lineText };
        const el = elementAt(index, pos + lineText.search(/\S/));
        const next = nextLine(text, line);
        if (next && next.text.trim().length <= 80 && !isCaption(el) && !isPhotoCredit(next.text)) {
          const chrome = isChrome(el);
          emit('source', pos + lineText.search(/\S/), end, line, next.text, 'label', !chrome);
        }
      }
    }
    pos = end + 1;
  }

  // 2. Phrases ("originally published in", "Übersetzt von", "Pressemitteilung").
  // Lower-cased text keeps its offsets unless a character changes length (İ): then the slower
  // case-insensitive scan of the text itself.
  const lower = text.toLowerCase();
  const [phrases, scanned] = lower.length === text.length ? [c.phrasesLower, lower] : [c.phrases, text];
  phrases.lastIndex = 0;
  let m: RegExpExecArray | null;
  hits = 0;
  while ((m = phrases.exec(scanned)) && hits < MAX_HITS) {
    const start = m.index;
    const end = start + m[0].length;
    const first = m[0][0] ?? '';
    // Whole words only for alphabetic phrases (CJK has no word boundaries).
    if (!CJK.test(first) && start > 0 && LETTER.test(text[start - 1] ?? '')) continue;
    const lastChar = m[0][m[0].length - 1] ?? '';
    if (!CJK.test(lastChar) && LETTER.test(text[end] ?? '')) continue;
    const cat = categoryOf(m[0]);
    if (!cat) continue;
    hits++;
    const line = lineAt(text, start);
    const short = shortLength(line, 200) <= 200;
    // Only short lines carry translation, courtesy, release and press-office credits: cheap check first.
    if (!short && cat !== 'originally' && cat !== 'permission') continue;
    if (isPhotoCredit(creditWindow(line, start)) || isCaption(elementAt(index, start))) continue;
    if ((cat === 'translated' || cat === 'courtesy') && !short) continue;
    if (cat === 'translated' && start - line.start > 120) continue;
    if (cat === 'release' && (!short || isChrome(elementAt(index, start)))) continue;
    if (cat === 'press-office') {
      // A contact block's line: the organization after the office ("Press Office, University of X") or on the next line.
      if (shortLength(line, 120) > 120 || isChrome(elementAt(index, start))) continue;
      const after = text.slice(end, line.end).replace(/^[\s,;|–—-]+/u, '');
      const raw = after.trim() ? after : (CJK.test(m[0]) ? text.slice(line.start, start) : nextLine(text, line)?.text ?? '');
      if (raw.trim().length <= 80) emit(cat, start, end, line, raw, 'label', true);
      continue;
    }
    emit(cat, start, end, line, text.slice(end, Math.min(line.end, end + 200)), 'phrase', true);
  }
  // An issuer line counts only on a page that calls itself a press release.
  if (releaseSeen) out.push(...issuers.slice(0, 1));
  return out;
}
