import type { TextIndex } from '../text/text-index';
import { nodeIndexAt } from '../text/text-index';
import { toHttpUrl } from './registrable-domain';

/**
 * The first off-site http(s) link whose text lies in `[start, end + slack)` of the text index:
 * "来源：<a href=…>新京报</a>", "originally appeared on <a>The Atlantic</a>", "原文链接：<a>…</a>",
 * "…can be read <a>here</a>". Walks the indexed text nodes, so it costs only the nodes in range.
 */
export function findLinkNear(
  index: TextIndex, start: number, end: number, baseUrl: string, isOwn: (url: string) => boolean, slack = 60,
): string | undefined {
  let i = nodeIndexAt(index, start);
  if (i < 0) return undefined;
  const limit = end + slack;
  for (let steps = 0; i < index.nodes.length && (index.starts[i] ?? Infinity) < limit && steps < 40; i++, steps++) {
    const anchor = index.nodes[i]?.parentElement?.closest('a[href]');
    if (!anchor) continue;
    const url = toHttpUrl(anchor.getAttribute('href'), baseUrl);
    if (url && !isOwn(url)) return url;
  }
  return undefined;
}
