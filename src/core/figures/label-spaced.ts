/**
 * Labels in languages written with spaces: the noun phrase a number quantifies ("850 Israeli
 * settlers", "44 Prozent der Gene", "60 por ciento de los votos"), else the subject of the clause
 * whose value or change it gives ("sales … were down by 30 per cent", "The total population … is
 * around 1.36 billion"), else the nearest content words before it ("Shaq Vann rushed for 101
 * yards"). Words come from one bounded window around the number; function words of the page's
 * language never start or end a label, and a label has at most six words.
 */
import type { Reading } from './language';
import { readDirection } from './context';

/** A word: letters (any alphabetic script) with inner apostrophes and hyphens; digits end it. */
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/uy;
const SPACE = /[ \t\u00a0\u202f]*/y;
/** What ends a phrase: clause punctuation, brackets, quotes closing, digits. */
const PHRASE_END = /[,;:.!?()[\]{}«»"“”„\d%$€£¥\n–—―|/]/;
const MAX_WORDS = 6;
/** Subordinators that open the clause whose subject we want ("… said that sales were …"). */
const SUBORDINATE = new Set(['that', 'which', 'who', 'where', 'when', 'while', 'dass', 'daß', 'weil', 'wenn', 'als', 'wie', 'que', 'qui', 'où', 'quand', 'donde', 'cuando', 'che', 'dove', 'quando', 'onde', 'który', 'która', 'które', 'что', 'который', 'которая', 'että', 'joka', 'som', 'hogy']);
/** Copulas and light verbs after which the clause's subject is what the number is. */
const COPULA = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'stood', 'stands', 'reached', 'totaled', 'totalled', 'hit', 'amounted', 'ist', 'war', 'sind', 'waren', 'liegt', 'lag', 'beträgt', 'betrug', 'erreichte', 'est', 'était', 'sont', 'étaient', 'atteint', 'es', 'era', 'fue', 'son', 'eran', 'alcanzó', 'è', 'era', 'sono', 'é', 'foi', 'são', 'jest', 'był', 'wynosi', 'wyniósł', 'составил', 'составила', 'составляет', 'on', 'oli', 'er', 'var', 'van', 'volt']);

type Word = { text: string; start: number; end: number };

/** Up to `max` words after `pos`, stopping at punctuation or a digit. */
export function wordsAfter(s: string, pos: number, max: number): Word[] {
  const out: Word[] = [];
  let i = pos;
  while (out.length < max && i < s.length) {
    SPACE.lastIndex = i;
    SPACE.exec(s);
    i = SPACE.lastIndex;
    if (s[i] === '-' || s[i] === '’' || s[i] === "'") i += 1; // 30-Minuten-Takt, d’euros
    WORD.lastIndex = i;
    const m = WORD.exec(s);
    if (!m) break;
    out.push({ text: m[0].replace(/[-'’]+$/, ''), start: i, end: i + m[0].length });
    i += m[0].length;
  }
  return out;
}

/** The words of `s` in [from, to), in order, stopping short of phrase punctuation when `stop` says. */
export function wordsIn(s: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) && m.index < to) out.push({ text: m[0].replace(/[-'’]+$/, ''), start: m.index, end: m.index + m[0].length });
  return out;
}

/** Whether only spaces (no punctuation or digits) lie between two positions. */
function joined(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (PHRASE_END.test(s[i] as string)) return false;
  return true;
}

const lower = (w: string): string => w.toLowerCase().replace(/^[ld][’']/, '');

/** Drops function words (and the language's verbs, when asked) from both ends. */
function trim(words: Word[], r: Reading, verbs = false): Word[] {
  const bad = (w: Word): boolean => r.functionWords.has(lower(w.text)) || r.functionWords.has(w.text.toLowerCase()) || (verbs && r.verbs.has(lower(w.text))) || w.text.length < 2;
  let a = 0;
  let b = words.length;
  while (a < b && bad(words[a] as Word)) a += 1;
  while (b > a && bad(words[b - 1] as Word)) b -= 1;
  return words.slice(a, b);
}

function phrase(words: readonly Word[]): string {
  return words.map((w) => w.text).join(' ');
}

/**
 * The noun phrase right after `pos` ("Israeli settlers", "Alleinerziehende", "stations de mesure"):
 * content words joined by spaces, at most one linking function word inside ("stations de mesure"),
 * ending before a verb or function word that is not followed by more of the phrase.
 */
export function nounAfter(s: string, pos: number, r: Reading, max = 3): string {
  const ws = wordsAfter(s, pos, max + 2);
  const out: Word[] = [];
  let prevEnd = pos;
  let links = 0;
  for (const w of ws) {
    if (!joined(s, prevEnd, w.start)) break;
    const lw = lower(w.text);
    // "300 such promotions", "12 weitere Fälle": a qualifier before the noun is skipped.
    if (out.length === 0 && r.qualifiers.has(lw)) { prevEnd = w.end; continue; }
    // German nouns are capitalised: a capitalised word after a number is never the verb.
    if (r.verbs.has(lw) && !(r.lang === 'de' && /^\p{Lu}/u.test(w.text))) break;
    if (r.functionWords.has(lw) || r.functionWords.has(w.text.toLowerCase())) {
      // One "of"-like link inside a phrase ("stations de mesure"), never at its start.
      if (out.length === 0 || links > 0 || !r.ofWords.has(lw)) break;
      links += 1;
    }
    out.push(w);
    prevEnd = w.end;
    if (out.length - links >= max) break;
  }
  return phrase(trim(out, r));
}

/**
 * What follows an "of"-word after the quantity ("percent of women", "Prozent der Gene", "% de los
 * votos", "pounds of water vapor"), or ''. Articles after the link are skipped.
 */
export function ofComplement(s: string, pos: number, r: Reading): string {
  const ws = wordsAfter(s, pos, 2);
  const first = ws[0];
  if (!first || !joined(s, pos, first.start) || !r.ofWords.has(first.text.toLowerCase())) return '';
  let at = first.end;
  // de los / de las / des / del: an article after the link.
  const second = ws[1];
  if (second && r.functionWords.has(second.text.toLowerCase()) && !r.ofWords.has(second.text.toLowerCase()) && joined(s, at, second.start)) at = second.end;
  else if (second && r.ofWords.has(second.text.toLowerCase()) && joined(s, at, second.start)) at = second.end;
  return nounAfter(s, at, r, 2);
}

/**
 * The subject or nearest content words before the figure, within the clause [clauseStart, start).
 * After a copula ("price … was $640,479") the subject at the clause's start; else the last run of
 * content words ("Shaq Vann rushed for" → "Shaq Vann rushed").
 */
export function phraseBefore(s: string, clauseStart: number, start: number, r: Reading): string {
  let ws = wordsIn(s, clauseStart, start);
  // The window may begin inside a word ("…ses zweistufige System"): drop that fragment.
  if (clauseStart > 0 && /[\p{L}\p{M}]/u.test(s[clauseStart - 1] as string) && ws[0]?.start === clauseStart) ws = ws.slice(1);
  // The clause of the figure starts after the last subordinator ("… said that sales were …").
  let outer: Word[] = [];
  for (let i = ws.length - 1; i >= 0; i--) {
    if (SUBORDINATE.has((ws[i] as Word).text.toLowerCase())) { outer = ws.slice(0, i); ws = ws.slice(i + 1); break; }
  }
  // Keep only words joined to each other up to the figure (a bracket or a number cuts the run).
  let from = ws.length;
  let prevStart = start;
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i] as Word;
    if (!joined(s, w.end, prevStart)) break;
    from = i;
    prevStart = w.start;
  }
  const run = ws.slice(from);
  if (run.length === 0) return '';
  // "Investitionen von rund 86 Millionen", "a debt of $2 billion", "une dette de 1,3 milliard":
  // the noun right before an "of"-word that leads to the number is what the number measures.
  const lastWord = run[run.length - 1] as Word;
  if (run.length >= 2 && r.ofWords.has(lastWord.text.toLowerCase()) && r.ofWords.size > 0) {
    const np = trim(run.slice(Math.max(0, run.length - 3), run.length - 1), r, true);
    const content = np.filter((w) => !r.functionWords.has(lower(w.text)));
    if (content.length) return phrase(content.slice(-2));
  }
  // Trailing links and approximations ("was down by", "rund", "von"): find the last content word.
  let end = run.length;
  let copula = false;
  const isLink = (w: Word): boolean => r.functionWords.has(lower(w.text)) || w.text.length < 2 || COPULA.has(w.text.toLowerCase());
  while (end > 0 && isLink(run[end - 1] as Word)) {
    if (COPULA.has((run[end - 1] as Word).text.toLowerCase())) copula = true;
    end -= 1;
  }
  if (copula) {
    // The subject: the first content words of the clause, up to a function word.
    const subj: Word[] = [];
    for (const w of trim(run.slice(0, end), r)) {
      if (r.functionWords.has(lower(w.text)) || r.verbs.has(lower(w.text)) || COPULA.has(w.text.toLowerCase())) break;
      subj.push(w);
    }
    // The head noun ends the phrase: keep its last three words ("operating reserves").
    if (subj.length) return phrase(subj.slice(-3));
    // "Average price of a home that sold in September was $640,479": the clause after the
    // subordinator opens with a verb, so it is a relative clause and the subject stands before it.
    const firstAfter = run[0];
    if (outer.length && firstAfter && r.verbs.has(lower(firstAfter.text))) {
      const head: Word[] = [];
      for (const w of trim(outer, r)) {
        if (r.functionWords.has(lower(w.text)) || r.verbs.has(lower(w.text)) || COPULA.has(w.text.toLowerCase())) break;
        head.push(w);
      }
      if (head.length) return phrase(head.slice(-3));
    }
  }
  // A verb in the run ("Die Verschuldung des Kreises stieg im vergangenen Jahr um"): its subject
  // is the noun phrase before it, at most three words with one "of"-link.
  for (let v = end - 1; v > 0; v--) {
    const w = run[v] as Word;
    if (!r.verbs.has(lower(w.text)) || (r.lang === 'de' && /^\p{Lu}/u.test(w.text))) continue;
    const subj = trim(run.slice(Math.max(0, v - 4), v), r);
    const first = subj.findIndex((x) => !r.functionWords.has(lower(x.text)));
    const np = subj.slice(Math.max(0, first)).filter((x, i, all) => !(r.functionWords.has(lower(x.text)) && !r.ofWords.has(lower(x.text)) && i === 0) && (i < all.length));
    // A change verb gives the subject's change ("Verschuldung stieg um 3,4 Prozent"): the subject.
    // Another verb says what the number is ("Nordwind Power investiert 275 Millionen"): subject and verb.
    // The head noun opens a German or Romance phrase ("Genom dieser Pflanze"): keep three words.
    if (np.length) return readDirection(` ${w.text}`, '') !== 'none' ? phrase(np.slice(-3)) : `${phrase(np.slice(-3))} ${w.text}`;
    break;
  }
  // The nearest content words, at most three, without function words at either end, and
  // without the change verb before the number ("Derailments rose 12%").
  while (end > 1 && r.verbs.has(lower((run[end - 1] as Word).text))) end -= 1;
  const tail: Word[] = [];
  for (let i = end - 1; i >= 0 && tail.length < 3; i--) {
    const w = run[i] as Word;
    if (r.functionWords.has(lower(w.text)) && tail.length > 0) break;
    tail.unshift(w);
  }
  return phrase(trim(tail, r, false));
}

/** Cuts a label to at most MAX_WORDS words. */
export function shortLabel(label: string): string {
  const ws = label.split(/\s+/).filter(Boolean);
  return ws.slice(0, MAX_WORDS).join(' ');
}
