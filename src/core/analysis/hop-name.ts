/**
 * Whether a string can be shown as a party of the attribution chain: an organization or a person,
 * never a date, a time, a URL fragment, a label with its value, a heading or a sentence. Every hop
 * name goes through this check (tests/accuracy/chain-names.test.ts runs it on every corpus page).
 */

const DATE_OR_TIME = /\d{1,2}[:：]\d{2}|\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|^\d+$|^\d{1,2}[-/]\d{1,2}$/u;
const URL_PART = /^(?:https?|www|ftp)$|:\/\/|^\/|[/?#=]|^https?:/i;
const LABEL_WORDS = /(?:发布时间|发表时间|更新时间|时间|日期|转载请|注明|原创作者|责任编辑|点击|阅读原文|扫码|查看|更多|声明)|\b(?:published|updated|posted|share|comments?|read more|click|subscribe|advertisement)\b/iu;
const LOWER_START = /^[a-zà-ÿ]/;
const SENTENCE_END = /[.!?。！？…]$/u;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/** Whether `name` is fit to be a hop name. `known` marks names from the tables (dpa, epd). */
export function isValidHopName(name: string | undefined, known = false): boolean {
  if (!name) return false;
  const n = name.trim();
  if (n.length < 2 || n.length > 60) return false;
  if (known) return true;
  if (/[:：\n\t]/.test(n)) return false;
  if (DATE_OR_TIME.test(n) || LABEL_WORDS.test(n)) return false;
  // A bare domain ("juragentur.de") names its site; any other URL piece names nobody.
  if (URL_PART.test(n)) return false;
  if (CJK.test(n)) return n.length <= 25 && !/[，。；！？]/.test(n);
  const words = n.split(/\s+/);
  if (words.length > 7) return false;
  // A sentence or a clause, not a name: ends like one, or runs on in lower case.
  if (SENTENCE_END.test(n) && !/(?:\b[A-Z][a-z]{0,3}|\b[A-Z])\.$/.test(n) && !/\.(?:com|net|org|de|fr|es|it)$/i.test(n)) return false;
  if (LOWER_START.test(n) && words.length > 2) return false;
  if (words.filter((w) => LOWER_START.test(w) && w.length > 3).length > 2) return false;
  return /[\p{L}]/u.test(n);
}
