import type { Highlight } from '../../src/core/anchoring/types';

/** A valid highlight record with sensible defaults, for tests. */
export function makeHighlight(over: Partial<Highlight> & { id: string }): Highlight {
  const exact = over.selectors?.quote.exact ?? '抓获犯罪嫌疑人718名';
  return {
    article: { pageUrl: 'https://mirror.example.org/posts/1/', fingerprint: 'fp-1' },
    madeOn: 'mirror.example.org',
    pageTitle: '商城县公安：打响反诈新战役',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '今年以来，全县公安机关共', suffix: '，挽回经济损失400余万元。' },
      position: { type: 'TextPositionSelector', start: 120, end: 120 + exact.length },
    },
    color: '#ffe066',
    note: '',
    created: 1_700_000_000_000,
    updated: 1_700_000_000_000,
    ...over,
  };
}
