/**
 * The library's first screen, asked for before anything renders: the page's script starts the
 * query as soon as it runs, so the background reads the newest highlights while Preact builds the
 * page (instead of after the first render and its effects).
 */
import { callBackgroundFromUi } from '../messaging/client';
import type { LibraryPage, Result } from '../messaging/protocol';

/** Highlights per screen: the list grows by this much with "show more" (the DOM never holds 10,000 items). */
export const PAGE_SIZE = 50;

/** Items rendered at once; the rest of the page follows right after the first paint. */
export const FIRST_SCREEN = 12;

export type FirstQuery = Promise<Result<LibraryPage>>;

/** Starts the unfiltered first page (what the library shows on opening). */
export function startFirstQuery(): FirstQuery {
  performance.mark('library-query');
  return callBackgroundFromUi('queryLibrary', { filter: {}, offset: 0, limit: PAGE_SIZE });
}
