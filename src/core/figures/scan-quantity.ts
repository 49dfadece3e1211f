/**
 * Reads one quantity at a position: number, magnitude (万, million, k), approximation suffix (余,
 * 多), range or score partner (3至5, 67-31, 77比73) and unit (%, 个百分点, 元, 名, km…).
 * Linear: every step is a sticky match or a table look-up at the current position.
 */
import { readArabic, readCjkNumeral, type ReadNumber } from './numerals';
import { APPROX_AFTER, CJK_MAGNITUDES, LATIN_MAGNITUDES, LETTER_MAGNITUDES, UNITS_BY_FIRST, type UnitEntry } from './tables';
import { readingFor, WORD_CHAR, type Reading } from './language';

/** A quantity as read from the text, before context (direction, label, noise) is considered. */
export type Quantity = {
  start: number;
  /** End of the number, magnitude and approximation suffix (before the unit). */
  numberEnd: number;
  /** End of the whole quantity, unit included. */
  end: number;
  value: number;
  valueTo?: number;
  /** A range (3至5) or a score (67-31, 77比73). */
  pair?: 'range' | 'score';
  approx: boolean;
  unit?: UnitEntry;
  /** Free unit word after a hyphen ("8-core", "190-country"), when not in the table. */
  compound?: string;
  cjk: boolean;
  hasMagnitude: boolean;
  /** The magnitude is a letter glued to the number (4K, 740M): also how resolutions and models are written. */
  letterMagnitude?: boolean;
  /** Integer digits written without separators (for ID and year checks). */
  plainDigits: number;
};

/** 3至5, 500-600, 80 bis 90, 10 à 15, de 10 a 20, 5 do 10, от 5 до 10, zwischen 10 und 20, entre 10 y 20. */
const RANGE_SEP = /\s?(?:-to-|[-–—~～〜]|至|到)\s?|\s(?:to|and|bis|und|à|a|al|y|et|e|do|до|és|og|ja)\s/y;
/** After a unit, only unambiguous range words: 10%至15%, 10 % bis 15 %, 40％到50％. */
const UNIT_RANGE_SEP = /\s?(?:[-–—~～〜]|至|到)\s?|\s(?:to|bis|à|al|a|do|до)\s/y;
const SCORE_SEP = /\s?(?:比|[:：]|\+)\s?/y;
const LATIN_MAG = new RegExp(`\\s?(${Object.keys(LATIN_MAGNITUDES).join('|')})(?![A-Za-z])`, 'iy');
const LETTER_MAG = new RegExp(`(${Object.keys(LETTER_MAGNITUDES).join('|')})(?![A-Za-z])`, 'y');
const HYPHEN_WORD = /-(\p{Ll}+)/uy;
/** "20 more years", "300 additional jobs": the unit follows a comparative. */
const MORE_WORD = /\s(?:more|additional|extra|fewer|further)(?=\s)/y;

const EN = readingFor('en');
/** "1,3 milliard de gourdes", "2 millions d'euros": the unit after a number word and a link. */
const MAG_LINK = /\s(?:de|d'|d’|di|of|od)\s?/y;

/** Reads a number (Arabic or CJK) at `i`. */
function readNumber(s: string, i: number, r: Reading): ReadNumber | null {
  return readArabic(s, i, r.decimal, r.spaceGroups) ?? readCjkNumeral(s, i);
}

/** Reads magnitudes after a number: 万, 千万, million, k; with 余/多 allowed before them (400余万). */
function readMagnitude(s: string, i: number, r: Reading): { factor: number; end: number; approx: boolean; letter?: boolean; word?: boolean } {
  let factor = 1;
  let end = i;
  let approx = false;
  // 余/多 may sit between the number and its magnitude: 400余万, 8千多个.
  const pre = /^[余多几]/.exec(s.slice(end, end + 1));
  if (pre && CJK_MAGNITUDES[s[end + 1] ?? ''] !== undefined) {
    approx = true;
    end += 1;
  }
  while (CJK_MAGNITUDES[s[end] ?? ''] !== undefined && (s[end] !== '十' || factor === 1)) {
    factor *= CJK_MAGNITUDES[s[end] as string] as number;
    end += 1;
  }
  if (factor === 1) {
    if (r.magnitude) {
      r.magnitude.lastIndex = end;
      const w = r.magnitude.exec(s);
      if (w) return { factor: r.magnitudeOf(w[1] as string), end: end + w[0].length, approx, word: true };
    }
    LATIN_MAG.lastIndex = end;
    const m = LATIN_MAG.exec(s);
    if (m) return { factor: LATIN_MAGNITUDES[(m[1] as string).toLowerCase()] ?? 1, end: end + m[0].length, approx, word: true };
    LETTER_MAG.lastIndex = end;
    const l = LETTER_MAG.exec(s);
    if (l) return { factor: LETTER_MAGNITUDES[l[1] as string] ?? 1, end: end + l[0].length, approx, letter: true };
  }
  return { factor, end, approx };
}

/** Whether unit `u` is written at `at` in `s`; returns where it ends. */
function unitAt(s: string, at: number, i: number, u: UnitEntry): number {
  const piece = s.slice(at, at + u.surface.length);
  const same = u.latin ? piece.toLowerCase() === u.surface.toLowerCase() : piece === u.surface;
  if (!same) return -1;
  let end = at + u.surface.length;
  // A stem takes any ending (prosenttia, milionów).
  if (u.prefix) while (end < s.length && WORD_CHAR.test(s[end] as string)) end += 1;
  const after = s[end] ?? '';
  // Word units end at a word boundary ("GB" but not "GBA"; "W" but not "Windows").
  // Korean particles attach to the counter (3만 명에게), so Hangul units need no boundary.
  const last = u.surface[u.surface.length - 1] as string;
  if (WORD_CHAR.test(last) && !/[\uac00-\ud7af]/.test(last) && WORD_CHAR.test(after)) return -1;
  // A single Latin letter unit must touch the number ("68W"), not start the next word.
  if (!u.latin && /^[A-Za-z]$/.test(u.surface) && at !== i) return -1;
  return end;
}

/** The unit written at `i` (after at most one space), longest match first; the page language's own units first. */
export function readUnit(s: string, i: number, r: Reading = EN): { unit: UnitEntry; end: number } | null {
  const at = s[i] === ' ' || s[i] === '\u00a0' || s[i] === '\u202f' ? i + 1 : i;
  const c = s[at] ?? '';
  for (const list of [r.units.get(c), UNITS_BY_FIRST.get(c)]) {
    if (!list) continue;
    for (const u of list) {
      const end = unitAt(s, at, i, u);
      if (end >= 0) return { unit: u, end };
    }
  }
  return null;
}

/** Reads the number + magnitude + approximation suffix at `i`. */
function readAmount(s: string, i: number, r: Reading): { value: number; end: number; approx: boolean; n: ReadNumber; mag: boolean; letter?: boolean; word?: boolean } | null {
  const n = readNumber(s, i, r);
  if (!n) return null;
  const mag = readMagnitude(s, n.end, r);
  let value = n.value * mag.factor;
  let end = mag.end;
  // 329万2500: a smaller number right after 万/亿 completes it.
  if (mag.factor >= 1e4 && /\d/.test(s[end] ?? '')) {
    const tail = readArabic(s, end, r.decimal);
    if (tail && tail.value < mag.factor && !/[.,]/.test(s.slice(end, tail.end))) {
      value += tail.value;
      end = tail.end;
    }
  }
  let approx = mag.approx;
  // IT之家-style spacing puts a space before 多/余 ("450 多个"); English suffixes carry their own.
  const gap = s[end] === ' ' && /[余多几来左]/.test(s[end + 1] ?? '') ? 1 : 0;
  const suffix = APPROX_AFTER.exec(s.slice(end + gap, end + gap + 8));
  // "90+ costumes" is at least 90; "3+2" is a sum or a score.
  if (suffix && !(suffix[0] === '+' && /[\d+]/.test(s[end + gap + 1] ?? ''))) {
    approx = true;
    end += gap + suffix[0].length;
  }
  return { value, end, approx, n, mag: mag.factor > 1, letter: mag.letter, word: mag.word };
}

/** 上千, 数万, 几百: an order of magnitude standing for the number, always approximate. */
function readVagueAmount(s: string, i: number, r: Reading): ReturnType<typeof readAmount> {
  if (!/[上数几]/.test(s[i] ?? '') || !/[百千万亿]/.test(s[i + 1] ?? '')) return null;
  const mag = readMagnitude(s, i + 1, r);
  const n: ReadNumber = { value: 1, end: i + 1, cjk: true, hasMagnitudeChar: true };
  return { value: mag.factor, end: mag.end, approx: true, n, mag: true };
}

/** 两成 = 20 %: 成 is tenths. */
const CHENG: UnitEntry = { surface: '成', unit: '%', kind: 'percent', cls: '', latin: false };
const PERCENT: UnitEntry = { surface: '百分之', unit: '%', kind: 'percent', cls: '', latin: false };
const SECONDS: UnitEntry = { surface: '秒', unit: 's', kind: 'measure', cls: '', latin: false };
/** 11 分 22 秒: minutes and seconds read as one duration. */
const MIN_SEC = /\s?分\s?(\d{1,2})\s?秒/y;

/** Reads a quantity whose number starts at `i`, or null when no number starts there. */
export function scanQuantity(s: string, i: number, r: Reading = EN): Quantity | null {
  // 百分之三十: the percent sign comes first.
  if (s.startsWith('百分之', i)) {
    const q = scanQuantity(s, i + 3, r);
    if (!q || q.unit) return null;
    return { ...q, start: i, unit: PERCENT };
  }
  const first = readAmount(s, i, r) ?? readVagueAmount(s, i, r);
  if (!first) return null;
  const q: Quantity = {
    start: i,
    numberEnd: first.end,
    end: first.end,
    value: first.value,
    approx: first.approx,
    cjk: first.n.cjk,
    hasMagnitude: first.mag || first.n.hasMagnitudeChar,
    letterMagnitude: first.letter,
    plainDigits: first.n.cjk ? 0 : (/^\d+/.exec(s.slice(i, first.n.end))?.[0].length ?? 0),
  };
  // A pair: 3至5 / 500-600 (range) or 67-31 / 77比73 (score). Same kind of numeral on both sides.
  for (const [sep, pair] of [[RANGE_SEP, 'range'], [SCORE_SEP, 'score']] as const) {
    sep.lastIndex = q.numberEnd;
    const m = sep.exec(s);
    if (!m) continue;
    const second = readAmount(s, q.numberEnd + m[0].length, r);
    if (!second || second.n.cjk !== first.n.cjk) continue;
    // "109 y 107 días", "5 and 3 others": a word between falling numbers is an enumeration.
    if (pair === 'range' && /[\p{L}]/u.test(m[0].replace(/-to-/, '')) && second.value < first.value) continue;
    const isScore = pair === 'score' || (second.value < first.value && Number.isInteger(first.value) && !first.mag);
    q.valueTo = second.value;
    q.pair = isScore ? 'score' : 'range';
    q.numberEnd = second.end;
    q.end = second.end;
    q.approx ||= second.approx;
    break;
  }
  MIN_SEC.lastIndex = q.numberEnd;
  const ms = q.pair ? null : MIN_SEC.exec(s);
  // 两成 / 7割 = 70 %, 7割5分 = 75 %: 成 and 割 are tenths, 分 after 割 hundredths.
  if ((s[q.numberEnd] === '成' || s[q.numberEnd] === '割') && q.value <= 10 && !q.pair) {
    q.value *= 10;
    q.unit = CHENG;
    q.end = q.numberEnd + 1;
    const bu = /^([0-9])分/.exec(s.slice(q.end, q.end + 2));
    if (s[q.numberEnd] === '割' && bu) {
      q.value += Number(bu[1]);
      q.end += 2;
    }
    return q;
  }
  if (ms) {
    q.value = q.value * 60 + Number(ms[1]);
    q.unit = SECONDS;
    q.end = q.numberEnd + ms[0].length;
    return q;
  }
  let unit = readUnit(s, q.numberEnd, r);
  if (!unit && !q.cjk) {
    MORE_WORD.lastIndex = q.numberEnd;
    if (MORE_WORD.exec(s)) unit = readUnit(s, MORE_WORD.lastIndex, r);
  }
  if (!unit && first.word) {
    MAG_LINK.lastIndex = q.numberEnd;
    if (MAG_LINK.exec(s)) unit = readUnit(s, MAG_LINK.lastIndex, r);
  }
  if (unit) {
    // A unit that embeds an approximation (8分多钟) makes the figure approximate.
    if (/[多余]/.test(unit.unit.surface)) q.approx = true;
    q.unit = unit.unit;
    q.end = unit.end;
    // 10%至15%, 80 kg bis 90 kg: a range that repeats the unit.
    UNIT_RANGE_SEP.lastIndex = q.end;
    const rm = q.pair ? null : UNIT_RANGE_SEP.exec(s);
    const second = rm ? readAmount(s, q.end + rm[0].length, r) : null;
    const unit2 = second && second.n.cjk === first.n.cjk ? readUnit(s, second.end, r) : null;
    if (second && unit2 && unit2.unit.unit === unit.unit.unit) {
      q.valueTo = second.value;
      q.pair = 'range';
      q.end = unit2.end;
    }
  } else if (!q.cjk) {
    HYPHEN_WORD.lastIndex = q.numberEnd;
    const h = HYPHEN_WORD.exec(s);
    if (h) {
      const inner = readUnit(s, q.numberEnd + 1, r);
      if (inner && inner.unit.latin) {
        q.unit = inner.unit;
        q.end = inner.end;
      } else {
        q.compound = h[1] as string;
        q.end = q.numberEnd + h[0].length;
      }
    }
  }
  return q;
}
