import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../helpers/load-html';
import { describeRange } from '../../../../src/core/anchoring/describe-range';
import { anchorHighlight } from '../../../../src/core/anchoring/anchor-highlight';

const EN = `<article id="a">
  <h1>Night trains return</h1>
  <p>Operators across Europe are bringing back <b>overnight sleeper services</b>, citing demand
     from travellers who want to avoid <a href="/x">short-haul flights</a>.</p>
  <p>The first line<br>opens in <i>December</i> and runs three times a week.</p>
</article>`;

const ZH = `<article id="a"><p>微软确认，Exchange 服务器因为<b>日期检查失败</b>而无法投递邮件。</p>
<p>问题出在恶意软件扫描引擎，版本号“220101001”无法被解析为有符号整数。</p></article>`;

/** A range from the first character of `from` to the end of `to`, found in text nodes. */
function rangeOver(doc: Document, root: Element, from: string, to: string): Range {
  const walker = doc.createTreeWalker(root, 4);
  let startNode: Text | null = null;
  let startOff = 0;
  let n: Node | null;
  const range = doc.createRange();
  while ((n = walker.nextNode())) {
    const t = n as Text;
    if (!startNode && t.data.includes(from)) {
      startNode = t;
      startOff = t.data.indexOf(from);
      range.setStart(t, startOff);
    }
    if (startNode) {
      const searchFrom = t === startNode ? startOff : 0;
      const at = t.data.indexOf(to, searchFrom);
      if (at >= 0) {
        range.setEnd(t, at + to.length);
        return range;
      }
    }
  }
  throw new Error(`fixture text not found: ${from} … ${to}`);
}

describe('describeRange', () => {
  it('describes a selection across <b>, <a> and line breaks, with ≥32 chars of word-bounded context', () => {
    const doc = loadHtml(EN);
    const root = doc.getElementById('a')!;
    const sel = describeRange(root, rangeOver(doc, root, 'bringing', 'short-haul'))!;
    expect(sel.quote.exact).toBe('bringing back overnight sleeper services, citing demand from travellers who want to avoid short-haul');
    expect(sel.quote.prefix.length).toBeGreaterThanOrEqual(32);
    expect(sel.quote.suffix.length).toBeGreaterThanOrEqual(32);
    expect(sel.quote.prefix.endsWith('Operators across Europe are ')).toBe(true);
    expect(sel.quote.prefix).toMatch(/^\S/); // cut at a word boundary, never mid-word
    expect(sel.quote.suffix.startsWith(' flights.')).toBe(true);
    expect(sel.position.end - sel.position.start).toBeGreaterThan(sel.quote.exact.length - 5);
  });

  it('round-trips across <br> and inline elements by position', () => {
    const doc = loadHtml(EN);
    const root = doc.getElementById('a')!;
    const range = rangeOver(doc, root, 'first line', 'December');
    const sel = describeRange(root, range)!;
    expect(sel.quote.exact).toBe('first line\nopens in December');
    const anchored = anchorHighlight(root, sel)!;
    expect(anchored.method).toBe('position');
    expect(anchored.score).toBeGreaterThan(0.95);
    expect(anchored.range.toString()).toBe(range.toString());
  });

  it('describes CJK text (context not extended, no spaces needed)', () => {
    const doc = loadHtml(ZH);
    const root = doc.getElementById('a')!;
    const sel = describeRange(root, rangeOver(doc, root, '日期检查', '邮件'))!;
    expect(sel.quote.exact).toBe('日期检查失败而无法投递邮件');
    expect(sel.quote.prefix).toBe('微软确认，Exchange 服务器因为');
    expect(sel.quote.suffix.length).toBeGreaterThanOrEqual(32);
    const anchored = anchorHighlight(root, sel)!;
    expect(anchored.range.toString()).toBe('日期检查失败而无法投递邮件');
  });

  it('handles element boundaries (a whole <b> selected through its parent)', () => {
    const doc = loadHtml(EN);
    const root = doc.getElementById('a')!;
    const p = root.querySelector('p')!;
    const range = doc.createRange();
    range.setStart(p, 1); // before <b>
    range.setEnd(p, 2); // after <b>
    const sel = describeRange(root, range)!;
    expect(sel.quote.exact).toBe('overnight sleeper services');
  });

  it('returns null for collapsed ranges, ranges outside the root and whitespace-only selections', () => {
    const doc = loadHtml(`<div id="out">outside text</div>${EN}`);
    const root = doc.getElementById('a')!;
    const collapsed = doc.createRange();
    collapsed.setStart(root.querySelector('p')!.firstChild!, 3);
    expect(describeRange(root, collapsed)).toBeNull();
    const outside = doc.createRange();
    outside.selectNodeContents(doc.getElementById('out')!);
    expect(describeRange(root, outside)).toBeNull();
    const blank = doc.createRange();
    blank.setStart(root, 0);
    blank.setEnd(root, 1); // the whitespace text node before <h1>
    expect(describeRange(root, blank)).toBeNull();
  });
});
