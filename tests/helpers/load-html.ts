import { afterEach } from 'vitest';
import { Window } from 'happy-dom';

const open: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()));
});

/**
 * An HTML string as a live Document (scripts disabled), closed after the test.
 *
 * Unit-test fixtures are small pages we write, so the fast happy-dom is enough here (jsdom takes
 * minutes on the 100,000-node robustness page); real corpus pages go through `parseHtml`
 * (src/cli/parse-html.ts, jsdom), whose spec parser reads malformed pages as browsers do.
 * We write into the Window's own document: happy-dom 21's DOMParser documents return empty text
 * from `Range.toString()`.
 */
export function loadHtml(html: string, url = 'https://example.com/article'): Document {
  const window = new Window({
    url: /^https?:/.test(url) ? url : 'https://example.com/',
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
  open.push(() => window.happyDOM.close());
  return window.document as unknown as Document;
}
