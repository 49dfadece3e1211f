/**
 * Article identity on the corpus: the same-story groups of mirror/INDEX.tsv (a reprint and its
 * original, an updated version) must match each other by text fingerprint, and different stories
 * (including "same topic, different writing") must not. Quotes taken from one copy must anchor on
 * the other copy of the same story, and never on a different story. Distributions are printed.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, loadLabels, readCorpusPage } from '../helpers/corpus';
import { parseHtml } from '../../src/cli/parse-html';
import { findArticleRoot } from '../../src/core/text/article-root';
import { buildTextIndex, rangeFromOffsets } from '../../src/core/text/text-index';
import { fingerprintBuckets, fingerprintText, fingerprintsMatch, SAME_ARTICLE_THRESHOLD } from '../../src/core/text/text-fingerprint';
import { describeRange } from '../../src/core/anchoring/describe-range';
import { anchorHighlight } from '../../src/core/anchoring/anchor-highlight';
import { normalizeQuote } from '../../src/core/text/normalize-for-match';

type Page = { path: string; group: string; differentWriting: boolean; root: Element; text: string; fp: string };

function loadMirrorPages(): Page[] {
  const labels = loadLabels();
  const rows = readFileSync(join(corpusDir(), 'mirror', 'INDEX.tsv'), 'utf8').trim().split('\n');
  const header = (rows.shift() ?? '').split('\t');
  const col = (name: string) => header.indexOf(name);
  expect(col('dup_group')).toBeGreaterThanOrEqual(0);
  return rows.map((row) => {
    const cells = row.split('\t');
    const path = `mirror/${(cells[col('file')] ?? '').replace(/\.md$/, '.html')}`;
    const { document } = parseHtml(readCorpusPage(path), labels[path]?.url ?? 'https://example.com/');
    const root = findArticleRoot(document);
    const text = buildTextIndex(root).text;
    const notes = cells[col('notes')] ?? '';
    return { path, group: cells[col('dup_group')] ?? '', differentWriting: /不同写法|同题非同稿/.test(notes), root, text, fp: fingerprintText(text) };
  });
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]?.toFixed(2);
  return `n=${s.length} min=${q(0)} median=${q(0.5)} max=${s[s.length - 1]?.toFixed(2)}`;
};

describe('article identity on the mirror corpus', () => {
  const pages = loadMirrorPages();
  const pairs = pages.flatMap((a, i) => pages.slice(i + 1).map((b) => ({ a, b })));
  const isSame = (a: Page, b: Page) => a.group !== '' && a.group === b.group && !a.differentWriting && !b.differentWriting;

  it('fingerprints match within same-story groups and not across stories', () => {
    expect(pages.length).toBeGreaterThan(30);
    const same = pairs.filter(({ a, b }) => isSame(a, b));
    const topicOnly = pairs.filter(({ a, b }) => a.group !== '' && a.group === b.group && !isSame(a, b));
    const different = pairs.filter(({ a, b }) => a.group === '' || a.group !== b.group);
    expect(same.length).toBeGreaterThanOrEqual(5);
    const score = ({ a, b }: { a: Page; b: Page }) => fingerprintsMatch(a.fp, b.fp);
    console.log(`same story:        ${stats(same.map(score))}`);
    for (const p of same) console.log(`  ${p.a.path} ~ ${p.b.path}: ${score(p).toFixed(2)} (${p.a.text.length}/${p.b.text.length} chars)`);
    console.log(`same topic only:   ${stats(topicOnly.map(score))}`);
    console.log(`different stories: ${stats(different.map(score))}`);
    for (const p of same) expect(score(p), `${p.a.path} ~ ${p.b.path}`).toBeGreaterThanOrEqual(SAME_ARTICLE_THRESHOLD);
    for (const p of [...different, ...topicOnly]) expect(score(p), `${p.a.path} ~ ${p.b.path}`).toBeLessThan(SAME_ARTICLE_THRESHOLD);
    // Storage finds candidates by bucket key: every same-story pair must share one.
    for (const { a, b } of same) {
      const keys = new Set(fingerprintBuckets(a.fp));
      expect(fingerprintBuckets(b.fp).some((k) => keys.has(k)), `${a.path} ~ ${b.path}`).toBe(true);
    }
    const differentSharing = different.filter(({ a, b }) => fingerprintBuckets(b.fp).some((k) => fingerprintBuckets(a.fp).includes(k))).length;
    console.log(`different-story pairs sharing a bucket key: ${differentSharing}/${different.length}`);
  });

  it('anchors quotes from one copy on the other copy of the same story, never on another story', () => {
    let tried = 0;
    let anchored = 0;
    let wrong = 0;
    let falseOnOther = 0;
    for (const { a, b } of pairs.filter(({ a, b }) => isSame(a, b))) {
      const index = buildTextIndex(a.root);
      const other = pages.find((p) => p.group !== a.group && p.group !== '' && p.path !== b.path)!;
      // Ten quotes of 12–40 characters spread over the article (kept inside one block).
      for (let k = 0; k < 10; k++) {
        const at = Math.floor(((k + 0.5) / 10) * index.text.length);
        const len = 12 + ((k * 7) % 29);
        const line = index.text.indexOf('\n', at);
        if (line >= 0 && line < at + len) continue;
        const range = rangeFromOffsets(index, at, at + len);
        const sel = range && describeRange(a.root, range, index);
        if (!sel) continue;
        tried++;
        const hit = anchorHighlight(b.root, sel);
        if (hit) {
          anchored++;
          if (normalizeQuote(hit.range.toString()) !== normalizeQuote(sel.quote.exact) && hit.method !== 'fuzzy') wrong++;
        }
        if (anchorHighlight(other.root, sel)) falseOnOther++;
      }
    }
    console.log(`cross-copy anchoring: ${anchored}/${tried} anchored, ${wrong} wrong exact text, ${falseOnOther} anchored on a different story`);
    expect(tried).toBeGreaterThanOrEqual(30);
    expect(anchored / tried).toBeGreaterThanOrEqual(0.8);
    expect(wrong).toBe(0);
    expect(falseOnOther).toBe(0);
  });
});
