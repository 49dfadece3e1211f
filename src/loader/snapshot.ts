/**
 * The page as the reader sees it now (after its scripts ran), serialized for the background to
 * analyse off the main thread. One native call (the browser's serializer); capped, because a
 * message has a size limit and a huge page must not cost a huge copy.
 */
import { SNAPSHOT_MAX_CHARS } from '../core/limits';

export function serializePage(doc: Document): string {
  // Reading the serialization, never assigning it: no HTML string goes into the page.
  // eslint-disable-next-line no-restricted-syntax
  const html = doc.documentElement.outerHTML;
  return html.length > SNAPSHOT_MAX_CHARS ? html.slice(0, SNAPSHOT_MAX_CHARS) : html;
}
