/**
 * Article identity across copies: a min-hash signature of the article text.
 *
 * Why not a plain hash: two copies of one article never extract to exactly the same text (a
 * caption, a "reprinted from" line, an ad paragraph, different punctuation), and one character
 * changes a hash completely. Instead:
 * 1. normalise: NFKC (full-width → half-width), lowercase, keep only letters and digits (drops
 *    whitespace, punctuation, quote styles, emoji);
 * 2. take the set of character 8-grams (shingles): 8 CJK characters are a phrase, 8 Latin
 *    letters a word or two, so shared shingles mean shared sentences, not shared vocabulary;
 * 3. keep, for each of 32 seeded hash functions, the minimum hash over the set (min-hash). The
 *    chance that two sets agree on one position equals their Jaccard similarity, so the share of
 *    equal positions estimates it (±0.09 at J = 0.6).
 * The signature is stored as "mh1:" + 32 × 7 base36 digits. `fingerprintsMatch` gives the Jaccard
 * estimate; `sameArticle` accepts ≥ 0.6 (reposts with chrome and a footer measure ≥ 0.7, different
 * stories ≈ 0; see tests/accuracy/article-identity.test.ts). `fingerprintBuckets` gives 16
 * locality-sensitive keys (2 positions each): two copies with J = 0.6 share at least one key with
 * probability 1 − (1 − 0.6²)¹⁶ ≈ 0.999, unrelated ones (J ≈ 0.05) with ≈ 0.04, so storage can look
 * candidates up through an IndexedDB multiEntry index and confirm them with `fingerprintsMatch`.
 */

const VERSION = 'mh1';
const K = 32;
const SHINGLE = 8;
const ROWS_PER_BAND = 2;
const DIGITS = 7; // 36^7 > 2^32
/** Above this many characters only the first part is used (bounds the work on huge pages). */
const MAX_CHARS = 400_000;
/** Jaccard estimate from which two fingerprints are taken to be the same article. */
export const SAME_ARTICLE_THRESHOLD = 0.6;

/** Seeds of the 32 hash functions (fixed forever: changing them changes every stored fingerprint). */
const SEEDS = Array.from({ length: K }, (_, i) => mix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

/** Murmur3's 32-bit finaliser: a fast, well-mixed integer hash. */
function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Letters and digits of the text, NFKC-normalised and lowercased. */
export function normalizeForFingerprint(text: string): string {
  const bounded = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  return bounded.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The min-hash fingerprint of an article's text ("mh1:" alone when the text is too short). */
export function fingerprintText(text: string): string {
  const norm = normalizeForFingerprint(typeof text === 'string' ? text : '');
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE <= norm.length; i++) {
    let h = 0x811c9dc5; // FNV-1a over the 8 code units
    for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ norm.charCodeAt(j), 0x01000193);
    shingles.add(h >>> 0);
  }
  if (shingles.size === 0) return `${VERSION}:`;
  const mins = new Array<number>(K).fill(0xffffffff);
  for (const h of shingles) {
    for (let k = 0; k < K; k++) {
      const v = mix32(h ^ (SEEDS[k] as number));
      if (v < (mins[k] as number)) mins[k] = v;
    }
  }
  return `${VERSION}:${mins.map((v) => v.toString(36).padStart(DIGITS, '0')).join('')}`;
}

/** The 32 min-hash values of a fingerprint, or null when it is empty or malformed. */
export function parseFingerprint(fingerprint: string): number[] | null {
  if (typeof fingerprint !== 'string' || !fingerprint.startsWith(`${VERSION}:`)) return null;
  const body = fingerprint.slice(VERSION.length + 1);
  if (body.length !== K * DIGITS || !/^[0-9a-z]+$/.test(body)) return null;
  const values: number[] = [];
  for (let k = 0; k < K; k++) {
    const v = parseInt(body.slice(k * DIGITS, (k + 1) * DIGITS), 36);
    if (!(v >= 0 && v <= 0xffffffff)) return null;
    values.push(v);
  }
  return values;
}

/** Estimated Jaccard similarity of the two articles' shingle sets, in [0, 1]; 0 if either is unusable. */
export function fingerprintsMatch(a: string, b: string): number {
  const x = parseFingerprint(a);
  const y = parseFingerprint(b);
  if (!x || !y) return 0;
  let same = 0;
  for (let k = 0; k < K; k++) if (x[k] === y[k]) same++;
  return same / K;
}

/** Whether two fingerprints are (most likely) the same article. */
export function sameArticle(a: string, b: string, threshold = SAME_ARTICLE_THRESHOLD): boolean {
  return fingerprintsMatch(a, b) >= threshold;
}

/**
 * Locality-sensitive bucket keys of a fingerprint (16 short strings, empty for an unusable one):
 * fingerprints of copies of one article share at least one key with high probability.
 */
export function fingerprintBuckets(fingerprint: string): string[] {
  const values = parseFingerprint(fingerprint);
  if (!values) return [];
  const keys: string[] = [];
  for (let band = 0; band * ROWS_PER_BAND < K; band++) {
    let h = mix32(band + 1);
    for (let r = 0; r < ROWS_PER_BAND; r++) h = mix32(h ^ (values[band * ROWS_PER_BAND + r] as number));
    keys.push(`${VERSION}b${band.toString(36)}:${h.toString(36)}`);
  }
  return keys;
}
