/**
 * Display and comparison forms of outlet / person names found on pages.
 * Display: "IT 之家" → "IT之家", brackets and editor codes stripped. Key: a loose form for equality
 * ("The Associated Press" = "associated press", "澎湃新闻网" = "澎湃新闻").
 */

const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]/g;
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
const SPACE_BEFORE_CJK = new RegExp(`(?<=[\\p{L}\\p{N}])\\s+(?=[${CJK}])`, 'gu');
const SPACE_AFTER_CJK = new RegExp(`(?<=[${CJK}])\\s+(?=[\\p{L}\\p{N}])`, 'gu');

/** The display form of a name, or '' when nothing name-like is left. */
export function normalizeName(raw: string): string {
  let s = raw.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  // Spaces between CJK and Latin are typographic ("IT 之家"); names are written without them.
  s = s.replace(SPACE_BEFORE_CJK, '').replace(SPACE_AFTER_CJK, '');
  // 163-style editor codes: 杨倩_NF4425.
  s = s.replace(/_[A-Z]{1,4}\d{2,}$/, '');
  s = s.replace(/^(?:by|via|from)\s+/i, '');
  s = s.replace(/^[\s\-–—:：|｜@·•,，.。"“”'‘’【】[\]「」『』《》<>()（）]+/u, '');
  s = s.replace(/[\s\-–—:：|｜@·•,，.。"“”'‘’【】[\]「」『』《》<>()（）]+$/u, '');
  // A wire/outlet name must not swallow a whole sentence.
  if (s.length > 60) return '';
  return s;
}

/** A loose comparison key: case, spaces, punctuation, "the", ".com", 网/新闻网 suffixes removed. */
export function nameKey(raw: string): string {
  let s = normalizeName(raw).toLowerCase();
  s = s.replace(/^the\s+/, '');
  s = s.replace(/\.(?:com|cn|net|org|io|co)(?:\.[a-z]{2})?$/, '');
  s = s.replace(/^www\./, '');
  s = s.replace(/[\s\p{P}\p{S}]+/gu, '');
  s = s.replace(/(?:新闻网|官网|客户端|网站|网)$/u, '');
  s = s.replace(/(?:inc|llc|ltd|news)$/, '');
  return s;
}

/** Names that are placeholders rather than sources: 本站, 网络, 未知, admin… */
const PLACEHOLDERS = new Set([
  '本站', '本网', '本报', '本台', '本刊', '小编', '网络', '网友', '互联网', '未知', '佚名', '原创', '转载', '综合', '综合报道',
  'admin', 'administrator', 'staff', 'editor', 'unknown', 'none', 'noauthor', 'null', 'undefined', 'anonymous', 'here', 'this',
]);

/** Whether a normalized name is a placeholder that names nobody. */
export function isPlaceholderName(name: string): boolean {
  const k = name.toLowerCase().replace(/\s+/g, '');
  return !k || PLACEHOLDERS.has(k) || /^[\d\s\p{P}]+$/u.test(k);
}

/** Whether a name refers to the site itself (本站, 本报…), as in 来源：本站. */
export function isOwnPlaceholder(name: string): boolean {
  return /^(?:本站|本网|本报|本台|本刊|本号|小编|原创)/.test(name.trim());
}
