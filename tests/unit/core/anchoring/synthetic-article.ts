/**
 * Deterministic synthetic articles for anchoring tests: many paragraphs drawn from one small
 * vocabulary, so that absent quotes have plenty of similar-looking text to be wrongly matched to.
 */
import { buildTextIndex, rangeFromOffsets } from '../../../../src/core/text/text-index';
import { describeRange } from '../../../../src/core/anchoring/describe-range';

const WORDS = (
  'the a of to in and for on with by from at as market price report city council budget plan water energy ' +
  'school station train line service company board member vote law court study data result growth rate ' +
  'year month week day people family worker student driver official minister agency group team project ' +
  'said says would could should will may might new old local public private national regional early late ' +
  'higher lower more less first last next previous major minor rising falling strong weak open closed ' +
  'announced approved rejected proposed delayed expanded reduced increased reviewed measured reported ' +
  'north south east west river bridge road airport hospital library museum park harbour factory farm'
).split(' ');

/** A small seeded PRNG (mulberry32), so every run builds the same article. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One paragraph of 3–6 sentences. */
export function paragraph(rand: () => number): string {
  const sentences: string[] = [];
  const n = 3 + Math.floor(rand() * 4);
  for (let s = 0; s < n; s++) {
    const len = 8 + Math.floor(rand() * 12);
    const words: string[] = [];
    for (let w = 0; w < len; w++) words.push(WORDS[Math.floor(rand() * WORDS.length)] as string);
    const text = words.join(' ');
    sentences.push(text.charAt(0).toUpperCase() + text.slice(1) + '.');
  }
  return sentences.join(' ');
}

/** Paragraphs totalling at least `chars` characters. */
export function paragraphs(seed: number, chars: number): string[] {
  const rand = seededRandom(seed);
  const out: string[] = [];
  let total = 0;
  while (total < chars) {
    const p = paragraph(rand);
    out.push(p);
    total += p.length + 1;
  }
  return out;
}

/** An article HTML page from paragraphs (with `bold`, some words bold, to cross element boundaries). */
export function articleHtml(paras: string[], bold = true): string {
  const body = paras.map((p, i) => `<p>${bold && i % 3 === 0 ? p.replace(/ (\w+) /, ' <b>$1</b> ') : p}</p>`).join('\n');
  return `<html><body><nav>Home | News | Sport</nav><article id="a">${body}</article></body></html>`;
}

/** Selectors for `[start, end)` of the root's text, via a real DOM Range and `describeRange`. */
export function selectorsAt(root: Element, start: number, end: number, index = buildTextIndex(root)) {
  const range = rangeFromOffsets(index, start, end);
  if (!range) throw new Error(`no range at ${start}-${end}`);
  const sel = describeRange(root, range, index);
  if (!sel) throw new Error(`no selectors at ${start}-${end}`);
  return sel;
}

/** Replaces about `fraction` of the letters of `s` (deterministically) — an edited quote. */
export function editText(s: string, fraction: number, seed: number): string {
  const rand = seededRandom(seed);
  const chars = [...s];
  const edits = Math.max(1, Math.round(chars.length * fraction));
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * chars.length);
    if (/[a-z]/.test(chars[at] ?? '')) chars[at] = String.fromCharCode(97 + Math.floor(rand() * 26));
  }
  return chars.join('');
}
