import { afterEach } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';

const open: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()));
});

/** An HTML string as a live Document (scripts disabled), closed after the test. */
export function loadHtml(html: string, url = 'https://example.com/article'): Document {
  const { document, close } = parseHtml(html, url);
  open.push(close);
  return document;
}
