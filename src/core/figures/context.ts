/**
 * What surrounds a figure: its sentence, its clause, the direction of the change it expresses,
 * and its label (what it measures). Windows are bounded, so the cost per figure is constant.
 */
import { CHANGE_AFTER_DOWN, CHANGE_AFTER_UP, CHANGE_BASIS, CHANGE_BEFORE_DOWN, CHANGE_BEFORE_UP, CJK_CHANGE_END_DOWN, CJK_CHANGE_END_UP, EN_STOP, SHARED_SUFFIX, ZH_STRIP } from './tables';

const CLAUSE_END = /[，,；;。！？!?\n：:（(）)]/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

/** 。！？!? and newline, by char code (this runs for every figure: no RegExp per character). */
function isSentenceEnd(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f || code === 0x0a;
}
const isSpaceCode = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x09 || code === 0xa0 || code === 0x0d;

/** Bounds of the sentence around [start, end), at most ~200 characters each side. */
export function sentenceBounds(s: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && start - a < 200 && !isSentenceEnd(s.charCodeAt(a - 1)) && !(s.charCodeAt(a - 1) === 0x20 && s.charCodeAt(a - 2) === 0x2e)) a -= 1;
  let b = end;
  while (b < s.length && b - end < 200 && !isSentenceEnd(s.charCodeAt(b)) && !(s.charCodeAt(b) === 0x2e && (b + 1 >= s.length || isSpaceCode(s.charCodeAt(b + 1))))) b += 1;
  if (b < s.length && (isSentenceEnd(s.charCodeAt(b)) && s.charCodeAt(b) !== 0x0a || s.charCodeAt(b) === 0x2e)) b += 1;
  return [a, b];
}

/** Start of the clause that contains `pos` (after the last comma, colon, bracket…), within `min`. */
export function clauseStart(s: string, pos: number, min: number): number {
  let a = pos;
  while (a > min && pos - a < 60 && !CLAUSE_END.test(s[a - 1] as string)) a -= 1;
  return a;
}

/** Direction of change read from the words right before the figure or right after it. */
export function readDirection(before: string, after: string): 'up' | 'down' | 'none' {
  if (CHANGE_BEFORE_DOWN.test(before) || CHANGE_AFTER_DOWN.test(after)) return 'down';
  if (CHANGE_BEFORE_UP.test(before) || CHANGE_AFTER_UP.test(after)) return 'up';
  return 'none';
}

/** Whether a comparison basis (同比, year on year) is mentioned in the clause. */
export function hasBasis(clause: string): boolean {
  return CHANGE_BASIS.test(clause);
}

/** Whether a piece of text is Chinese or Japanese rather than English. */
export function isCjkText(text: string): boolean {
  return CJK.test(text);
}

/** Trims change words, approximations and function words from both ends of a CJK label. */
export function trimCjkLabel(text: string): string {
  // Another figure in the clause (增长35.7%至35.9亿元): the label is what follows it, if anything.
  // Leading dates go first, so 2019年 is not taken for a figure.
  let t = stripCjkPrefixes(text.replace(/\s+/g, '')).replace(/^.*[\d%％]/, '');
  for (let changed = true; changed && t.length > 0; ) {
    changed = false;
    for (const w of ZH_STRIP) {
      if (t.endsWith(w)) { t = t.slice(0, -w.length); changed = true; }
      if (t.startsWith(w)) { t = t.slice(w.length); changed = true; }
    }
    const cut = t.replace(CJK_CHANGE_END_UP, '').replace(CJK_CHANGE_END_DOWN, '');
    if (cut !== t) { t = cut; changed = true; }
  }
  t = stripCjkPrefixes(t);
  // Keep the part nearest the number: long clauses start with the time or the place.
  if (t.length <= 14) return t.length < 2 ? '' : t;
  // Cut to 14 characters, not inside a Latin word (…AlphaGo…, not "lphaGo").
  const cut = t.slice(-14);
  return /[A-Za-z0-9]/.test(t[t.length - 15] as string) ? cut.replace(/^[A-Za-z0-9]+/, '') : cut;
}

const CN = '[\\d〇零一二两三四五六七八九十]+';
/** Leading time: 今年, 上半年, 2019年, 1至8月, 今年以来, 9月12日. */
const TIME_PREFIX = new RegExp(`^(?:(?:今年|去年|前年|明年|本年|当年|同年|上半年|下半年|全年|年内|近年|近期|目前|此前|截至|${CN}(?:年度?|个?月份?|日|号|季度)(?:[至到~-]${CN}(?:年|个?月|日|号))?)(?:以来|期间|底|初|末|上旬|中旬|下旬|来)?[，,、]?)+`);
/** Leading place or agency: 全市, 我县, 该省, 商城县公安局, 新京报讯; and generic subjects (群众). */
const PLACE_PREFIX = /^(?:(?:全|本|我|该)(?:市|县|省|区|镇|乡|国|州)|[\u4e00-\u9fff]{2,8}?(?:公安局|公安分局|警方|法院|检察院|人民政府|报讯)|群众|市民|居民|民众)+/;
/** Inside a measure (…数, …率): the category before 案件 or 的 is a modifier (诈骗案件立案数 → 立案数). */
const MODIFIER = /^.+(?:案件|的)(?=[^的]{2,}[数率量额]$)/;

/** Strips leading time, place and agency words and category modifiers from a CJK label. */
export function stripCjkPrefixes(label: string): string {
  let t = label;
  for (let i = 0; i < 3; i++) {
    const next = t.replace(TIME_PREFIX, '').replace(PLACE_PREFIX, '');
    if (next === t) break;
    t = next;
  }
  const m = MODIFIER.exec(t);
  if (m && t.length - m[0].length >= 2) t = t.slice(m[0].length);
  return t;
}

/** Splits an enumerated label (破案、抓获数) to match `n` figures, sharing the last item's suffix. */
export function distributeLabel(label: string, n: number): string[] | null {
  const parts = label.split(/[、，,]|和|及|与|以及|\band\b/).map((p) => p.trim()).filter(Boolean);
  if (parts.length !== n) return null;
  const last = parts[n - 1] as string;
  const suffix = SHARED_SUFFIX.find((x) => last.endsWith(x) && last.length > x.length);
  return parts.map((p) => (suffix && !p.endsWith(suffix) ? p + suffix : p));
}

/** Up to `max` English words after `pos`, stopping at a stop word or punctuation ("718 suspects"). */
export function englishNounAfter(s: string, pos: number, max = 3): string {
  const words: string[] = [];
  const re = /\s?([A-Za-z][A-Za-z'-]*)/y;
  re.lastIndex = pos;
  let m: RegExpExecArray | null;
  while (words.length < max && (m = re.exec(s))) {
    const w = m[1] as string;
    if (EN_STOP.has(w.toLowerCase())) {
      // "$4.2 million in damages": skip one linking word when nothing is taken yet.
      if (words.length === 0 && /^(?:in|of|for)$/i.test(w)) continue;
      break;
    }
    words.push(w);
  }
  return words.join(' ');
}

/** The last `max` words of an English clause, without leading stop words ("derailments last year"). */
export function englishTail(text: string, max = 4): string {
  const words = text.trim().split(/\s+/).filter((w) => /^[A-Za-z][\w'-]*$/.test(w));
  const tail = words.slice(-max);
  while (tail.length > 0 && EN_STOP.has((tail[0] as string).toLowerCase())) tail.shift();
  while (tail.length > 0 && EN_STOP.has((tail[tail.length - 1] as string).toLowerCase())) tail.pop();
  return tail.join(' ');
}
