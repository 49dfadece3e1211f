/**
 * The IndexedDB schema, one interface per version (idb's typed DBSchema). Only the background
 * opens this database: a content script's `indexedDB` would be the page's, not ours.
 *
 * v1: `pages` — the last analysis report of each page, keyed by normalised URL.
 * v2: `highlights` — the user's highlights (W3C-style selectors), indexed by page, by original
 *     article URL, by fingerprint bucket (multiEntry) and by time.
 * v3: no new store; highlight ids become canonical lower-case (two ids differing only in case
 *     were two records; they merge, newer wins). The `pages` history is bounded from v3 on
 *     (pages-repo.ts prunes on every write).
 * v4: no new store; highlight colours rewritten to the canonical preset hex (core/colors).
 */
import type { DBSchema } from 'idb';
import type { Highlight } from '../core/anchoring/types';
import type { PageReport } from '../messaging/protocol';

export const DB_NAME = 'repost-lens';
export const DB_VERSION = 4;

export type PageRecord = { url: string; report: PageReport; updated: number };

export interface DbV1 extends DBSchema {
  pages: { key: string; value: PageRecord; indexes: { 'by-updated': number } };
}

/**
 * A highlight as stored: the record plus the LSH bucket keys of its article fingerprint, so that
 * copies of the same article (whose fingerprints are similar, not equal) meet in an index.
 */
export type StoredHighlight = Highlight & { buckets: string[] };

export interface DbV2 extends DBSchema {
  pages: DbV1['pages'];
  highlights: {
    key: string;
    value: StoredHighlight;
    indexes: {
      'by-page': string;
      'by-original': string;
      'by-bucket': string;
      'by-updated': number;
    };
  };
}

/** v3 changes data, not shape. */
export type DbV3 = DbV2;

/** The current schema. */
export type Db = DbV3;
