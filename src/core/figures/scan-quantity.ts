/**
 * Reads one quantity at a position: number, magnitude (万, million, k), approximation suffix (余,
 * 多), range or score partner (3至5, 67-31, 77比73) and unit (%, 个百分点, 元, 名, km…).
 * Linear: every step is a sticky match or a table look-up at the current position.
 */
import { readArabic, readCjkNumeral, type ReadNumber } from './numerals';
import { APPROX_AFTER, CJK_MAGNITUDES, LATIN_MAGNITUDES, LETTER_MAGNITUDES, UNITS_BY_FIRST, type UnitEntry } from './tables';

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

const LETTER = /[A-Za-z]/;
const RANGE_SEP = /\s?(?:-to-|[-–—~～〜]|至|到|\sto\s|\sand\s)\s?/y;
const SCORE_SEP = /\s?(?:比|[:：]|\+)\s?/y;
const LATIN_MAG = new RegExp(`\\s?(${Object.keys(LATIN_MAGNITUDES).join('|')})(?![A-Za-z])`, 'iy');
const LETTER_MAG = new RegExp(`(${Object.keys(LETTER_MAGNITUDES).join('|')})(?![A-Za-z])`, 'y');
const HYPHEN_WORD = /-([a-z]+)/y;
/** "20 more years", "300 additional jobs": the unit follows a comparative. */
const MORE_WORD = /\s(?:more|additional|extra|fewer|further)(?=\s)/y;

/** Reads a number (Arabic or CJK) at `i`. */
function readNumber(s: string, i: number): ReadNumber | null {
  return readArabic(s, i) ?? readCjkNumeral(s, i);
}

/** Reads magnitudes after a number: 万, 千万, million, k; with 余/多 allowed before them (400余万). */
function readMagnitude(s: string, i: number): { factor: number; end: number; approx: boolean; letter?: boolean } {
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
    LATIN_MAG.lastIndex = end;
    const m = LATIN_MAG.exec(s);
    if (m) return { factor: LATIN_MAGNITUDES[(m[1] as string).toLowerCase()] ?? 1, end: end + m[0].length, approx };
    LETTER_MAG.lastIndex = end;
    const l = LETTER_MAG.exec(s);
    if (l) return { factor: LETTER_MAGNITUDES[l[1] as string] ?? 1, end: end + l[0].length, approx, letter: true };
  }
  return { factor, end, approx };
}

/** The unit written at `i` (after at most one space), longest match first. */
export function readUnit(s: string, i: number): { unit: UnitEntry; end: number } | null {
  const at = s[i] === ' ' || s[i] === '\u00a0' ? i + 1 : i;
  const candidates = UNITS_BY_FIRST.get(s[at] ?? '');
  if (!candidates) return null;
  for (const u of candidates) {
    const piece = s.slice(at, at + u.surface.length);
    const same = u.latin ? piece.toLowerCase() === u.surface.toLowerCase() : piece === u.surface;
    if (!same) continue;
    const after = s[at + u.surface.length] ?? '';
    // Latin units end at a word boundary ("GB" but not "GBA"; "W" but not "Windows").
    if (/[A-Za-z]$/.test(u.surface) && LETTER.test(after)) continue;
    // A single Latin letter unit must touch the number ("68W"), not start the next word.
    if (!u.latin && /^[A-Za-z]$/.test(u.surface) && at !== i) continue;
    return { unit: u, end: at + u.surface.length };
  }
  return null;
}

/** Reads the number + magnitude + approximation suffix at `i`. */
function readAmount(s: string, i: number): { value: number; end: number; approx: boolean; n: ReadNumber; mag: boolean; letter?: boolean } | null {
  const n = readNumber(s, i);
  if (!n) return null;
  const mag = readMagnitude(s, n.end);
  let value = n.value * mag.factor;
  let end = mag.end;
  // 329万2500: a smaller number right after 万/亿 completes it.
  if (mag.factor >= 1e4 && /\d/.test(s[end] ?? '')) {
    const tail = readArabic(s, end);
    if (tail && tail.value < mag.factor && !/[.,]/.test(s.slice(end, tail.end))) {
      value += tail.value;
      end = tail.end;
    }
  }
  let approx = mag.approx;
  // IT之家-style spacing puts a space before 多/余 ("450 多个"); English suffixes carry their own.
  const gap = s[end] === ' ' && /[余多几来左]/.test(s[end + 1] ?? '') ? 1 : 0;
  const suffix = APPROX_AFTER.exec(s.slice(end + gap, end + gap + 8));
  if (suffix) {
    approx = true;
    end += gap + suffix[0].length;
  }
  return { value, end, approx, n, mag: mag.factor > 1, letter: mag.letter };
}

/** 上千, 数万, 几百: an order of magnitude standing for the number, always approximate. */
function readVagueAmount(s: string, i: number): ReturnType<typeof readAmount> {
  if (!/[上数几]/.test(s[i] ?? '') || !/[百千万亿]/.test(s[i + 1] ?? '')) return null;
  const mag = readMagnitude(s, i + 1);
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
export function scanQuantity(s: string, i: number): Quantity | null {
  // 百分之三十: the percent sign comes first.
  if (s.startsWith('百分之', i)) {
    const q = scanQuantity(s, i + 3);
    if (!q || q.unit) return null;
    return { ...q, start: i, unit: PERCENT };
  }
  const first = readAmount(s, i) ?? readVagueAmount(s, i);
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
    const second = readAmount(s, q.numberEnd + m[0].length);
    if (!second || second.n.cjk !== first.n.cjk) continue;
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
  if (s[q.numberEnd] === '成' && q.value <= 10 && !q.pair) {
    q.value *= 10;
    q.unit = CHENG;
    q.end = q.numberEnd + 1;
    return q;
  }
  if (ms) {
    q.value = q.value * 60 + Number(ms[1]);
    q.unit = SECONDS;
    q.end = q.numberEnd + ms[0].length;
    return q;
  }
  let unit = readUnit(s, q.numberEnd);
  if (!unit && !q.cjk) {
    MORE_WORD.lastIndex = q.numberEnd;
    if (MORE_WORD.exec(s)) unit = readUnit(s, MORE_WORD.lastIndex);
  }
  if (unit) {
    // A unit that embeds an approximation (8分多钟) makes the figure approximate.
    if (/[多余]/.test(unit.unit.surface)) q.approx = true;
    q.unit = unit.unit;
    q.end = unit.end;
  } else if (!q.cjk) {
    HYPHEN_WORD.lastIndex = q.numberEnd;
    const h = HYPHEN_WORD.exec(s);
    if (h) {
      const inner = readUnit(s, q.numberEnd + 1);
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
