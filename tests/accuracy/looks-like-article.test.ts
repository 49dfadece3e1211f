import { describe, expect, it } from 'vitest';
import { looksLikeArticle } from '../../src/core/analysis/looks-like-article';
import { parseHtml } from '../../src/cli/parse-html';
import { loadLabels, readCorpusPage } from '../helpers/corpus';
import { appShellHtml, hugePageHtml, searchResultsHtml } from '../bench/gen-pages';

/**
 * The content script's pre-check must let every corpus page through (all are articles, reposts or
 * originals) and stop the generated non-article pages the bench measures.
 */
describe('looksLikeArticle', () => {
  it('passes every corpus page', async () => {
    const labels = loadLabels();
    const failed: string[] = [];
    for (const [path, label] of Object.entries(labels)) {
      if (!path.endsWith('.html')) continue;
      const { document, close } = parseHtml(readCorpusPage(path), label.url);
      if (!looksLikeArticle(document)) failed.push(path);
      await close();
    }
    expect(Object.keys(labels).length).toBeGreaterThan(50);
    expect(failed).toEqual([]);
  });

  it.each([
    ['a web app shell', appShellHtml()],
    ['a search results page', searchResultsHtml()],
    ['a 100,000-node data page', hugePageHtml()],
  ])('stops %s', async (_name, html) => {
    const { document, close } = parseHtml(html, 'https://app.example.com/');
    expect(looksLikeArticle(document)).toBe(false);
    await close();
  });
});
