/**
 * A very cheap pre-check the content script runs before `analyzePage`, so web apps, search pages
 * and 100,000-node pages cost almost nothing: a few selector look-ups and live-collection lengths,
 * never a walk of the tree.
 */
export function looksLikeArticle(doc: Document): boolean {
  try {
    const ogType = doc.querySelector('meta[property="og:type" i]')?.getAttribute('content')?.toLowerCase() ?? '';
    if (/article|news|blog|post/.test(ogType)) return true;
    if (doc.querySelector('meta[property="article:published_time" i], meta[name="pubdate" i], meta[name="publishdate" i], meta[name="source" i], meta[name="ContentSource" i]')) return true;
    if (doc.querySelector('script[type="application/ld+json" i]')) return true;
    if (doc.getElementsByTagName('article').length > 0) return true;
    // Plain pages with running text: enough paragraphs, but not a 10,000-paragraph app dump.
    const paragraphs = doc.getElementsByTagName('p').length;
    return paragraphs >= 4;
  } catch {
    return false;
  }
}
