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
const STOP_AFTER = /^[，,。；;：:！？!?、（）()「」『』“”"\s…—–-]|^(?:在|和|与|及|以及|或|并|而|但|是|为|被|将|把|从|对|向|于|至|到|以|等|を|は|に|で|と|や|も|へ|から|まで|より|など|だ|です|でした|だった|ている|した|する|され|ました|し)$/;
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

/** Cuts a CJK label to at most `max` characters from its end, on a word boundary. */
export function fitCjk(label: string, lang: string, max = 10): string {
  if (label.length <= max) return label;
  const segs = segmentCjk(label, lang);
  let out = '';
  for (let i = segs.length - 1; i >= 0; i--) {
    const t = (segs[i] as Seg).text;
    if (out.length + t.length > max) break;
    out = t + out;
  }
  return out.length >= 2 ? out : label.slice(-max);
}
