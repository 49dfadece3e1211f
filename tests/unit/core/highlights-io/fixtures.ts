import { HIGHLIGHT_COLORS, type Highlight } from '../../../../src/core/anchoring/types';

/** A highlight with every field filled in; `n` varies the id and text. */
export function makeHighlight(n: number, over: Partial<Highlight> = {}): Highlight {
  const hex = n.toString(16).padStart(12, '0');
  return {
    id: `3f2b8c1e-7a4d-4e2b-9c1a-${hex}`,
    article: { pageUrl: `https://news.example.com/story/${n}`, fingerprint: 'mh1:' + '0a1b2c3'.repeat(32) },
    madeOn: 'news.example.com',
    pageTitle: `Story ${n}`,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: `quoted text ${n}`, prefix: 'before the quote ', suffix: ' after the quote' },
      position: { type: 'TextPositionSelector', start: 10 * n, end: 10 * n + 13 },
    },
    color: HIGHLIGHT_COLORS[n % HIGHLIGHT_COLORS.length] as string,
    note: '',
    created: 1_700_000_000_123 + n,
    updated: 1_700_000_500_456 + n,
    ...over,
  };
}
