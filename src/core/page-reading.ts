/**
 * One reading of the page: the text index of the body, the article root and the text index of
 * the article root, each computed at most once and shared by everything that needs them in one
 * pass (the analysis, the key figures, the article key, anchoring, scroll-to). Lazy: a part
 * nobody asks for is never computed. A reading is a snapshot; take a new one after the page
 * changed (`stillCurrent` tells whether the nodes it indexed are still in the document).
 */
import { findArticleRoot } from './text/article-root';
import { buildTextIndex, type TextIndex } from './text/text-index';

export type PageReading = {
  readonly doc: Document;
  /** `buildTextIndex(doc.body)`: offsets of analysis evidence and key figures refer to it. */
  bodyIndex(): TextIndex;
  /** `findArticleRoot(doc, bodyIndex())`. */
  articleRoot(): Element;
  /** `buildTextIndex(articleRoot())`: the article text of highlights and the article fingerprint. */
  articleIndex(): TextIndex;
  /** False once indexed text nodes left the document (the page re-rendered): read again. */
  stillCurrent(): boolean;
};

/** Starts a reading of `doc` (nothing is computed until asked). */
export function readPage(doc: Document): PageReading {
  let body: TextIndex | undefined;
  let root: Element | undefined;
  let article: TextIndex | undefined;
  const bodyElement = (): Element => doc.body ?? doc.documentElement;
  const reading: PageReading = {
    doc,
    bodyIndex: () => (body ??= buildTextIndex(bodyElement())),
    articleRoot: () => (root ??= findArticleRoot(doc, reading.bodyIndex())),
    articleIndex() {
      if (article) return article;
      const r = reading.articleRoot();
      article = r === bodyElement() ? reading.bodyIndex() : buildTextIndex(r);
      return article;
    },
    stillCurrent() {
      if (root && !root.isConnected) return false;
      const index = body ?? article;
      if (!index) return true;
      const { nodes } = index;
      // The first, middle and last node: a re-render replaces them all, an edit rarely matters.
      return [nodes[0], nodes[nodes.length >> 1], nodes[nodes.length - 1]].every((n) => !n || n.isConnected);
    },
  };
  return reading;
}
