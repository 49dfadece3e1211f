/**
 * Reading the number itself: Arabic digits (with thousands separators, decimals and vulgar
 * fractions) and CJK numerals (一千二百, 两, 十二点一). Magnitudes, units and context are read
 * elsewhere; this file only turns characters into a value.
 */

const CJK_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CJK_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const CJK_BIG: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters a CJK numeral may start with: a digit or 十 (十二), never 千/万 (千万 = "by all means"). */
export const CJK_NUMERAL_START = /[零〇一二两兩三四五六七八九十]/;

const FRACTION = /\s?([½¼¾⅓⅔])/y;
const FRACTIONS: Readonly<Record<string, number>> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 };
/** Characters that may separate digit groups: comma, dot, apostrophes, no-break, narrow and thin spaces, space. */
const SEPARATORS = ",.'’\u00a0\u202f\u2009 ";
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const CJK_RUN = /[零〇一二两兩三四五六七八九十百千万萬亿億]+(?:点[零〇一二三四五六七八九]+)?/y;

/** A number read at a position: its value, where it ends, and how it was written. */
export type ReadNumber = { value: number; end: number; cjk: boolean; hasMagnitudeChar: boolean };

/**
 * Reads Arabic digits at `i` ("1,234.5", "1.234,5", "45 000", "1'000", "6 ½"), or null.
 * `decimal` is the page's decimal mark, but the number's own shape decides first:
 * - groups of exactly three digits after one repeated separator are thousands (1,234,567; 7.900
 *   on a decimal-comma page; 45 000 where `spaceGroups`, i.e. languages with a decimal comma;
 *   no-break, narrow and thin spaces and apostrophes everywhere);
 * - a comma or dot after such groups and different from them is the decimal mark (1.234,5 and
 *   1,234.5 read the same on any page);
 * - a lone page decimal mark is the decimal mark (12,6 on a German page, 12.6 on an English one),
 *   and so is a lone other mark before one, two or four or more digits (3.14 on a German page).
 */
export function readArabic(s: string, i: number, decimal: ',' | '.' = '.', spaceGroups = false): ReadNumber | null {
  let j = i;
  while (isDigit(s[j])) j += 1;
  if (j === i) return null;
  const head = s.slice(i, j);
  const tokens: Array<{ sep: string; digits: string; end: number }> = [];
  let k = j;
  while (tokens.length < 8 && SEPARATORS.includes(s[k] ?? 'x') && isDigit(s[k + 1])) {
    let e = k + 1;
    while (isDigit(s[e])) e += 1;
    tokens.push({ sep: s[k] as string, digits: s.slice(k + 1, e), end: e });
    k = e;
  }
  const groupable = (sep: string): boolean => sep === ',' || sep === '.' || sep === "'" || sep === '’' || sep === '\u00a0' || sep === '\u202f' || sep === '\u2009' || (sep === ' ' && spaceGroups);
  let intDigits = head;
  let fracDigits = '';
  let end = j;
  let groupSep = '';
  for (let t = 0; t < tokens.length; t++) {
    const { sep, digits, end: e } = tokens[t] as { sep: string; digits: string; end: number };
    const isMark = sep === ',' || sep === '.';
    const three = digits.length === 3 && head.length <= 3;
    // After groups, a different comma/dot is the decimal mark: 1.234,5 / 1,234.5.
    if (groupSep && sep !== groupSep) {
      if (isMark && groupSep !== ' ' && (groupSep === ',' || groupSep === '.' ? sep !== groupSep : true) && (sep === decimal || groupSep === ',' || groupSep === '.')) {
        fracDigits = digits;
        end = e;
      }
      break;
    }
    if (groupSep) {
      if (digits.length !== 3) break;
      intDigits += digits;
      end = e;
      continue;
    }
    // First separator.
    const next = tokens[t + 1];
    if (sep === decimal) {
      // 1,234,567 on a decimal-comma page or 1.234.567 on an English one: repeated groups.
      if (three && next && next.sep === sep && next.digits.length === 3) { groupSep = sep; intDigits += digits; end = e; continue; }
      // 1.234,5 on an English page: the dot groups, the comma is decimal.
      if (three && next && isMark && next.sep !== sep && (next.sep === ',' || next.sep === '.')) { groupSep = sep; intDigits += digits; end = e; continue; }
      fracDigits = digits;
      end = e;
      break;
    }
    if (three && groupable(sep)) { groupSep = sep; intDigits += digits; end = e; continue; }
    // The other convention's lone decimal mark (3.14 on a German page, 12,6 % on an English one).
    if (isMark && digits.length !== 3 && !next && !(sep === ',' && s[e] === ' ' && isDigit(s[e + 1]))) { fracDigits = digits; end = e; }
    break;
  }
  let value = Number(fracDigits ? `${intDigits}.${fracDigits}` : intDigits);
  FRACTION.lastIndex = end;
  const f = FRACTION.exec(s);
  if (f) {
    value += FRACTIONS[f[1] as string] ?? 0;
    end += f[0].length;
  }
  return Number.isFinite(value) ? { value, end, cjk: false, hasMagnitudeChar: false } : null;
}

/** Reads a CJK numeral at `i` (一千二百 → 1200, 十二点一 → 12.1, 三百万 → 3000000), or null. */
export function readCjkNumeral(s: string, i: number): ReadNumber | null {
  if (!CJK_NUMERAL_START.test(s[i] ?? '')) return null;
  CJK_RUN.lastIndex = i;
  const m = CJK_RUN.exec(s);
  if (!m) return null;
  const [intPart = '', fracPart] = m[0].split('点');
  const value = decodeCjkInteger(intPart) + (fracPart ? Number(`0.${[...fracPart].map((c) => CJK_DIGITS[c] ?? 0).join('')}`) : 0);
  if (!Number.isFinite(value)) return null;
  return { value, end: i + m[0].length, cjk: true, hasMagnitudeChar: /[十百千万萬亿億]/.test(intPart) };
}

/** 一千二百 → 1200; 十二 → 12; 三百零五 → 305; 两万三千 → 23000; 一二三 (digit by digit) → 123. */
export function decodeCjkInteger(text: string): number {
  let total = 0; // completed 万/亿 sections
  let section = 0; // below 万
  let digit = -1; // pending digit, -1 when none
  let digitsOnly = true;
  for (const c of text) {
    const d = CJK_DIGITS[c];
    if (d !== undefined) {
      // Two digits in a row (一二三) read as positional digits.
      digit = digit >= 0 && digitsOnly ? digit * 10 + d : d;
      continue;
    }
    digitsOnly = false;
    const u = CJK_UNITS[c];
    if (u !== undefined) {
      section += (digit >= 0 ? digit : 1) * u;
      digit = -1;
      continue;
    }
    const big = CJK_BIG[c];
    if (big !== undefined) {
      const part = section + (digit >= 0 ? digit : 0);
      // 万 scales only its own section (一亿二千万 = 1e8 + 2000e4); 亿 scales everything before (万亿).
      total = big < 1e8 ? total + part * big : (total + part) * big;
      section = 0;
      digit = -1;
    }
  }
  return total + section + (digit >= 0 ? digit : 0);
}
