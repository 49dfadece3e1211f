import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../../src/core/text/text-index';
import { analyzePage } from '../../../../src/core/analysis/analyze-page';
import { loadHtml } from '../../../helpers/load-html';
import { analyze, FILLER_ZH, signals } from './helpers';

const BLOG = 'https://someone.github.io/posts/1/';

describe('Chinese reprint statements and the chain', () => {
  it('rebuilds the seed-style chain: original → editor → platform → this site', () => {
    const head = '<meta property="og:site_name" content="某某的博客"><meta property="article:author" content="趣头条">';
    const body = `<span class="author">趣头条</span>${FILLER_ZH}
      <p><img src="https://cors.example.workers.dev/?http://static.1sapp.com/qupost/images/a.jpg"></p>
      <p>（本文转载于【某县公安在线】，经【某某融媒】编辑，如有侵权请联系我们删除。）</p>`;
    const r = analyze(body, BLOG, head);
    expect(r.verdict).toBe('repost');
    expect(r.chain.map((h) => [h.role, h.name])).toEqual([
      ['original', '某县公安在线'], ['editor', '某某融媒'], ['platform', '趣头条'], ['this-site', '某某的博客'],
    ]);
    expect(r.original.publisher).toBe('某县公安在线');
    const statement = r.evidence.find((e) => e.signal === 'zh-reprint-statement');
    expect(statement?.text).toBe('本文转载于【某县公安在线】，经【某某融媒】编辑');
    expect(signals(r)).toContain('proxied-platform-cdn');
  });

  it('gives text evidence offsets into buildTextIndex(doc.body).text', () => {
    const url = 'https://news.example.com/a.html';
    const doc = loadHtml(`<html><body>${FILLER_ZH}<p>来源：新京报</p></body></html>`, url);
    const r = analyzePage(doc, url);
    const ev = r.evidence.find((e) => e.signal === 'zh-source-line');
    expect(ev?.location.kind).toBe('text');
    if (ev?.location.kind === 'text') expect(buildTextIndex(doc.body).text.slice(ev.location.start, ev.location.end)).toBe(ev.text);
    expect(r.original.publisher).toBe('新京报');
  });

  it('normalizes an outlet lead (IT 之家 = IT之家) and finds the platform in the author field', () => {
    const r = analyze(`<span class="author">ZAKER</span><p>IT 之家 9 月 12 日消息，微软今天发布了更新。</p>${FILLER_ZH}`, BLOG);
    expect(r.verdict).toBe('repost');
    expect(r.chain[0]).toMatchObject({ role: 'original', name: 'IT之家' });
    expect(r.chain.some((h) => h.role === 'platform' && h.name === 'ZAKER')).toBe(true);
  });

  it('takes 原标题 and the 原文链接 URL', () => {
    const r = analyze(`${FILLER_ZH}<p>原标题：某市推出新政策</p><p>原文链接：<a href="https://www.uisdc.com/some-post">某文章</a></p><p>本文由 @某作者 授权发布于人人都是产品经理。</p>`, BLOG);
    expect(r.isRepost).toBe(true);
    expect(r.original.title).toBe('某市推出新政策');
    expect(r.original.url).toBe('https://www.uisdc.com/some-post');
  });

  it('reads CMS source metas and wire datelines', () => {
    const r = analyze(`<p>新华社北京2月29日电 国务院印发通知。</p>${FILLER_ZH}`, 'https://news.163.com/20/0229/a.html', '<meta name="source" content="来源：人民日报">');
    expect(r.isRepost).toBe(true);
    expect(signals(r)).toEqual(expect.arrayContaining(['cms-source-meta', 'zh-wire-dateline']));
    expect(r.chain[0]).toMatchObject({ role: 'wire', name: '新华社' });
  });

  it('finds platform boilerplate off-platform', () => {
    const r = analyze(`${FILLER_ZH}<p>本文由百家号作者上传并发布，百家号仅提供信息发布平台。</p>`, BLOG);
    expect(r.isRepost).toBe(true);
    expect(r.chain.some((h) => h.role === 'platform' && h.name === '百家号')).toBe(true);
  });
});

describe('Chinese traps: self-references and notices are not reposts', () => {
  it('来源：本站 is not a repost', () => {
    const r = analyze(`<p>来源：本站</p>${FILLER_ZH}`, 'https://www.example.cn/news/1.html');
    expect(r.verdict).toBe('original');
  });

  it("the outlet's own name as 来源 is not a repost", () => {
    const r = analyze(`<p>来源：新华网</p>${FILLER_ZH}`, 'http://www.xinhuanet.com/politics/a.htm', '<meta property="og:site_name" content="新华网">');
    expect(r.isRepost).toBe(false);
  });

  it('a 新华社 dateline on xinhuanet.com is the original', () => {
    const r = analyze(`<p>新华社北京2月29日电 国务院印发通知。</p>${FILLER_ZH}`, 'http://www.news.cn/politics/a.htm');
    expect(r.isRepost).toBe(false);
  });

  it('本报讯 marks own reporting', () => {
    const r = analyze(`<p>本报讯（记者 张三）昨日，市里召开会议。</p>${FILLER_ZH}`, 'https://paper.example.cn/a.html');
    expect(r.verdict).toBe('original');
    expect(signals(r)).toContain('zh-own-report');
  });

  it('an anti-reprint notice alone is not evidence of a repost', () => {
    const r = analyze(`${FILLER_ZH}<p>未经授权，禁止转载。转载请注明出处。</p>`, 'https://www.example.cn/a.html');
    expect(r.isRepost).toBe(false);
  });

  it('IT之家 lead on ithome.com is not a repost', () => {
    const r = analyze(`<p>IT之家 1 月 2 日消息，微软发布补丁。</p>${FILLER_ZH}`, 'https://www.ithome.com/0/1/2.htm');
    expect(r.isRepost).toBe(false);
  });

  it('图片来源 is a photo credit, not a source', () => {
    const r = analyze(`${FILLER_ZH}<p>图片来源：视觉中国</p>`, 'https://www.example.cn/a.html');
    expect(r.isRepost).toBe(false);
  });
});
