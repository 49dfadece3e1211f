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

const ARABIC = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|\d+(?:\.\d+)?/y;
const FRACTION = /\s?([½¼¾⅓⅔])/y;
const FRACTIONS: Readonly<Record<string, number>> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 };
const CJK_RUN = /[零〇一二两兩三四五六七八九十百千万萬亿億]+(?:点[零〇一二三四五六七八九]+)?/y;

/** A number read at a position: its value, where it ends, and how it was written. */
export type ReadNumber = { value: number; end: number; cjk: boolean; hasMagnitudeChar: boolean };

/** Reads Arabic digits at `i` ("1,234.5", "6 ½"), or null. */
export function readArabic(s: string, i: number): ReadNumber | null {
  ARABIC.lastIndex = i;
  const m = ARABIC.exec(s);
  if (!m) return null;
  let value = Number(m[0].replace(/,/g, ''));
  let end = i + m[0].length;
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
