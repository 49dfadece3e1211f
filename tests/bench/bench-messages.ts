/**
 * The protocol messages the bench sends, built here in Node and handed to the snippets that run
 * in the browser, so that a unit test can check every one against the protocol
 * (tests/unit/bench/bench-messages.test.ts). A bench that drifts from the protocol otherwise
 * fails only when someone runs it in full (a colour name once stopped it at group 4).
 */
import { randomUUID } from 'node:crypto';
import { makeEnvelope, type Envelope } from '../../src/messaging/envelope';
import type { ContentToBackground, PayloadOf, UiToBackground } from '../../src/messaging/protocol';
import { PRESET_HEXES } from '../../src/core/colors/highlight-colors';

export type SearchQuery = PayloadOf<UiToBackground['searchHighlights']>;
export type LibraryFilter = PayloadOf<UiToBackground['queryLibrary']>['filter'];

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
        color: PRESET_HEXES[0] as string, note: '', created: now, updated: now,
      },
    };
    return makeEnvelope('content-to-background', 'saveHighlight', payload);
  });
}

export function searchEnvelope(query: SearchQuery): Envelope {
  return makeEnvelope('ui-to-background', 'searchHighlights', query);
}

export function libraryEnvelope(filter: LibraryFilter, limit: number): Envelope {
  const payload: PayloadOf<UiToBackground['queryLibrary']> = { filter, offset: 0, limit };
  return makeEnvelope('ui-to-background', 'queryLibrary', payload);
}
