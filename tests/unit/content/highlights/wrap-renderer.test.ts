import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../helpers/load-html';
import { buildTextIndex, rangeFromOffsets } from '../../../../src/core/text/text-index';
import { createWrapRenderer } from '../../../../src/content/highlights/wrap-renderer';
import { paintNames } from '../../../../src/content/highlights/paint-names';

const PAGE = '<html><body><article id="a"><p>The <b>quick</b> brown fox <a href="https://x.test/">jumps over</a> the lazy dog.<br>Second line here.</p><p>敏捷的棕色狐狸跳过了懒狗。</p></article></body></html>';

/** A range over the first occurrence of `text` in the article. */
function rangeOf(doc: Document, text: string): Range {
  const index = buildTextIndex(doc.getElementById('a') as Element);
  const start = index.text.indexOf(text);
  if (start < 0) throw new Error(`no "${text}"`);
  return rangeFromOffsets(index, start, start + text.length) as Range;
}

/** Every node under the article with its identity, for an exact before/after comparison. */
function snapshot(doc: Document): { nodes: Node[]; html: string } {
  const root = doc.getElementById('a') as Element;
  const nodes: Node[] = [];
  const walker = doc.createTreeWalker(root, 0xffffffff);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  return { nodes, html: root.innerHTML };
}

describe('createWrapRenderer', () => {
  it('wraps text across element boundaries and line breaks, and restores the DOM exactly', () => {
    const doc = loadHtml(PAGE);
    const before = snapshot(doc);
    const r = createWrapRenderer(doc);
    r.add('h1', rangeOf(doc, 'quick brown fox jumps'), 'ffe066');
    const marks = [...doc.querySelectorAll(paintNames().markTag)];
    expect(marks.map((m) => m.textContent).join('')).toBe('quick brown fox jumps');
    expect(marks.every((m) => (m.getAttribute('style') ?? '').includes('background-color: #ffe066'))).toBe(true);
    expect(r.rangeOf('h1')?.toString()).toBe('quick brown fox jumps');
    r.remove('h1');
    const after = snapshot(doc);
    expect(after.html).toBe(before.html);
    // Same node objects, same count: the split text nodes were joined back, nothing normalised away.
    expect(after.nodes).toEqual(before.nodes);
    expect(after.nodes.every((n, i) => n === before.nodes[i])).toBe(true);
  });

  it('restores overlapping highlights removed in either order', () => {
    for (const order of [['a', 'b'], ['b', 'a']]) {
      const doc = loadHtml(PAGE);
      const before = snapshot(doc);
      const r = createWrapRenderer(doc);
      r.add('a', rangeOf(doc, 'brown fox jumps over the'), '8ce99a');
      r.add('b', rangeOf(doc, 'fox jump'), '74c0fc');
      expect(r.rangeOf('b')?.toString()).toBe('fox jump');
      for (const id of order) r.remove(id as string);
      expect(doc.querySelectorAll(paintNames().markTag).length).toBe(0);
      expect(snapshot(doc).html).toBe(before.html);
      expect(snapshot(doc).nodes.every((n, i) => n === before.nodes[i])).toBe(true);
    }
  });

  it('keeps text nodes the page had split apart', () => {
    const doc = loadHtml('<html><body><article id="a"><p>x</p></article></body></html>');
    const p = doc.querySelector('p') as HTMLParagraphElement;
    p.append(doc.createTextNode('alpha '), doc.createTextNode('beta'));
    const r = createWrapRenderer(doc);
    r.add('h', rangeOf(doc, 'pha be'), 'ffe066');
    r.remove('h');
    expect([...p.childNodes].map((n) => n.textContent)).toEqual(['x', 'alpha ', 'beta']);
  });

  it('wraps CJK text, recolours, hit-tests by the clicked node, and reports removed text', () => {
    const doc = loadHtml(PAGE);
    const r = createWrapRenderer(doc);
    r.add('zh', rangeOf(doc, '棕色狐狸'), 'ffe066');
    const mark = doc.querySelector(paintNames().markTag) as Element;
    expect(mark.textContent).toBe('棕色狐狸');
    r.setColor('zh', 'faa2c1');
    expect(mark.getAttribute('style')).toContain('background-color: #faa2c1');
    expect(r.hitTest(0, 0, mark.firstChild)).toBe('zh');
    expect(r.hitTest(0, 0, doc.querySelector('b'))).toBeNull();
    expect(r.collapsed()).toEqual([]);
    mark.parentElement?.remove();
    expect(r.collapsed()).toEqual(['zh']);
    r.clear();
    expect(r.ids()).toEqual([]);
  });
});
