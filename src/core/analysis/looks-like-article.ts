/**
 * A very cheap pre-check the content script runs before `analyzePage`, so web apps, search pages
 * and 100,000-node pages cost almost nothing: a few selector look-ups and live-collection lengths,
 * never a walk of the tree.
 */
export function looksLikeArticle(doc: Document): boolean {
  try {
    if (doc.getElementsByTagName('article').length > 0) return true;
    // Metas live in the head: a bounded look at the first ones, no selector engine.
    const metas = doc.getElementsByTagName('meta');
    for (let i = 0; i < metas.length && i < 200; i++) {
      const el = metas[i] as Element;
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
      if (key === 'og:type' && /article|news|blog|post/i.test(el.getAttribute('content') ?? '')) return true;
      if (/^(?:article:published_time|pubdate|publishdate|source|contentsource)$/.test(key)) return true;
    }
    const scripts = doc.getElementsByTagName('script');
    for (let i = 0; i < scripts.length && i < 100; i++) {
      if (/ld\+json/i.test(scripts[i]?.getAttribute('type') ?? '')) return true;
    }
    // Plain pages with running text: enough paragraphs, but not a 10,000-paragraph app dump.
    const paragraphs = doc.getElementsByTagName('p').length;
    return paragraphs >= 4;
  } catch {
    return false;
  }
}
