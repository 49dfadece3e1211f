/** Identifies the article on this page, so highlights follow it across its copies. */
import type { ArticleKey } from '../core/anchoring/types';

export function articleKeyOf(doc: Document, originalUrl?: string): ArticleKey | null {
  const url = doc.location?.href ?? '';
  if (!/^https?:/.test(url)) return null;
  return { pageUrl: url.split('#')[0] ?? url, ...(originalUrl ? { originalUrl } : {}), fingerprint: '' };
}
