/**
 * Quick Node timing of anchoring on a synthetic 150,000-character article (happy-dom):
 * `npx tsx tests/bench/anchoring-bench.ts`. Separates matching cost from happy-dom's Range cost
 * (slow in happy-dom, cheap in browsers). Real-browser numbers are measured in the e2e suite.
 */
import { parseHtml } from '../../src/cli/parse-html';
import { createAnchorContext } from '../../src/core/anchoring/anchor-context';
import { anchorAll } from '../../src/core/anchoring/anchor-all';
import { buildQuery } from '../../src/core/anchoring/anchor-highlight';
import { matchExact, matchFuzzyNearHint } from '../../src/core/anchoring/match-quote';
import { buildTextIndex } from '../../src/core/text/text-index';
import { fingerprintText } from '../../src/core/text/text-fingerprint';
import { articleHtml, editText, paragraphs, selectorsAt } from '../unit/core/anchoring/synthetic-article';

const ms = (t: number) => `${(performance.now() - t).toFixed(1)} ms`;
const paras = paragraphs(3, 150_000);
const html = articleHtml(paras, false);
const r1 = parseHtml(html, 'https://example.com/').document.getElementById('a')!;
const idx = buildTextIndex(r1);
const quotes = (n: number) => Array.from({ length: n }, (_, i) => {
  let s = idx.text.indexOf(' ', Math.floor((i / n) * (idx.text.length - 300))) + 1;
  const len = 40 + ((i * 53) % 160);
  for (let br = idx.text.indexOf('\n', s); br >= 0 && br < s + len; br = idx.text.indexOf('\n', s)) s = br + 1;
  return { id: `h${i}`, selectors: selectorsAt(r1, s, s + len, idx) };
});
const q500 = quotes(500);
const q50 = quotes(50);
let edited = html;
q50.forEach((h, i) => { edited = edited.replace(h.selectors.quote.exact, editText(h.selectors.quote.exact, 0.04, i + 1)); });
const shifted = html.replace('<article id="a">', '<article id="a"><p>Correction: a name was misspelled.</p>');
const r2 = parseHtml(shifted, 'https://example.com/').document.getElementById('a')!;
const r3 = parseHtml(edited, 'https://example.com/').document.getElementById('a')!;
const absentRoot = parseHtml(articleHtml(paragraphs(77, 30_000), false), 'https://example.com/').document.getElementById('a')!;
const absentIdx = buildTextIndex(absentRoot);
const absent = Array.from({ length: 50 }, (_, i) => { const s = absentIdx.text.indexOf(' ', i * 500) + 1; return selectorsAt(absentRoot, s, s + 80, absentIdx); });

let t = performance.now();
const ctx2 = createAnchorContext(r2);
console.log(`text index + normalisation of ${ctx2.index.text.length} chars: ${ms(t)}`);
for (const run of ['cold', 'warm']) {
  t = performance.now();
  const qs = q500.map((h) => buildQuery(ctx2, h.selectors)!);
  const tq = performance.now() - t;
  for (const q of qs) matchExact(ctx2.norm.text, q);
  console.log(`500 exact, matching only (${run}): ${ms(t)} (of which queries ${tq.toFixed(1)} ms)`);
}
for (const [label, root, inputs] of [['500 exact (page shifted)', r2, q500], ['50 edited (fuzzy)', r3, q50]] as const) {
  let last = performance.now();
  let longest = 0;
  t = performance.now();
  const out = await anchorAll(root, inputs, { yieldToEvent: async () => { longest = Math.max(longest, performance.now() - last); await new Promise((r) => setTimeout(r, 0)); last = performance.now(); } });
  longest = Math.max(longest, performance.now() - last);
  const methods = out.reduce<Record<string, number>>((m, o) => { const k = o.status === 'anchored' ? o.method : o.status; m[k] = (m[k] ?? 0) + 1; return m; }, {});
  console.log(`${label}: anchorAll incl. happy-dom Ranges ${ms(t)}, longest task ${longest.toFixed(1)} ms, ${JSON.stringify(methods)}`);
}
const ctx3 = createAnchorContext(r3);
let worst = 0;
t = performance.now();
for (const h of q50) { const t0 = performance.now(); matchFuzzyNearHint(ctx3.norm.text, buildQuery(ctx3, h.selectors)!); worst = Math.max(worst, performance.now() - t0); }
console.log(`50 edited, fuzzy matching only: ${ms(t)} (worst quote ${worst.toFixed(1)} ms)`);
worst = 0;
let best = 0;
t = performance.now();
for (const s of absent) { const t0 = performance.now(); const m = matchFuzzyNearHint(ctx3.norm.text, buildQuery(ctx3, s)!); best = Math.max(best, m?.score ?? 0); worst = Math.max(worst, performance.now() - t0); }
console.log(`50 absent quotes (worst case, full-text search): ${ms(t)} (worst quote ${worst.toFixed(1)} ms, best false score ${best.toFixed(3)})`);
t = performance.now();
fingerprintText(ctx2.index.text);
console.log(`fingerprintText of 150k chars: ${ms(t)}`);
