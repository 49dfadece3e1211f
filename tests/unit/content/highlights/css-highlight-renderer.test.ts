import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../helpers/load-html';
import { buildTextIndex, rangeFromOffsets } from '../../../../src/core/text/text-index';
import { createCssHighlightRenderer, detectCssHighlightApi, highlightName, type HighlightLike } from '../../../../src/content/highlights/css-highlight-renderer';

const n = (key: string): string => highlightName(key);

class FakeHighlight implements HighlightLike {
  ranges = new Set<Range>();
  add(r: Range) { this.ranges.add(r); }
  delete(r: Range) { return this.ranges.delete(r); }
  get size() { return this.ranges.size; }
}

function setup(fromPoint?: (x: number, y: number) => unknown[]) {
  const registry = new Map<string, HighlightLike>() as Map<string, HighlightLike> & { highlightsFromPoint?: (x: number, y: number) => unknown[] };
  if (fromPoint) registry.highlightsFromPoint = fromPoint;
  const renderer = createCssHighlightRenderer({ registry, create: () => new FakeHighlight() });
  const doc = loadHtml('<html><body><p id="p">Alpha <em>beta</em> gamma delta.</p></body></html>');
  const index = buildTextIndex(doc.body);
  const range = (text: string) => {
    const i = index.text.indexOf(text);
    return rangeFromOffsets(index, i, i + text.length) as Range;
  };
  return { registry, renderer, doc, range };
}

describe('createCssHighlightRenderer', () => {
  it("registers one highlight per colour under the page load's random name and leaves the registry empty when cleared", () => {
    const { registry, renderer, doc, range } = setup();
    const html = doc.body.innerHTML;
    renderer.add('a', range('Alpha beta'), 'ffe066');
    renderer.add('b', range('gamma'), 'ffe066');
    renderer.add('c', range('delta'), '74c0fc');
    expect([...registry.keys()].sort()).toEqual([n('74c0fc'), n('ffe066')].sort());
    expect(registry.get(n('ffe066'))?.size).toBe(2);
    expect(doc.body.innerHTML).toBe(html); // the page DOM is untouched
    renderer.setColor('c', 'ffe066');
    expect([...registry.keys()]).toEqual([n('ffe066')]);
    renderer.remove('a');
    expect(registry.get(n('ffe066'))?.size).toBe(2);
    renderer.clear();
    expect(registry.size).toBe(0);
    expect(renderer.ids()).toEqual([]);
  });

  it('keeps its own copy of the range and reports ranges the page emptied', () => {
    const { renderer, doc, range } = setup();
    const r = range('gamma');
    renderer.add('g', r, 'ffe066');
    r.collapse(true);
    expect(renderer.rangeOf('g')?.toString()).toBe('gamma');
    expect(renderer.collapsed()).toEqual([]);
    (doc.getElementById('p') as Element).textContent = 'replaced';
    expect(renderer.collapsed()).toEqual(['g']);
  });

  it('hit-tests through highlightsFromPoint when present', () => {
    let answer: unknown[] = [];
    const { registry, renderer, range } = setup(() => answer);
    renderer.add('a', range('Alpha'), 'ffe066');
    renderer.add('b', range('delta'), '74c0fc');
    const target = renderer.rangeOf('b') as Range;
    answer = [{ highlight: registry.get(n('74c0fc')), ranges: [target] }];
    // happy-dom has no layout: the rects test cannot pick, so the answer came from the API.
    Object.defineProperty(target, 'getClientRects', { value: () => [{ left: 0, right: 10, top: 0, bottom: 10, width: 10, height: 10 }] });
    expect(renderer.hitTest(5, 5)).toBe('b');
    answer = [];
    expect(renderer.hitTest(5, 5)).toBeNull();
  });

  it('detects a missing API', () => {
    expect(detectCssHighlightApi({} as typeof globalThis)).toBeNull();
  });
});
