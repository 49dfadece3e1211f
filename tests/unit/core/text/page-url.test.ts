import { describe, expect, it } from 'vitest';
import { normalizePageUrl } from '../../../../src/core/text/page-url';

describe('normalizePageUrl', () => {
  it('drops the hash, tracking parameters, default ports, credentials and index files', () => {
    expect(normalizePageUrl('https://News.Example.com:443/a/b/index.html?utm_source=x&utm_medium=y&fbclid=1&gclid=2#comments'))
      .toBe('https://news.example.com/a/b/');
    expect(normalizePageUrl('http://example.com:80/story?spm=a.b.c&id=42')).toBe('http://example.com/story?id=42');
    expect(normalizePageUrl('https://user:pw@example.com/x')).toBe('https://example.com/x');
  });

  it('keeps meaningful query parameters, sorted, and single-page-app routes', () => {
    expect(normalizePageUrl('https://example.com/read?page=2&id=7&UTM_Campaign=z')).toBe('https://example.com/read?id=7&page=2');
    expect(normalizePageUrl('https://app.example.com/#/article/12')).toBe('https://app.example.com/#/article/12');
    expect(normalizePageUrl('https://example.com:8443/a')).toBe('https://example.com:8443/a');
  });

  it('gives one key for the same page reached through different share links', () => {
    const a = normalizePageUrl('https://example.com/2024/05/story.html?from=rss&utm_source=twitter#top');
    const b = normalizePageUrl('https://example.com/2024/05/story.html?from=rss&mc_cid=abc');
    expect(a).toBe(b);
  });

  it('returns null for non-http(s) or malformed input', () => {
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'not a url', '', 'ftp://x.org/a']) {
      expect(normalizePageUrl(bad)).toBeNull();
    }
    expect(normalizePageUrl(42 as unknown as string)).toBeNull();
  });
});
