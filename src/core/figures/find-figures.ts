/**
 * String-level figure finding: every quantity in a text that is not a date, ID, model number or
 * page furniture, with its unit, kind, direction, approximation, label and sentence.
 * One left-to-right pass; each candidate costs a bounded amount of work.
 */
import { scanQuantity, type Quantity } from './scan-quantity';
import { whyNotFigure } from './not-figures';
import { APPROX_BEFORE } from './tables';
import { clauseStart, distributeLabel, englishNounAfter, englishTail, hasBasis, isCjkText, readDirection, sentenceBounds, trimCjkLabel } from './context';
import type { FigureKind, KeyFigure } from './types';

/**
 * A figure found in a string: the KeyFigure fields that the text alone determines, with offsets
 * into that string and what salience needs (the page location, id and salience come later).
 */
export type FoundFigure = Omit<KeyFigure, 'id' | 'salience' | 'location'> & {
  start: number;
  end: number;
  /** Unit class from the tables ('person', 'case', '') — salience uses it. */
  cls: string;
  /** Written with a magnitude (万, million). */
  hasMagnitude: boolean;
  /** A comparison basis (同比, year on year) is in the clause. */
  basis: boolean;
};

const START = /\d|百分之|[零〇一二两兩三四五六七八九十]|[上数几][百千万亿]/g;
const CURRENCY_BEFORE = /(?:US\$|HK\$|NT\$|A\$|C\$|S\$|\$|€|£|¥|￥|RMB|USD|CNY|EUR|GBP|JPY)\s?$/;
const CURRENCY_UNITS: Readonly<Record<string, string>> = { '$': 'USD', US$: 'USD', HK$: 'HKD', NT$: 'TWD', A$: 'AUD', C$: 'CAD', S$: 'SGD', '€': 'EUR', '£': 'GBP', RMB: 'CNY', USD: 'USD', CNY: 'CNY', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY' };
const ENUM_GAP = /^\s?(?:、|和|及|与|,\s?and\s|,\s?|\sand\s)\s?$/;

/** Full-width digits and ％ become ASCII, one character for one, so offsets are unchanged. */
export function normalizeDigits(text: string): string {
  return text.replace(/[０-９％]/g, (c) => (c === '％' ? '%' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Finds the figures of a text. `lang` forces label style ('zh'/'ja' vs 'en'); else per clause. */
export function findFigures(text: string, lang?: string): FoundFigure[] {
  const s = normalizeDigits(text);
  const out: FoundFigure[] = [];
  let groupStart = -1; // index in `out` of the first figure of the current enumeration
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START.exec(s))) {
    const q = scanQuantity(s, m.index);
    if (!q) continue;
    START.lastIndex = Math.max(q.end, m.index + 1);
    // Inside a word of digits/letters (the "1" of "a1b"), the scanner started too late.
    if (m.index > 0 && /[\d.]/.test(s[m.index - 1] as string) && !q.cjk) continue;
    const fig = toFigure(s, text, q, lang);
    if (!fig) continue;
    const prev = out[out.length - 1];
    // 合约销售金额1056.2亿元，同比增长8.8%: a change without its own label measures the figure before it.
    if (!fig.label && prev && prev.sentence === fig.sentence && isCjkText(fig.sentence)) fig.label = prev.label;
    if (prev && ENUM_GAP.test(s.slice(prev.end, fig.start)) && prev.kind === fig.kind) {
      if (fig.direction === 'none') fig.direction = prev.direction;
      if (groupStart < 0) groupStart = out.length - 1;
    } else {
      labelGroup(out, groupStart);
      groupStart = -1;
    }
    out.push(fig);
  }
  labelGroup(out, groupStart);
  return out;
}

/** Shares one enumerated label among a group: 破案、抓获数同比分别上升8%、22.3%. */
function labelGroup(out: FoundFigure[], from: number): void {
  if (from < 0) return;
  const group = out.slice(from);
  const parts = distributeLabel((group[0] as FoundFigure).label, group.length);
  group.forEach((f, i) => {
    f.label = parts ? (parts[i] as string) : (group[0] as FoundFigure).label;
    f.basis ||= (group[0] as FoundFigure).basis;
  });
}

/** `s` is the digit-normalised text used for matching; `raw` the original, for what is shown. */
function toFigure(s: string, raw: string, q: Quantity, lang?: string): FoundFigure | null {
  if (whyNotFigure(s, q)) return null;
  let start = q.start;
  let unit = q.unit?.unit ?? q.compound ?? '';
  let kind: FigureKind = q.unit?.kind ?? (q.compound ? 'measure' : 'count');
  const cur = CURRENCY_BEFORE.exec(s.slice(Math.max(0, start - 4), start));
  if (cur && kind !== 'percent') {
    start -= cur[0].length;
    const sym = cur[0].trim();
    unit = sym === '¥' || sym === '￥' ? (lang === 'ja' || /円|日本|Japan/.test(s.slice(start - 200, start + 200)) ? 'JPY' : 'CNY') : (CURRENCY_UNITS[sym] ?? 'USD');
    kind = 'money';
  }
  // CJK numerals are everywhere in words (统一, 一些): keep them only with a unit, and not tiny.
  if (q.cjk && (!q.unit || (q.value < 10 && kind !== 'percent' && kind !== 'ratio'))) return null;
  let approx = q.approx;
  const from = Math.max(0, start - 16);
  const ap = APPROX_BEFORE.exec(s.slice(from, start));
  if (ap) {
    approx = true;
    // The match may begin with the non-letter before the word: start at the word itself.
    start = from + ap.index + ap[0].indexOf(ap[1] as string);
  }
  const [sa, sb] = sentenceBounds(s, start, q.end);
  const cs = clauseStart(s, start, sa);
  const before = s.slice(Math.max(cs, start - 14), start);
  const after = s.slice(q.end, q.end + 10);
  const direction = readDirection(before, after);
  const cjkStyle = lang ? /^(?:zh|ja)/.test(lang) : isCjkText(s.slice(cs, Math.min(sb, q.end + 6)));
  let end = q.end;
  let label: string;
  let noun = '';
  if (cjkStyle) {
    const head = s.slice(cs, start);
    label = trimCjkLabel(head);
    // A clause holding an earlier figure (前年比12%増の500億円) shares that figure's label, read later.
    if (!label && !/[\d%]/.test(head)) label = trimCjkLabel(s.slice(q.end, Math.min(sb, q.end + 10)).split(/[，,；;。：:、]/)[0] ?? '');
  } else {
    // "718 suspects": a count unit word is the start of the noun phrase.
    noun = englishNounAfter(s, q.unit?.latin && kind === 'count' ? q.numberEnd : q.end);
    if (!q.unit && !q.compound && kind === 'count' && noun) label = noun;
    else label = noun || englishTail(s.slice(cs, start).replace(/\b(?:rose|fell|increased|decreased|declined|grew|dropped|jumped|climbed|up|down|by)\s*$/i, ''));
  }
  // A bare number (no unit, no noun, no change, no magnitude or thousands separator) is rarely a
  // key figure and mostly a code, a count of sections or a stray value: not reported.
  const bare = !q.unit && !q.compound && kind === 'count' && !noun && direction === 'none' && !q.pair;
  // Kept: a large number (1,300; 3万) or a stated bound ("less than 100", "more than 500").
  if (bare && !q.hasMagnitude && !/\d,\d{3}/.test(s.slice(q.start, q.numberEnd)) && !(approx && q.value >= 100)) return null;
  // A glued letter magnitude (4K, 740M, 4790k) counts something only with money, a unit or a
  // common noun after it ("713k projects"); before a name or an acronym (4K Blu-ray, 4790k CPU)
  // it is a resolution or a model.
  if (q.letterMagnitude && kind === 'count' && !q.unit && !/^[a-z]/.test(noun)) return null;
  // News style spells out numbers below ten ("three boys"): a digit below ten counting a noun
  // outside the unit table is a list or teaser count ("7 outrageous credit cards") or a name.
  if (!q.unit && !q.compound && kind === 'count' && direction === 'none' && q.value < 10 && !q.pair && !q.hasMagnitude) return null;
  if (q.pair === 'score') kind = 'score';
  else if (direction !== 'none' && (kind === 'count' || kind === 'measure') && !q.unit?.cls) kind = 'change';
  if (q.pair === 'score' && !q.unit) end = q.numberEnd;
  return {
    text: raw.slice(start, end),
    start,
    end,
    value: q.value,
    ...(q.valueTo !== undefined ? { valueTo: q.valueTo } : {}),
    unit,
    kind,
    direction,
    approx,
    label,
    sentence: raw.slice(sa, sb).trim(),
    cls: q.unit?.cls ?? '',
    hasMagnitude: q.hasMagnitude,
    basis: hasBasis(s.slice(cs, q.end)),
  };
}

