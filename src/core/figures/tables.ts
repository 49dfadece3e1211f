/**
 * Lookup structures built once from the JSON tables in `../data/figures-*.json`, so the tables
 * stay plain data that anyone can extend without touching code.
 */
import units from '../data/figures-units.json';
import magnitudes from '../data/figures-magnitudes.json';
import approx from '../data/figures-approx.json';
import changes from '../data/figures-change-words.json';
import noise from '../data/figures-noise-cues.json';
import labelCues from '../data/figures-label-cues.json';
import type { FigureKind } from './types';

/** One unit surface as written after a number. */
export type UnitEntry = { surface: string; unit: string; kind: FigureKind; cls: string; latin: boolean };

const LATIN = /^[A-Za-z][A-Za-z /-]*$/;

function buildUnits(): UnitEntry[] {
  const list: UnitEntry[] = [];
  for (const [key, group] of Object.entries(units)) {
    if (key.startsWith('_')) continue;
    const g = group as unknown as { kind: FigureKind; units: Record<string, [string, string]> };
    for (const [surface, [unit, cls]] of Object.entries(g.units)) {
      list.push({ surface, unit, kind: g.kind, cls, latin: LATIN.test(surface) && surface.length > 1 });
    }
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

export const CJK_MAGNITUDES: Readonly<Record<string, number>> = magnitudes.cjk;
export const LATIN_MAGNITUDES: Readonly<Record<string, number>> = magnitudes.latin;
export const LETTER_MAGNITUDES: Readonly<Record<string, number>> = magnitudes.letters;

/** Escapes a word for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of words, longest first, as a RegExp source. */
function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/** Approximation word right before a number (the tested text ends where the number starts). */
export const APPROX_BEFORE = new RegExp(`(?:^|[^A-Za-z])(${alternation(approx.before)})\\s?$`, 'i');
/** Approximation word right after a number or its magnitude. */
export const APPROX_AFTER = new RegExp(`^(?:${alternation(approx.after)})`);

/** What may stand between a change word and its number: 了, 至, 高达 (增幅高达149%), by, to. */
const LINK = '(?:了|至|到|高达|达到|达|为|\\s?by|\\s?to|\\s?of)?';
/** A change verb ending right before the number (optional 了/by/高达). */
export const CHANGE_BEFORE_UP = new RegExp(`(^|[^A-Za-z])(?:${alternation(changes.before.up)})${LINK}\\s?$`, 'i');
export const CHANGE_BEFORE_DOWN = new RegExp(`(^|[^A-Za-z])(?:${alternation(changes.before.down)})${LINK}\\s?$`, 'i');
export const CHANGE_AFTER_UP = new RegExp(`^\\s?(?:${alternation(changes.after.up)})`, 'i');
export const CHANGE_AFTER_DOWN = new RegExp(`^\\s?(?:${alternation(changes.after.down)})`, 'i');
export const CHANGE_BASIS = new RegExp(alternation(changes.basis), 'i');

export const ID_BEFORE = new RegExp(`(?:${alternation(noise.idBefore)})[\\s:：.#]*$`);
export const FURNITURE = new RegExp(`(?:${alternation(noise.furniture)})`, 'i');
export const MODEL_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(noise.modelWords)})[\\s-]?$`);
export const MONTHS_BEFORE = new RegExp(`\\b(?:${alternation(noise.months)})\\.?\\s$`);
export const MONTHS_AFTER = new RegExp(`^\\s(?:${alternation(noise.months)})\\b`);

export const ZH_STRIP: readonly string[] = [...labelCues.zhStrip].sort((a, b) => b.length - a.length);
export const EN_STOP: ReadonlySet<string> = new Set(labelCues.enStop);
export const SHARED_SUFFIX: readonly string[] = [...labelCues.sharedSuffix].sort((a, b) => b.length - a.length);
