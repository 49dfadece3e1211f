import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../src/cli/parse-html';
import { analyzePage } from '../../../../src/core/analysis/analyze-page';
import { looksLikeArticle } from '../../../../src/core/analysis/looks-like-article';
import type { PageAnalysis } from '../../../../src/core/analysis/types';
import { loadHtml } from '../../../helpers/load-html';
import { analyze, FILLER_EN } from './helpers';

/** Every URL in the result is http(s). */
function allUrls(r: PageAnalysis): string[] {
  return [r.url, r.original.url, ...r.chain.map((h) => h.url)].filter((u): u is string => !!u);
}

describe('hostile and broken pages never throw', () => {
  it('a page without head', () => {
    const doc = loadHtml(`<body>${FILLER_EN}<p>来源：新京报</p></body>`, 'https://a.example.com/x');
    const r = analyzePage(doc, 'https://a.example.com/x');
    expect(r.verdict).toBe('repost');
  });

  it('a frameset answers unknown with the problem noted', () => {
    const doc = loadHtml('<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>', 'https://a.example.com/');
    const r = analyzePage(doc, 'https://a.example.com/');
    expect(r.verdict).toBe('unknown');
    expect(r.problems.join(' ')).toMatch(/frameset|too little text/);
  });

  it('malformed JSON-LD is noted, not thrown', () => {
    const r = analyze(FILLER_EN, 'https://a.example.com/x', '<script type="application/ld+json">{"@type":"NewsArticle", "isBasedOn": [ oops </script>');
    expect(r.problems.join(' ')).toMatch(/JSON-LD/);
    expect(r.verdict).toBe('original');
  });

  it('JSON-LD isBasedOn on another domain is read (with trailing commas)', () => {
    const r = analyze(FILLER_EN, 'https://a.example.com/x', '<script type="application/ld+json">{"@type":"NewsArticle","isBasedOn":{"url":"https://origin-news.org/story"},}</script>');
    expect(r.isRepost).toBe(true);
    expect(r.original.url).toBe('https://origin-news.org/story');
  });

  it('javascript: and invalid URLs are never reported', () => {
    const r = analyze(`${FILLER_EN}<p>This story originally appeared on <a href="javascript:alert(1)">Evil</a>.</p><img src="http://[::1">`,
      'https://a.example.com/x', '<link rel="canonical" href="javascript:alert(1)"><meta name="original-source" content="ht!tp://bad">');
    for (const u of allUrls(r)) expect(u).toMatch(/^https?:\/\//);
    expect(r.original.url).toBeUndefined();
  });

  it('a javascript: page URL gives no cross-domain claims and no bad URL', () => {
    const doc = loadHtml(`<body>${FILLER_EN}</body>`, 'https://a.example.com/');
    const r = analyzePage(doc, 'javascript:alert(1)');
    expect(r.url).toBe('');
    expect(r.problems.join(' ')).toMatch(/not http/);
  });

  it('zero-width and RTL characters inside names', () => {
    const r = analyze(`${FILLER_EN}<p>来源：\u200b新\u200d京报\u202e</p>`, 'https://a.example.com/x');
    expect(r.original.publisher).toBe('新京报');
  });

  it('an enormous inline script is ignored', () => {
    const r = analyze(`<script>${'var a = "来源：新京报";'.repeat(50_000)}</script>${FILLER_EN}`, 'https://a.example.com/x');
    expect(r.isRepost).toBe(false);
  });

  it('a 100,000-node page finishes', { timeout: 120_000 }, () => {
    const rows = '<div><span>cell</span></div>'.repeat(50_000);
    const doc = loadHtml(`<html><body>${rows}<p>来源：新京报</p></body></html>`, 'https://a.example.com/x');
    const t0 = performance.now();
    const r = analyzePage(doc, 'https://a.example.com/x');
    // happy-dom walks ~100x slower than a browser; this guards against hangs, not the live budget.
    expect(performance.now() - t0).toBeLessThan(60_000);
    expect(r.verdict).toBeDefined();
    const t1 = performance.now();
    looksLikeArticle(doc);
    expect(performance.now() - t1).toBeLessThan(50);
  });
});

describe('looksLikeArticle', () => {
  it('is true for article pages and false for an app shell', () => {
    expect(looksLikeArticle(loadHtml('<html><head><meta property="og:type" content="article"></head><body></body></html>'))).toBe(true);
    expect(looksLikeArticle(loadHtml(`<html><body><article>${FILLER_EN}</article></body></html>`))).toBe(true);
    expect(looksLikeArticle(loadHtml('<html><body><div id="app"><button>Sign in</button></div></body></html>'))).toBe(false);
  });
});

describe('looksLikeArticle around a wide element', () => {
  const para = '<p>The committee met again on Thursday to discuss the budget and the new transit plan.</p>';
  const menu = `<ul class="menu">${'<li><a href="#">Item</a></li>'.repeat(500)}</ul>`;

  it('finds the article beside a 500-item list, and a flat body of paragraphs', () => {
    expect(looksLikeArticle(loadHtml(`<html><body>${menu}<div class="content"><div>${para.repeat(5)}</div></div></body></html>`))).toBe(true);
    expect(looksLikeArticle(loadHtml(`<html><body><nav>${menu}</nav><main><article><h1>T</h1></article></main></body></html>`))).toBe(true);
    expect(looksLikeArticle(loadHtml(`<html><body>${para.repeat(450)}</body></html>`))).toBe(true);
    expect(looksLikeArticle(loadHtml(`<html><body><div id="list">${'<section><h2>Part</h2>' + para.repeat(4) + '</section>'}${'<section><h2>Part</h2></section>'.repeat(450)}</div></body></html>`))).toBe(true);
  });

  it('finds JSON-LD and article metas that a broken head left in the body', () => {
    expect(looksLikeArticle(loadHtml('<html><body><div>x</div><script type="application/ld+json">{}</script></body></html>'))).toBe(true);
    expect(looksLikeArticle(loadHtml('<html><body><div>x</div><meta property="og:type" content="article"></body></html>'))).toBe(true);
  });

  it('stops a grid of 1,000 rows and a page of short paragraphs', () => {
    expect(looksLikeArticle(loadHtml(`<html><body><div id="grid">${'<div class="row"><span>1</span><span>GET /api</span></div>'.repeat(1000)}</div></body></html>`))).toBe(false);
    expect(looksLikeArticle(loadHtml(`<html><body>${'<p>Short.</p>'.repeat(500)}</body></html>`))).toBe(false);
  });
});

describe('looksLikeArticle markers (the selector list is written out: every part is pinned here)', () => {
  // A spec DOM (jsdom): happy-dom ignores the selectors' case-blind `i` flag, browsers do not.
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });
  const page = (head: string, body = '<div id="app"><button>Go</button></div>'): Document => {
    const { document, close } = parseHtml(`<html><head>${head}</head><body>${body}</body></html>`, 'https://example.com/a');
    closers.push(close);
    return document;
  };

  it.each(['article:published_time', 'pubdate', 'publishdate', 'source', 'contentsource'])('the publication meta %s, by property= or name=, any case', (key) => {
    expect(looksLikeArticle(page(`<meta property="${key}" content="x">`))).toBe(true);
    expect(looksLikeArticle(page(`<meta name="${key.toUpperCase()}" content="x">`))).toBe(true);
    expect(looksLikeArticle(page(`<meta name="${key}-not" content="x">`))).toBe(false);
  });

  it.each(['article', 'news', 'blog', 'post', 'NewsArticle'])('og:type containing %s', (type) => {
    expect(looksLikeArticle(page(`<meta property="og:type" content="${type}">`))).toBe(true);
    expect(looksLikeArticle(page(`<meta name="OG:TYPE" content="${type}">`))).toBe(true);
  });

  it('no other og:type, and no marker at all, is not an article', () => {
    expect(looksLikeArticle(page('<meta property="og:type" content="website">'))).toBe(false);
    expect(looksLikeArticle(page('<meta property="og:title" content="article">'))).toBe(false);
    expect(looksLikeArticle(page('<script type="application/json">{}</script>'))).toBe(false);
  });

  it('<article> and JSON-LD in any case of its type', () => {
    expect(looksLikeArticle(page('', '<article><h1>T</h1></article>'))).toBe(true);
    expect(looksLikeArticle(page('<script type="Application/LD+JSON">{}</script>'))).toBe(true);
  });

  it('four paragraphs of text among the first sixty, not three', () => {
    const long = '<p>This paragraph carries more than twenty characters.</p>';
    expect(looksLikeArticle(page('', long.repeat(4)))).toBe(true);
    expect(looksLikeArticle(page('', long.repeat(3)))).toBe(false);
    expect(looksLikeArticle(page('', '<p>Short.</p>'.repeat(60) + long.repeat(4)))).toBe(false);
  });
});
