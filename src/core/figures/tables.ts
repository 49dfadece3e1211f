/**
 * Lookup structures built once from the JSON tables in `../data/figures-*.json`, so the tables
 * stay plain data that anyone can extend without touching code.
 */
import { percent, points, money, ratio, people, cases, count, measure } from '../data/figures-units.json';
import { cjk as cjkMagnitudes, latin as latinMagnitudes, letters as letterMagnitudes } from '../data/figures-magnitudes.json';
import { before as approxBefore, after as approxAfter } from '../data/figures-approx.json';
import { before as changeBefore, after as changeAfter, basis as changeBasis, total as totalWords } from '../data/figures-change-words.json';
import { idBefore, furniture, modelWords, months } from '../data/figures-noise-cues.json';
import { zhStrip, enStop, sharedSuffix } from '../data/figures-label-cues.json';
import type { FigureKind } from './types';

/** One unit surface as written after a number. */
/** `prefix`: the surface is a word stem that takes any ending (prosent* = prosenttia, prosentin). */
export type UnitEntry = { surface: string; unit: string; kind: FigureKind; cls: string; latin: boolean; prefix?: boolean };

const LATIN = /^[A-Za-z][A-Za-z /-]*$/;
const unitGroups = { percent, points, money, ratio, people, cases, count, measure };

type UnitGroup = { kind: FigureKind; cls?: string; same?: string; units?: Record<string, string> };

/** "year(s)" stands for "year" and "years". */
function spellings(list: string): string[] {
  return list.split(',').flatMap((w) => (w.endsWith('(s)') ? [w.slice(0, -3), w.slice(0, -3) + 's'] : [w]));
}

function buildUnits(): UnitEntry[] {
  const list: UnitEntry[] = [];
  const add = (surface: string, unit: string, g: UnitGroup): void => {
    list.push({ surface, unit, kind: g.kind, cls: g.cls ?? '', latin: LATIN.test(surface) && surface.length > 1 });
  };
  for (const g of Object.values(unitGroups) as UnitGroup[]) {
    for (const s of g.same ? spellings(g.same) : []) add(s, s, g);
    for (const [unit, surfaces] of Object.entries(g.units ?? {})) for (const s of spellings(surfaces)) add(s, unit, g);
  }
  // Longest first, so 个百分点 wins over 个 and "metric tons" over "tons".
  return list.sort((a, b) => b.surface.length - a.surface.length);
}

/** All unit surfaces, longest first. */
export const UNITS: readonly UnitEntry[] = buildUnits();

/** Unit surfaces grouped by their first character (lower-cased for Latin ones): few to test per number. */
export const UNITS_BY_FIRST: ReadonlyMap<string, UnitEntry[]> = (() => {
  const map = new Map<string, UnitEntry[]>();
  for (const u of UNITS) {
    const keys = u.latin ? [u.surface[0]!.toLowerCase(), u.surface[0]!.toUpperCase()] : [u.surface[0]!];
    for (const k of new Set(keys)) {
      const arr = map.get(k) ?? [];
      arr.push(u);
      map.set(k, arr);
    }
  }
  return map;
})();

export const CJK_MAGNITUDES: Readonly<Record<string, number>> = cjkMagnitudes;
export const LATIN_MAGNITUDES: Readonly<Record<string, number>> = latinMagnitudes;
export const LETTER_MAGNITUDES: Readonly<Record<string, number>> = letterMagnitudes;

/** Escapes a word for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of words, longest first, as a RegExp source. */
function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/** Approximation word right before a number (the tested text ends where the number starts). */
export const APPROX_BEFORE = new RegExp(`(?:^|[^A-Za-z])(${alternation(approxBefore)})\\s?$`, 'i');
/** Approximation word right after a number or its magnitude. */
export const APPROX_AFTER = new RegExp(`^(?:${alternation(approxAfter)})`);

/** What may stand between a change word and its number: 了, 至, 高达 (增幅高达149%), by, to. */
const LINK = '(?:了|至|到|高达|达到|达|为|\\s?by|\\s?to|\\s?of|\\s?um|\\s?auf|\\s?de|\\s?un|\\s?en|\\s?del|\\s?du|\\s?di|\\s?o|\\s?на|\\s?about|\\s?around|\\s?rund|\\s?etwa)?';
/** A change verb ending right before the number (optional 了/by/高达). */
export const CHANGE_BEFORE_UP = new RegExp(`(^|[^\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}])(?:${alternation(changeBefore.up)})${LINK}\\s?$`, 'iu');
export const CHANGE_BEFORE_DOWN = new RegExp(`(^|[^\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}])(?:${alternation(changeBefore.down)})${LINK}\\s?$`, 'iu');
/** The CJK change words alone, for CJK labels (no Latin alternatives to try at every position). */
const CJK_WORD = /[\u3040-\u30ff\u3400-\u9fff]/;
const CJK_LINK = '(?:了|至|到|高达|达到|达|为)?';
export const CJK_CHANGE_END_UP = new RegExp(`(?:${alternation(changeBefore.up.filter((w: string) => CJK_WORD.test(w)))})${CJK_LINK}$`);
export const CJK_CHANGE_END_DOWN = new RegExp(`(?:${alternation(changeBefore.down.filter((w: string) => CJK_WORD.test(w)))})${CJK_LINK}$`);
export const CHANGE_AFTER_UP = new RegExp(`^\\s?(?:${alternation(changeAfter.up)})`, 'i');
export const CHANGE_AFTER_DOWN = new RegExp(`^\\s?(?:${alternation(changeAfter.down)})`, 'i');
const CJK_WORD_CHAR = /[\u3040-\u30ff\u3400-\u9fff]/;
export const CHANGE_BASIS = new RegExp(alternation(changeBasis), 'i');
/**
 * A totalising word right before the figure: Latin ones with at most a link word (a total of,
 * insgesamt); CJK ones with at most a short verb between (共劝阻150余次, 累计发放).
 */
const totalCjk = totalWords.filter((w: string) => CJK_WORD_CHAR.test(w));
const totalLatin = totalWords.filter((w: string) => !CJK_WORD_CHAR.test(w));
export const TOTAL_BEFORE = new RegExp(`(?<!公)(?:${alternation(totalCjk)})(?![同产享识])[\\u3400-\\u9fff]{0,3}$|(?:^|[^\\p{L}])(?:${alternation(totalLatin)})(?:\\s(?:of|von|de))?\\s?$`, 'iu');

export const ID_BEFORE = new RegExp(`(?:${alternation(idBefore)})[\\s:：.#]*$`);
export const FURNITURE = new RegExp(`(?:${alternation(furniture)})`, 'i');
export const MODEL_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(modelWords)})[\\s-]?$`);
export const MONTHS_BEFORE = new RegExp(`\\b(?:${alternation(months)})\\.?\\s$`);
export const MONTHS_AFTER = new RegExp(`^\\s(?:${alternation(months)})\\b`);

export const ZH_STRIP: readonly string[] = [...zhStrip].sort((a, b) => b.length - a.length);
export const EN_STOP: ReadonlySet<string> = new Set(enStop);
export const SHARED_SUFFIX: readonly string[] = [...sharedSuffix].sort((a, b) => b.length - a.length);
