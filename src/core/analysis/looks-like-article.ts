/**
 * A very cheap pre-check the content script runs before `analyzePage`, so web apps, search pages
 * and 100,000-node pages cost almost nothing: it looks at the head's own children and at most a few
 * hundred elements near the top of the body (breadth-first), never at the whole tree.
 */
const MAX_VISITED = 400;

function headSaysArticle(head: Element | null): boolean {
  if (!head) return false;
  const children = head.children;
  for (let i = 0; i < children.length && i < 300; i++) {
    const el = children[i] as Element;
    if (el.localName === 'meta') {
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
      if (key === 'og:type' && /article|news|blog|post/i.test(el.getAttribute('content') ?? '')) return true;
      if (/^(?:article:published_time|pubdate|publishdate|source|contentsource)$/.test(key)) return true;
    } else if (el.localName === 'script' && /ld\+json/i.test(el.getAttribute('type') ?? '')) {
      return true;
    }
  }
  return false;
}

/** Whether the page looks like an article worth analysing. */
export function looksLikeArticle(doc: Document): boolean {
  try {
    if (headSaysArticle(doc.head)) return true;
    const body = doc.body;
    if (!body) return false;
    // Bounded breadth-first look: <article>/<main> or several paragraphs near the top.
    const queue: Element[] = [body];
    let paragraphs = 0;
    for (let visited = 0; queue.length && visited < MAX_VISITED; visited++) {
      const el = queue.shift() as Element;
      if (el.localName === 'article') return true;
      if (el.localName === 'p' && (el.textContent?.length ?? 0) > 20 && ++paragraphs >= 4) return true;
      const children = el.children;
      for (let i = 0; i < children.length && queue.length < MAX_VISITED; i++) queue.push(children[i] as Element);
    }
    return false;
  } catch {
    return false;
  }
}
