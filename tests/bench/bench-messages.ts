/**
 * The protocol messages the bench sends, built here in Node and handed to the snippets that run
 * in the browser, so that a unit test can check every one against the protocol
 * (tests/unit/bench/bench-messages.test.ts). A bench that drifts from the protocol otherwise
 * fails only when someone runs it in full (a colour name once stopped it at group 4).
 */
import { randomUUID } from 'node:crypto';
import type { Envelope } from '../../src/messaging/envelope';
import type { ContentToBackground, PayloadOf, UiToBackground } from '../../src/messaging/protocol';
import { PRESET_HEXES } from '../../src/core/colors/highlight-colors';

/** The preset colours, as the highlighter and the library store them (the one colour list). */
export const BENCH_COLORS: readonly string[] = PRESET_HEXES;

type SearchQuery = PayloadOf<UiToBackground['searchHighlights']>;
type LibraryFilter = PayloadOf<UiToBackground['queryLibrary']>['filter'];

/** `n` saveHighlight envelopes for distinct passages of the page at `pageUrl`, as the highlighter sends them. */
export function saveEnvelopes(n: number, pageUrl: string, pageTitle: string): Envelope[] {
  const madeOn = new URL(pageUrl).host;
  return Array.from({ length: n }, (_, i) => {
    const exact = `bench quote number ${i} of the saved highlights`;
    const now = Date.now();
    const payload: PayloadOf<ContentToBackground['saveHighlight']> = {
      highlight: {
        id: randomUUID(), article: { pageUrl, fingerprint: 'bench-fp' }, madeOn, pageTitle,
        selectors: { quote: { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' }, position: { type: 'TextPositionSelector', start: i * 100, end: i * 100 + exact.length } },
        color: BENCH_COLORS[0] as string, note: '', created: now, updated: now,
      },
    };
    return { rl: 1, dir: 'content-to-background', type: 'saveHighlight', payload };
  });
}

export function searchEnvelope(query: SearchQuery): Envelope {
  return { rl: 1, dir: 'ui-to-background', type: 'searchHighlights', payload: query };
}

export function libraryEnvelope(filter: LibraryFilter, limit: number): Envelope {
  const payload: PayloadOf<UiToBackground['queryLibrary']> = { filter, offset: 0, limit };
  return { rl: 1, dir: 'ui-to-background', type: 'queryLibrary', payload };
}
