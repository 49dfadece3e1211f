/**
 * Chinese and Japanese labels on word boundaries from `Intl.Segmenter` (word granularity, in
 * Chrome, Firefox and Node 20). Only the short window around one figure is segmented, never the
 * page, so the cost per figure stays small and constant.
 */

type Seg = { text: string; word: boolean };

const segmenters = new Map<string, Intl.Segmenter | null>();

function segmenter(lang: string): Intl.Segmenter | null {
  const key = lang === 'ja' ? 'ja' : 'zh';
  if (!segmenters.has(key)) {
    let seg: Intl.Segmenter | null;
    try {
      seg = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(key, { granularity: 'word' }) : null;
    } catch {
      seg = null;
    }
    segmenters.set(key, seg);
  }
  return segmenters.get(key) ?? null;
}

/** Words of a short CJK text; without Intl.Segmenter, one segment per character. */
export function segmentCjk(text: string, lang: string): Seg[] {
  const seg = segmenter(lang);
  if (!seg) return [...text].map((c) => ({ text: c, word: /[\p{L}\p{N}]/u.test(c) }));
  const out: Seg[] = [];
  for (const s of seg.segment(text)) out.push({ text: s.segment, word: s.isWordLike ?? false });
  return out;
}

/** Characters that end a noun phrase after a number: punctuation, particles, prepositions, verbs of place. */
const STOP_AFTER = /^[，,。；;：:！？!?、（）()「」『』“”"\s…—–-]|^(?:すべて|全て|全部|ほど|程度|以上|以下|在|和|与|及|以及|或|并|而|但|是|为|被|将|把|从|对|向|于|至|到|以|等|を|は|が|に|で|と|や|も|へ|から|まで|より|など|だ|です|でした|だった|ている|した|する|され|ました|し)$/;
/** Leading particles skipped before the noun: 的 (7%左右的经济增长目标), の (5億人のユーザー), が (31人が死亡). */
const LEAD = /^(?:的|之|の|が|余|多)$/;

/**
 * The noun phrase right after a CJK figure ("10000个国际顶尖品牌" → 国际顶尖品牌; "31人が死亡" → 死亡):
 * at most three word segments and eight characters, stopping at punctuation and particles.
 */
export function cjkNounAfter(text: string, lang: string): string {
  const segs = segmentCjk(text.slice(0, 24), lang);
  let out = '';
  let n = 0;
  let i = 0;
  while (i < segs.length && LEAD.test((segs[i] as Seg).text)) i += 1;
  for (; i < segs.length && n < 3; i++) {
    const t = (segs[i] as Seg).text;
    // Latin words and codes stay whole, with the space between two of them (64層の3D NAND技術).
    const latin = /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(t) && /[A-Za-z]/.test(t);
    if (t === ' ' && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z]/.test((segs[i + 1] as Seg | undefined)?.text ?? '')) { out += t; continue; }
    if (!latin && (STOP_AFTER.test(t) || /[\d%]/.test(t))) break;
    if (out.length + t.length > 8) break;
    out += t;
    n += 1;
  }
  return out.length >= 2 ? out : '';
}

/**
 * Width of a label in CJK characters: each CJK character counts one, each Latin word or code two
 * ("Anker Nebula Capsule" is 6: a product name stays whole, never " Capsule").
 */
export function cjkWidth(text: string): number {
  let w = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const latin = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x2d;
    if (latin) {
      if (!inWord) w += 2;
      inWord = true;
    } else {
      inWord = false;
      if (c !== 0x20) w += 1;
    }
  }
  return w;
}

const PAIRS: ReadonlyArray<[string, string]> = [['「', '」'], ['『', '』'], ['“', '”'], ['（', '）'], ['(', ')'], ['《', '》'], ['【', '】']];
const LEADING_JUNK = /^[\s，,。、；;：:/・\-–—…!?！？」』”）)》】]+/;
const TRAILING_JUNK = /[\s，,。、；;：:/・\-–—…「『“（(《【]+$/;

/**
 * A label without punctuation at its ends or brackets left open: 「Display」「Text」 reads
 * Display・Text, "/車/廳" reads 車/廳, "立案数（" reads 立案数.
 */
export function cleanCjkLabel(label: string): string {
  let t = label.replace(/[」』”][「『“]/g, '・').replace(LEADING_JUNK, '').replace(TRAILING_JUNK, '');
  for (const [open, close] of PAIRS) {
    const a = t.split(open).length - 1;
    const b = t.split(close).length - 1;
    const wraps = a === 1 && b === 1 && t.startsWith(open) && t.endsWith(close);
    if (a !== b || wraps) t = t.split(open).join('').split(close).join('');
  }
  return t.trim();
}

/** Cuts a CJK label to at most `max` characters (see `cjkWidth`) from its end, on a word boundary. */
export function fitCjk(label: string, lang: string, max = 10): string {
  const text = cleanCjkLabel(label);
  if (cjkWidth(text) <= max) return text;
  const segs = segmentCjk(text, lang);
  let out = '';
  for (let i = segs.length - 1; i >= 0; i--) {
    const t = (segs[i] as Seg).text;
    if (cjkWidth(t + out) > max) break;
    out = t + out;
  }
  // The cut may open on a separator ("/車/廳…"): clean the ends again.
  out = cleanCjkLabel(out);
  return out.length >= 2 ? out : cleanCjkLabel(text.slice(-max));
}
