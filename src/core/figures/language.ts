/**
 * The language a figure is read in: its decimal mark, number words, units, approximation words,
 * month names and function words, from `../data/figures-languages.json`. A page's language is its
 * declared `lang` when the text agrees, else what the text's script and function words say (many
 * pages declare none, or the CMS default: a German article under lang="en").
 * Everything is built once per language and cached.
 */
import { en, de, fr, es, it, pt, pl, ru, fi, no, hu, ar, ko, zh, ja } from '../data/figures-languages.json';
import { escapeRegExp, type UnitEntry } from './tables';
import type { FigureKind } from './types';

type LanguageEntry = {
  decimal: string;
  function: string[];
  verbs: string[];
  approx: string[];
  months: string[];
  magnitudes: Record<string, number>;
  units?: Record<string, [string, string, string]>;
  age: string;
  ageAfter: string[];
  ageBefore?: string[];
  of: string[];
  qualifiers?: string[];
};

// Named imports, so the table's $comment is not bundled.
const LANGS = { en, de, fr, es, it, pt, pl, ru, fi, no, hu, ar, ko, zh, ja } as unknown as Record<string, LanguageEntry>;
/** Languages outside the table that write a decimal comma (their numbers read right; labels use English rules). */
const OTHER_COMMA = new Set(['nl', 'sv', 'da', 'cs', 'sk', 'tr', 'id', 'ro', 'uk', 'el', 'bg', 'hr', 'sl', 'sr', 'lt', 'lv', 'et', 'vi', 'ca', 'gl', 'eu', 'is', 'nb', 'nn']);

/** Letters of alphabetic scripts (Latin, Cyrillic, Greek, Arabic…), not CJK ideographs or kana. */
export const WORD_CHAR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hangul}\p{M}]/u;
const WORD_CLASS = '\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{Script=Arabic}\\p{Script=Hangul}\\p{M}';

/** How numbers and their context are read on one page. */
export type Reading = {
  lang: string;
  /** ',' (1.234,5) or '.' (1,234.5). */
  decimal: ',' | '.';
  /** Spaces may group thousands (45 000): languages with a decimal comma. */
  spaceGroups: boolean;
  /** Number words after a number: sticky at the position after the number, group 1 the word. */
  magnitude: RegExp | null;
  magnitudeOf: (word: string) => number;
  /** Units read only in this language, by lower-cased first character. */
  units: ReadonlyMap<string, UnitEntry[]>;
  approxBefore: RegExp | null;
  monthBefore: RegExp | null;
  monthAfter: RegExp | null;
  functionWords: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
  ofWords: ReadonlySet<string>;
  /** Words between a number and the noun it counts, left out of the label (300 such promotions). */
  qualifiers: ReadonlySet<string>;
  age: string;
  /** Words right after a number making it an age ("year-old", "-Jährige", "años de edad"). */
  ageAfter: RegExp | null;
  /** Words right before a number of years making it an age ("mit", "a los", "исполнилось"). */
  ageBefore: RegExp | null;
  cjk: boolean;
};

/** 'de-AT' -> 'de'; 'nb' -> 'no'. */
export function baseLang(lang: string | undefined): string {
  const b = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return b === 'nb' || b === 'nn' ? 'no' : b;
}

/** Alternation of words, longest first; a trailing '*' matches any word ending. */
function words(list: readonly string[]): string {
  return [...list].sort((a, b) => b.length - a.length).map((w) => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}[${WORD_CLASS}]*` : escapeRegExp(w))).join('|');
}

const cache = new Map<string, Reading>();

/** The reading of a language (base code); unknown languages read like English with their decimal mark. */
export function readingFor(lang: string): Reading {
  const key = baseLang(lang) || 'en';
  const hit = cache.get(key);
  if (hit) return hit;
  const entry = LANGS[key];
  const e = entry ?? (LANGS.en as LanguageEntry);
  const decimal = entry ? (e.decimal === ',' ? ',' : '.') : OTHER_COMMA.has(key) ? ',' : '.';
  const mags = Object.entries(e.magnitudes);
  const magRe = mags.length ? new RegExp(`[\\s\\u00a0]?(${words(mags.map(([w]) => w))})(?![${WORD_CLASS}])`, 'iuy') : null;
  const magnitudeOf = (word: string): number => {
    const w = word.toLowerCase();
    for (const [k, v] of mags) if (k.endsWith('*') ? w.startsWith(k.slice(0, -1)) : k === w) return v;
    return 1;
  };
  const units = new Map<string, UnitEntry[]>();
  for (const [surface, [unit, kind, cls]] of Object.entries(e.units ?? {})) {
    const prefix = surface.endsWith('*');
    const s = prefix ? surface.slice(0, -1) : surface;
    const latin = WORD_CHAR.test(s[0] as string);
    const u: UnitEntry = { surface: s, unit, kind: kind as FigureKind, cls, latin, ...(prefix ? { prefix: true } : {}) };
    for (const k of new Set([s[0]!.toLowerCase(), s[0]!.toUpperCase()])) units.set(k, [...(units.get(k) ?? []), u].sort((a, b) => b.surface.length - a.surface.length));
  }
  const boundary = `(?:^|[^${WORD_CLASS}])`;
  const r: Reading = {
    lang: key,
    decimal,
    spaceGroups: decimal === ',',
    magnitude: magRe,
    magnitudeOf,
    units,
    approxBefore: e.approx.length ? new RegExp(`${boundary}(${words(e.approx)})[\\s\\u00a0]?$`, 'iu') : null,
    monthBefore: e.months.length ? new RegExp(`${boundary}(?:${words(e.months)})\\.?\\s$`, 'iu') : null,
    monthAfter: e.months.length ? new RegExp(`^\\.?\\s(?:de\\s|del\\s)?(?:${words(e.months)})(?![${WORD_CLASS}])`, 'iu') : null,
    functionWords: new Set(e.function),
    verbs: new Set(e.verbs),
    ofWords: new Set(e.of),
    qualifiers: new Set(e.qualifiers ?? []),
    age: e.age,
    ageAfter: e.ageAfter.length ? new RegExp(`^[-\\s\\u00a0]?(?:${words(e.ageAfter)})(?![${WORD_CLASS}])`, 'iu') : null,
    ageBefore: e.ageBefore?.length ? new RegExp(`${boundary}(?:${words(e.ageBefore)})[\\s\\u00a0]$`, 'iu') : null,
    cjk: key === 'zh' || key === 'ja',
  };
  cache.set(key, r);
  return r;
}

const KANA = /[\u3040-\u30ff]/g;
const HAN = /[\u3400-\u9fff]/g;
const HANGUL = /[\uac00-\ud7af]/g;
const CYRILLIC = /[\u0400-\u04ff]/g;
const ARABIC = /[\u0600-\u06ff]/g;
const LATIN_WORD = /[\p{Script=Latin}]+/gu;

/** Function words that tell one Latin-script language from another (counted when guessing). */
const GUESSABLE = ['en', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'fi', 'no', 'hu'];
const guessSets = new Map<string, Set<string>>();
function guessSet(lang: string): Set<string> {
  let s = guessSets.get(lang);
  if (!s) {
    s = new Set(LANGS[lang]?.function ?? []);
    guessSets.set(lang, s);
  }
  return s;
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n += 1;
  return n;
}

/**
 * The language of a text sample (a few thousand characters are enough): script first (kana ->
 * ja, Hangul -> ko, Han -> zh, Cyrillic -> ru, Arabic -> ar), then Latin function words. The
 * declared language wins when the text does not clearly say otherwise.
 */
export function guessLanguage(sample: string, declared?: string): string {
  const text = sample.slice(0, 4000);
  const d = baseLang(declared);
  const kana = count(text, KANA);
  const han = count(text, HAN);
  const hangul = count(text, HANGUL);
  const cyr = count(text, CYRILLIC);
  const ar = count(text, ARABIC);
  const latinWords = text.match(LATIN_WORD) ?? [];
  const latin = latinWords.length * 4;
  const top = Math.max(kana + han, hangul, cyr, ar, latin);
  if (top === 0) return d || 'en';
  if (top === kana + han) return kana > 0.05 * han && kana >= 5 ? 'ja' : d === 'ja' && kana > 0 ? 'ja' : 'zh';
  if (top === hangul) return 'ko';
  if (top === cyr) return d && d !== 'en' ? d : 'ru';
  if (top === ar) return 'ar';
  const scores = new Map<string, number>();
  for (const w of latinWords.slice(0, 600)) {
    const lw = w.toLowerCase();
    for (const lang of GUESSABLE) if (guessSet(lang).has(lw)) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  let best = d && GUESSABLE.includes(d) ? d : 'en';
  let bestScore = scores.get(best) ?? 0;
  for (const [lang, n] of scores) if (n > bestScore) { best = lang; bestScore = n; }
  if (!d) return best;
  const declaredScore = scores.get(d) ?? 0;
  // The declared language stays unless another one is clearly the text's (twice the hits, and some).
  if (!GUESSABLE.includes(d)) return bestScore >= 15 && d === 'en' ? best : d;
  return bestScore >= 2 * declaredScore + 5 ? best : d;
}
