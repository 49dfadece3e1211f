import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../helpers/load-html';
import { anchorHighlight } from '../../../../src/core/anchoring/anchor-highlight';
import { createAnchorContext } from '../../../../src/core/anchoring/anchor-context';
import { ACCEPT_THRESHOLD } from '../../../../src/core/anchoring/match-quote';
import { buildTextIndex } from '../../../../src/core/text/text-index';
import { normalizeForMatch, normalizeQuote, rawSpan } from '../../../../src/core/text/normalize-for-match';
import { articleHtml, editText, paragraphs, selectorsAt } from './synthetic-article';

const PAGE = `<article id="a">
<h1>Council approves the river bridge</h1>
<p>The city council voted on Tuesday to approve the <b>new river bridge</b>, ending a debate that lasted
   more than four years and divided the eastern districts.</p>
<p>Construction is expected to begin in spring. The mayor said the bridge would cut commuting times by
   a third for residents of the harbour quarter.</p>
<p>Opponents argued that the money should go to schools instead.</p>
</article>`;

function root(html: string): Element {
  return loadHtml(html).getElementById('a')!;
}

/** Selectors for `text`, found in the page text with whitespace normalised (fixtures wrap lines). */
function selectorsFor(r: Element, text: string) {
  const norm = normalizeForMatch(buildTextIndex(r).text);
  const wanted = normalizeQuote(text);
  const at = norm.text.indexOf(wanted);
  if (at < 0) throw new Error(`fixture text not found: ${text}`);
  const span = rawSpan(norm, at, at + wanted.length);
  return selectorsAt(r, span.start, span.end);
}

describe('anchorHighlight', () => {
  it('anchors an unchanged page by position with a perfect score', () => {
    const r = root(PAGE);
    const sel = selectorsFor(r, 'ending a debate that lasted more than four years');
    const a = anchorHighlight(r, sel)!;
    expect(a.method).toBe('position');
    expect(a.score).toBeGreaterThanOrEqual(0.99);
    expect(a.range.toString().replace(/\s+/g, ' ')).toBe('ending a debate that lasted more than four years');
  });

  it('survives changed whitespace and line breaks (exact match on normalised text)', () => {
    const sel = selectorsFor(root(PAGE), 'ending a debate that lasted more than four years');
    const reflowed = PAGE.replace(/\n\s+/g, ' ').replace('lasted more', 'lasted\n\n      more').replace('a debate', 'a&nbsp;debate');
    const r2 = root(reflowed.replace('<article id="a">', '<article id="a"><p>Breaking: a new banner inside the article</p>'));
    const a = anchorHighlight(r2, sel)!;
    expect(a).not.toBeNull();
    expect(a.method).toBe('exact');
    expect(a.range.toString().replace(/\s+/g, ' ')).toBe('ending a debate that lasted more than four years');
  });

  it('re-anchors a slightly edited passage by fuzzy matching', () => {
    const sel = selectorsFor(root(PAGE), 'The mayor said the bridge would cut commuting times by a third');
    const edited = PAGE.replace('The mayor said the bridge would cut', 'The mayor says the bridge will cut')
      .replace('<h1>', '<p>Update: this story was changed.</p><h1>');
    const a = anchorHighlight(root(edited), sel)!;
    expect(a).not.toBeNull();
    expect(a.method).toBe('fuzzy');
    expect(a.score).toBeGreaterThan(0.85);
    expect(a.range.toString().replace(/\s+/g, ' ')).toContain('says the bridge will cut commuting times by a third');
  });

  it('returns null (orphan) when the passage was removed, even if similar words remain', () => {
    const sel = selectorsFor(root(PAGE), 'Construction is expected to begin in spring.');
    const removed = PAGE.replace('Construction is expected to begin in spring. ', '');
    expect(anchorHighlight(root(removed), sel)).toBeNull();
  });

  it('disambiguates a repeated quote by its context', () => {
    const html = `<article id="a"><p>In March the board approved the budget after a short debate.</p>
      <p>In June the board approved the budget again, with cuts to libraries.</p>
      <p>In October the board approved the budget for the third time, to protests.</p></article>`;
    const sel = selectorsFor(root(html), 'the board approved the budget again');
    // Quote only "the board approved the budget" from the second paragraph.
    const r = root(html);
    const text = buildTextIndex(r).text;
    const second = text.indexOf('the board approved the budget', text.indexOf('June'));
    const repeated = selectorsAt(r, second, second + 'the board approved the budget'.length);
    const shifted = html.replace('<p>In March', '<p>Editor’s note: dates corrected.</p><p>In March');
    const a = anchorHighlight(root(shifted), repeated)!;
    expect(a.method).toBe('exact');
    const container = a.range.startContainer.textContent ?? '';
    expect(container).toContain('June');
    expect(sel.quote.exact).toBe('the board approved the budget again');
  });

  it('anchors across copies with full-width punctuation and curly quotes (CJK)', () => {
    const original = `<article id="a"><p>IT之家 1 月 2 日消息，微软 Exchange 服务器出现“2022 年日期 Bug”，暂时无法处理邮件。</p>
      <p>报告称，扫描引擎把版本号“220101001”当作有符号整数解析，超过最大值 2147483647 后检查失败。</p></article>`;
    const sel = selectorsFor(root(original), '扫描引擎把版本号“220101001”当作有符号整数解析');
    const copy = `<div class="zaker-head">ZAKER 新闻</div><article id="a"><p>IT 之家 1 月 2 日消息,微软 Exchange 服务器出现"2022 年日期 Bug",暂时无法处理邮件。</p>
      <p>报告称,扫描引擎把版本号"220101001"当作有符号整数解析,超过最大值 2147483647 后检查失败。</p><p>本文转载自 IT 之家</p></article>`;
    const a = anchorHighlight(root(copy), sel)!;
    expect(a).not.toBeNull();
    expect(a.range.toString()).toBe('扫描引擎把版本号"220101001"当作有符号整数解析');
  });

  it('never throws on bad selectors', () => {
    const r = root(PAGE);
    const bad = [
      { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } },
      { quote: { type: 'TextQuoteSelector', exact: '   ', prefix: 'x', suffix: 'y' } },
      { quote: null },
      { quote: { type: 'TextQuoteSelector', exact: 'bridge', prefix: 7, suffix: null }, position: { type: 'TextPositionSelector', start: -5, end: 1e12 } },
    ] as unknown as Parameters<typeof anchorHighlight>[1][];
    for (const s of bad) expect(() => anchorHighlight(r, s)).not.toThrow();
    expect(anchorHighlight(r, bad[0]!)).toBeNull();
  });

  it('separates edited quotes from absent ones on a long same-vocabulary page', () => {
    const paras = paragraphs(7, 40_000);
    const r1 = root(articleHtml(paras));
    const text1 = buildTextIndex(r1).text;
    // 20 quotes of 60–160 chars at spread-out places; the page then gets 3 % edits in each quote.
    const picks = Array.from({ length: 20 }, (_, i) => {
      const start = Math.floor(((i + 0.5) / 20) * (text1.length - 400));
      const s = text1.indexOf(' ', start) + 1;
      return { start: s, end: s + 60 + ((i * 37) % 100) };
    });
    const sels = picks.map((p) => selectorsAt(r1, p.start, p.end));
    let editedHtml = articleHtml(paras);
    sels.forEach((s, i) => {
      editedHtml = editedHtml.replace(s.quote.exact, editText(s.quote.exact, 0.03, i + 1));
    });
    const ctx = createAnchorContext(root(editedHtml));
    const edited = sels.map((s) => anchorHighlight(ctx.root, s, { context: ctx }));
    // Absent: quotes from another article with the same vocabulary.
    const otherRoot = root(articleHtml(paragraphs(99, 20_000)));
    const otherText = buildTextIndex(otherRoot).text;
    const absent = Array.from({ length: 20 }, (_, i) => {
      const s = otherText.indexOf(' ', i * 900) + 1;
      return anchorHighlight(ctx.root, selectorsAt(otherRoot, s, s + 60 + ((i * 41) % 100)), { context: ctx });
    });
    const editedScores = edited.map((a) => a?.score ?? 0);
    console.log(`edited-quote scores: min ${Math.min(...editedScores).toFixed(3)}; absent quotes anchored: ${absent.filter(Boolean).length}/20 (threshold ${ACCEPT_THRESHOLD})`);
    expect(edited.filter(Boolean).length).toBe(20);
    expect(Math.min(...editedScores)).toBeGreaterThan(ACCEPT_THRESHOLD);
    expect(absent.filter(Boolean)).toHaveLength(0);
  });
});
