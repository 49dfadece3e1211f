import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../helpers/load-html';
import { anchorAll } from '../../../../src/core/anchoring/anchor-all';
import { describeRange } from '../../../../src/core/anchoring/describe-range';
import { buildTextIndex, rangeFromOffsets } from '../../../../src/core/text/text-index';
import { paintOutcomes } from '../../../../src/content/highlights/paint-outcomes';
import { createWrapRenderer } from '../../../../src/content/highlights/wrap-renderer';

describe('paintOutcomes with the wrapping renderer', () => {
  it('paints many highlights, including overlapping and same-node ones, each over its own text', async () => {
    const doc = loadHtml('<html><body><article><p>Alpha beta gamma delta epsilon zeta eta theta iota kappa.</p><p>Second <i>paragraph</i> with lambda mu nu.</p></article></body></html>');
    const root = doc.querySelector('article') as Element;
    const index = buildTextIndex(root);
    const texts = ['beta gamma', 'delta epsilon zeta', 'epsilon', 'eta theta', 'paragraph with lambda', 'Alpha', 'nu'];
    const inputs = texts.map((t, i) => {
      const start = index.text.indexOf(t);
      return { id: `h${i}`, selectors: describeRange(root, rangeFromOffsets(index, start, start + t.length) as Range) as NonNullable<ReturnType<typeof describeRange>> };
    });
    const outcomes = await anchorAll(root, inputs, { yieldToEvent: () => Promise.resolve() });
    const renderer = createWrapRenderer(doc);
    const painted = paintOutcomes(root, outcomes, renderer, () => 'ffe066');
    expect(painted.sort()).toEqual(inputs.map((h) => h.id).sort());
    for (const [i, t] of texts.entries()) expect(renderer.rangeOf(`h${i}`)?.toString()).toBe(t);
    renderer.clear();
    expect(root.innerHTML).toBe('<p>Alpha beta gamma delta epsilon zeta eta theta iota kappa.</p><p>Second <i>paragraph</i> with lambda mu nu.</p>');
  });
});
