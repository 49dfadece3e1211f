import { Window } from 'happy-dom';

/**
 * Parses an HTML string into a live `Document` in Node, for the CLI, tests, eval and bench.
 *
 * A fresh happy-dom Window with scripts, styles, frames and navigation disabled: page content is
 * hostile and must never run. We write into the Window's own document rather than use DOMParser,
 * whose documents in happy-dom 21 return empty text from `Range.toString()`.
 */
export function parseHtml(html: string, url: string): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url: safeBaseUrl(url),
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  return {
    document: window.document as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}

/** happy-dom needs an absolute URL; anything else becomes about:blank. */
function safeBaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : 'about:blank';
  } catch {
    return 'about:blank';
  }
}
