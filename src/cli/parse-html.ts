import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Parses an HTML string into a live `Document` in Node, for the CLI, tests, eval and bench.
 *
 * jsdom (parse5, the HTML standard's parser) rather than happy-dom: real pages are malformed in
 * every way, and only a spec parser builds the same tree the browser does (happy-dom stopped
 * reading one corpus page at an `<svg><style>` and lost 98% of its text). Scripts never run and
 * no subresource is fetched: page content is hostile. Page console noise and CSS the parser
 * cannot read are dropped.
 */
export function parseHtml(html: string, url: string): { document: Document; close: () => Promise<void> } {
  const dom = new JSDOM(html, {
    url: safeBaseUrl(url),
    contentType: 'text/html',
    virtualConsole: new VirtualConsole(),
  });
  return {
    document: dom.window.document as unknown as Document,
    close: async () => dom.window.close(),
  };
}

/** jsdom needs an absolute URL; anything that is not http(s) becomes a neutral placeholder. */
function safeBaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : 'http://localhost/';
  } catch {
    return 'http://localhost/';
  }
}
