/**
 * Numbers that are not key figures: dates and times, years, phone numbers, IDs (ICP, 网站标识码,
 * ISBN), version and model numbers (Windows 11, M1, AGESA 1207), list and footnote numbering,
 * page counters (阅读 1234) and numbers inside URLs. Each rule returns a reason, for debugging.
 */
import type { Quantity } from './scan-quantity';
import { FURNITURE, ID_BEFORE, MODEL_BEFORE, MONTHS_AFTER, MONTHS_BEFORE } from './tables';
import type { Reading } from './language';

const DATE_AFTER = /^\s?(?:年(?!代)|月|日(?!元)|号|时(?!间)|点(?![\d零一二三四五六七八九])|分(?=\s?\d))/;
const NUMERIC_DATE = /^\d{1,4}([-/.])\d{1,2}(?:\1\d{1,4})?(?![\d.])/;
/** A clock time: hours up to 24, minutes up to 59 (50:50 is odds, 3:1 a score). */
const CLOCK = /^(?:[01]?\d|2[0-4])[:：][0-5]\d(?!\d)/;
const AM_PM = /^\s?(?:a\.?m\.?|p\.?m\.?|am\b|pm\b)/i;
const TIME_ZONE = /^\s?(?:GMT|UTC|[ECMP][SD]?T|BST|CET|JST)\b/;
/**
 * A capitalised word right before a bare number, inside a sentence, names a thing: Apollo 11,
 * Senate Bill 10, Glock 18. Words that open a sentence ("About 20", "Some 300") are not names.
 */
const NAME_BEFORE = /[^\s.!?:;"“(]\s+[A-Z][a-z]+\s$/;
const ORDINAL = /^(?:st|nd|rd|th)\b/;
const PHONE = /^(?:\+?\d{1,3}[\s-])?(?:\(\d{2,4}\)\s?|\d{3,4}-)\d{3,4}-?\d{4}(?!\d)|^1[3-9]\d{9}(?!\d)/;
const URLISH = /:\/\/|www\.|@|\.(?:com|cn|org|net|html?|php)\b|[=_]/;
const READ_OR_GALLERY = /^\s?(?:min(?:ute)?s?\.? read\b|(?:photos|images|pictures|slides)\s*(?:[)\]）|]|$|\n))/i;
const NUMBERING_AFTER = /^(?:[.、)）:：](?!\d)|\])/;

/** Why the quantity at `q` is not a key figure, or null if it may be one. `s` is the whole text. */
export function whyNotFigure(s: string, q: Quantity, r?: Reading): string | null {
  const before = s.slice(Math.max(0, q.start - 16), q.start);
  const rest = s.slice(q.start, q.start + 24);
  const afterNumber = s.slice(q.numberEnd, q.numberEnd + 12);
  const unitKind = q.unit?.kind;
  const strongUnit = unitKind === 'percent' || unitKind === 'money' || unitKind === 'percentage-point';

  if (!q.unit || q.unit.unit === 'year') {
    if (NUMERIC_DATE.test(rest) && !q.unit && !q.hasMagnitude && /^\d{1,4}[-/.]\d{1,2}[-/.]/.test(rest)) return 'date';
    if (/^\d{4}[-/]\d{1,2}(?!\d)/.test(rest)) return 'date';
  }
  // 007, 002022: a digit run with leading zeros is a code or glued date, never a quantity (0.5 is).
  if (/^0\d/.test(rest)) return 'code';
  // The seconds of 08:44:36 (and a glued run after them) belong to the clock time.
  if (/\d[:：]$/.test(before)) return 'time';
  if (CLOCK.test(rest) || (!q.unit && (AM_PM.test(afterNumber) || TIME_ZONE.test(afterNumber)))) return 'time';
  // 24/7, 3/4: one side of a slash is a fraction or a schedule, not a quantity.
  if (!q.unit && (/\d\s?\/\s?$/.test(before) || /^\s?\/\s?\d/.test(afterNumber))) return 'fraction';
  if (PHONE.test(rest) && !q.unit) return 'phone';
  // 2,560 by 1,440 pixels, 1920x1080, 3 × 4 m: a side of a dimension, not a quantity of its own.
  if (!strongUnit && (/\d\s?(?:[x×]|by)\s?$/.test(before) || /^\s?(?:[x×]|by)\s?\d/.test(afterNumber))) return 'dimension';
  // Chinese/Japanese dates and times: 2023年, 9月12日, 1至8月, 10时30分; 个月/小时 are units, read first.
  if (!q.unit || q.unit.unit === 'year') {
    if (DATE_AFTER.test(afterNumber) && !q.hasMagnitude) {
      const isYearUnit = q.unit?.unit === 'year';
      // N年 is a duration (5年) unless N reads as a calendar year (2022 年).
      if (!isYearUnit || (q.value >= 1000 && q.value <= 2100) || /^\s?年\s?\d{1,2}\s?月/.test(afterNumber)) return 'date';
    }
  }
  if (!q.unit && (MONTHS_BEFORE.test(before) || MONTHS_AFTER.test(afterNumber))) return 'date';
  // 22 de abril, 16. Juni, 3 mars, 5 мая, 12 stycznia: the page language's months.
  if (r && (!q.unit || q.unit.kind === 'measure') && !q.hasMagnitude && ((r.monthAfter && r.monthAfter.test(s.slice(q.numberEnd, q.numberEnd + 16))) || (r.monthBefore && r.monthBefore.test(before)))) return 'date';
  // German numeric dates: 25.9.2023 (read as 25.9 and 2023).
  if (/^\d{1,2}\.\d{1,2}\.\d{2,4}/.test(rest)) return 'date';
  // A bare four-digit number between 1800 and 2100 is a year (in 2019, the 1990s).
  if (q.plainDigits === 4 && q.value >= 1800 && q.value <= 2100 && Number.isInteger(q.value) && !q.hasMagnitude && (!q.unit || q.unit.unit === 'year' || /^s\b/.test(afterNumber))) return 'year';
  if (ORDINAL.test(afterNumber) || /第\s?$/.test(before)) return 'ordinal';
  if (!strongUnit && /[A-Za-z]-?$/.test(before)) return 'model'; // M1, A14, RTX4090, GPT-4, COVID-19
  if (!strongUnit && /^[A-Za-z](?![A-Za-z])/.test(afterNumber) && !q.unit && !q.compound) return 'model'; // 7000X, 5G
  if (!strongUnit && !q.unit && /\d\.\d+\.\d/.test(rest)) return 'version'; // 1.2.3
  if (!strongUnit && (MODEL_BEFORE.test(before) || /(?:^|\s)(?:[A-Z]{2,}[a-z]*|[a-z]+[A-Z]\w*)\s$/.test(before))) return 'model'; // Windows 11, AGESA 1207, iPhone 15
  // Not in German, where every noun is capitalised ("im Slalom 47").
  if (!q.unit && !strongUnit && r?.lang !== 'de' && NAME_BEFORE.test(before)) return 'name';
  if (ID_BEFORE.test(before) && !strongUnit) return 'id';
  if (q.plainDigits >= 7 && !q.unit) return 'id';
  // Numbering: "1." or "（2）" at the start of a line, "[3]" footnotes.
  if ((/(?:^|\n)\s*[（(]?$/.test(before) && NUMBERING_AFTER.test(afterNumber)) || /[[【［]$/.test(before)) return 'numbering';
  if (FURNITURE.test(before.slice(-6)) && !strongUnit) return 'furniture';
  if (/^\s?(?:views|likes|comments|shares|次阅读|阅读|浏览|评论|点赞)/i.test(s.slice(q.end, q.end + 8))) return 'furniture';
  // Reading time and gallery counters: "5 min read", "( 15 images )", "14 Photos" standing alone.
  if (!q.unit && READ_OR_GALLERY.test(s.slice(q.end, q.end + 16))) return 'furniture';
  const token = tokenAround(s, q.start, q.end);
  if (URLISH.test(token)) return 'url';
  return null;
}

/** Ends a token: spaces, brackets, quotes, CJK letters and punctuation (a URL written out holds none). */
const TOKEN_END = /[\s()"“”\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/** The run of non-space characters around a match (to spot URLs, e-mails, file names). */
function tokenAround(s: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && start - a < 80 && !TOKEN_END.test(s[a - 1] as string)) a -= 1;
  while (b < s.length && b - end < 80 && !TOKEN_END.test(s[b] as string)) b += 1;
  return s.slice(a, b);
}
