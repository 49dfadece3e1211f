import { describe, expect, it } from 'vitest';
import cueData from '../../../../src/core/data/credit-cues.json';
import { categoryOf, isLabel, phrasePattern, type CueCategory } from '../../../../src/core/analysis/credit-lines';

type Table = { $comment: string; categories: Record<CueCategory, Record<string, string[]>> };
const table = cueData as unknown as Table;
const REQUIRED = ['zh', 'en', 'ja', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'nl', 'ru', 'ko', 'cs'];

/** Every phrase of the credit-cue table compiles and is recognized where it would be written. */
describe('credit cue table', () => {
  it('has a $comment and covers the required languages', () => {
    expect(table.$comment.length).toBeGreaterThan(20);
    const langs = new Set(Object.values(table.categories).flatMap((c) => Object.keys(c)));
    for (const l of REQUIRED) expect(langs.has(l), l).toBe(true);
    // Source/credit lines in every required language but zh (its own table has 来源).
    for (const l of REQUIRED.filter((x) => x !== 'zh')) expect(table.categories.source[l]?.length, `source ${l}`).toBeGreaterThan(0);
  });

  it('compiles every phrase', () => {
    for (const [cat, langs] of Object.entries(table.categories)) {
      for (const [lang, phrases] of Object.entries(langs)) {
        for (const p of phrases) expect(() => new RegExp(phrasePattern(p), 'iu'), `${cat}/${lang}: ${p}`).not.toThrow();
      }
    }
  });

  it('recognizes every label before a colon', () => {
    for (const cat of ['source', 'issuer'] as const) {
      for (const [lang, phrases] of Object.entries(table.categories[cat])) {
        for (const p of phrases) expect(isLabel(p, cat), `${cat}/${lang}: ${p}`).toBe(true);
      }
    }
  });

  it('maps every phrase back to its category', () => {
    for (const cat of ['originally', 'permission', 'courtesy', 'translated', 'release'] as const) {
      for (const [lang, phrases] of Object.entries(table.categories[cat])) {
        for (const p of phrases) {
          const written = p.endsWith('*') ? `${p.slice(0, -1)}` : p;
          const found = categoryOf(written);
          // A phrase listed in two categories keeps the first; it must still be recognized.
          expect(found, `${cat}/${lang}: ${p}`).toBeDefined();
        }
      }
    }
  });
});
