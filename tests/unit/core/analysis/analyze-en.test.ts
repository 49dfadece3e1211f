import { describe, expect, it } from 'vitest';
import { analyze, FILLER_EN, signals } from './helpers';

describe('English repost signals', () => {
  it('cross-domain canonical', () => {
    const r = analyze(FILLER_EN, 'https://www.msn.com/en-us/news/a', '<link rel="canonical" href="https://www.businessinsider.com/story-2016-11">');
    expect(r.verdict).toBe('repost');
    expect(r.original.url).toBe('https://www.businessinsider.com/story-2016-11');
    expect(r.evidence[0]?.location).toEqual({ kind: 'head' });
  });

  it('www./m. variants of the own domain are not cross-domain', () => {
    const r = analyze(FILLER_EN, 'https://m.example.com/a', '<link rel="canonical" href="https://www.example.com/a"><meta property="og:url" content="https://example.com/a">');
    expect(r.isRepost).toBe(false);
  });

  it('"originally appeared on" with its link', () => {
    const r = analyze(`${FILLER_EN}<p>This article originally appeared on <a href="https://www.theatlantic.com/a/588184/">The Atlantic</a>.</p>`, 'https://www.citylab.com/a/');
    expect(r.isRepost).toBe(true);
    expect(r.original).toMatchObject({ publisher: 'The Atlantic', url: 'https://www.theatlantic.com/a/588184/' });
  });

  it('"republished with permission" and "Provided by"', () => {
    const a = analyze(`${FILLER_EN}<p>This article was originally published on coolimba and has been republished here with permission.</p>`, 'https://www.chocolate.com/view/a');
    expect(a.kind === 'syndicated' || a.kind === 'republished-with-permission').toBe(true);
    expect(a.original.publisher).toBe('coolimba');
    const b = analyze(`<p>© Provided by Business Insider Inc</p>${FILLER_EN}`, 'https://www.msn.com/a');
    expect(b.original.publisher).toBe('Business Insider Inc');
  });

  it('AP dateline and wire byline on another site', () => {
    const r = analyze(`<p>MOSCOW (AP) — A Russian cargo ship broke up after launch.</p>${FILLER_EN}`, 'https://www.yahoo.com/news/a.html');
    expect(r.kind).toBe('wire-copy');
    expect(r.chain[0]).toMatchObject({ role: 'wire', name: 'The Associated Press' });
    const b = analyze(`<div class="byline">By: Paul Wiseman, Fatima Hussein, The Associated Press</div>${FILLER_EN}`, 'https://www.investmentexecutive.com/a/');
    expect(signals(b)).toContain('byline-wire');
  });

  it('"X via JTA —" gives a three-hop chain', () => {
    const r = analyze(`<p>KVELLER via JTA — The state swore in its first justice.</p>${FILLER_EN}`, 'https://www.timesofisrael.com/a/');
    expect(r.chain.map((h) => h.role)).toEqual(['original', 'wire', 'this-site']);
  });

  it('The Conversation tracking pixel', () => {
    const r = analyze(`${FILLER_EN}<img src="https://counter.theconversation.com/content/194596/count.gif?distributor=republish-lightbox-basic">`, 'https://www.example-news.com/a');
    expect(r.isRepost).toBe(true);
    expect(r.original.publisher).toBe('The Conversation');
  });
});

describe('English traps', () => {
  it('"(Reuters) -" on reuters.com is the original', () => {
    const r = analyze(`<p>LOS ANGELES (Reuters) - The film won the top prize.</p>${FILLER_EN}`, 'https://www.reuters.com/article/a');
    expect(r.isRepost).toBe(false);
  });

  it('"originally published at 2:05 p.m." is an update note', () => {
    const r = analyze(`${FILLER_EN}<p>This article was originally published at 2:05 p.m.</p>`, 'https://www.latimes.com/a');
    expect(r.isRepost).toBe(false);
  });

  it('a wire named only in an author bio or a photo caption', () => {
    const r = analyze(`<div class="author-bio">Dan previously worked for the Associated Press and Bloomberg News.</div>
      <figure><img src="/a.jpg"><figcaption class="credit">(Reuters)</figcaption></figure>${FILLER_EN}
      <p>Photo via Associated Press</p>`, 'https://arstechnica.com/a/');
    expect(r.isRepost).toBe(false);
  });

  it('a "Republish this story" widget invites others; it is not a repost', () => {
    const r = analyze(`${FILLER_EN}<aside><h3>Republish This Story</h3><p>Please read before republishing. We love it when people republish our work.</p></aside>`, 'https://forward.com/a/');
    expect(r.isRepost).toBe(false);
  });

  it('"reprinted on Wired.com" means the copy is elsewhere', () => {
    const r = analyze(`${FILLER_EN}<p>This article was reprinted on Wired.com.</p>`, 'https://www.quantamagazine.org/a/');
    expect(r.isRepost).toBe(false);
  });
});
