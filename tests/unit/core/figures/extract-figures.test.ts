import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../helpers/load-html';
import { extractKeyFigures } from '../../../../src/core/figures/extract-figures';
import { buildTextIndex } from '../../../../src/core/text/text-index';

const filler = '这是一段很长的正文文字，用来让正文区域足够长。'.repeat(3);

describe('extractKeyFigures', () => {
  it('ranks changes and money above plain counts, and locates figures in the body index', () => {
    const doc = loadHtml(`<body><nav><p>导航 共有50个栏目，${filler}</p></nav>
      <article><h1>标题</h1><p>${filler}本地共有图书馆12座。</p><p>今年以来，全市立案数同比下降12.1%，挽回经济损失400余万元。${filler}</p></article>
      <footer><p>版权所有 访问量超过90%的网站 ${filler}</p></footer></body>`);
    const figures = extractKeyFigures(doc);
    expect(figures.map((f) => f.text)).toEqual(['12.1%', '400余万元', '12座']);
    const body = buildTextIndex(doc.body).text;
    for (const f of figures) {
      expect(f.location.kind).toBe('text');
      if (f.location.kind === 'text') expect(body.slice(f.location.start, f.location.end)).toBe(f.text);
    }
    expect(figures[0]).toMatchObject({ direction: 'down', label: '立案数', kind: 'percent', id: 'fig-0' });
  });

  it('merges duplicates of one fact and boosts a figure repeated in the headline', () => {
    const doc = loadHtml(`<body><article><p>${filler}抓获犯罪嫌疑人718名，缴获银行卡300张。</p>
      <p>${filler}此次行动共抓获犯罪嫌疑人718名。</p></article></body>`);
    const plain = extractKeyFigures(doc, { title: '无数字标题' });
    expect(plain.filter((f) => f.value === 718)).toHaveLength(1);
    const withHeadline = extractKeyFigures(doc, { title: '缴获银行卡300张' });
    const card = (list: typeof plain) => list.find((f) => f.value === 300)!.salience;
    expect(card(withHeadline)).toBeGreaterThan(card(plain));
  });

  it('never throws on a page without a body text', () => {
    expect(extractKeyFigures(loadHtml('<body></body>'))).toEqual([]);
  });
});

describe('extractKeyFigures: teasers and variety', () => {
  const para = (t: string): string => `<p>${t} ${'The story goes on with more words for a while. '.repeat(3)}</p>`;

  it('skips blocks that are all link text (teaser headlines) but keeps links inside prose', () => {
    const doc = loadHtml(`<body><article>${para('Officials said 718 suspects were held.')}
      <ul><li><a href="/x">Police seize 2,000 phones in raid</a></li></ul>
      ${para('Losses reached <a href="/r">$4.2 million</a> in the report.')}</article></body>`);
    const texts = extractKeyFigures(doc).map((f) => f.text);
    expect(texts).toContain('718 suspects');
    expect(texts).toContain('$4.2 million');
    expect(texts).not.toContain('2,000');
  });

  it('lets other kinds in among many figures of one kind and unit', () => {
    const prices = ['$100', '$200', '$300', '$400', '$500', '$600', '$700', '$800'].map((p) => `One model costs ${p}.`).join(' ');
    const doc = loadHtml(`<body><article>${para('The console weighs 8.4 pounds and has 12GB of memory.')}${para(prices)}</article></body>`);
    const order = extractKeyFigures(doc).map((f) => f.text);
    // Without the repeat penalty every price (kind weight 5) would rank above the measures (2.5).
    expect(order.indexOf('8.4 pounds')).toBeLessThan(order.indexOf('$800'));
    expect(order.indexOf('12GB')).toBeLessThan(order.indexOf('$800'));
  });
});

describe('extractKeyFigures: what counts as article text', () => {
  const prose = 'The review goes on with more words about the game for a while, and then some more. '.repeat(4);

  it('reads a headline h1 that sits in a <header> inside the article, and keeps its small count', () => {
    const doc = loadHtml(`<body><article><header><h1>These 6 celebrities are refusing to play</h1></header>
      <p>${prose}</p><p>${prose} Only 3 bands said yes.</p></article></body>`);
    const texts = extractKeyFigures(doc).map((f) => f.text);
    expect(texts).toContain('6');
    // A small count outside the headline is still left out.
    expect(texts).not.toContain('3');
  });

  it('keeps linked section headings among the article’s paragraphs, drops a teaser list', () => {
    const doc = loadHtml(`<body><article>
      <p>${prose}</p><h3><a href="/rez">“Rez Infinite” ($30)</a></h3><p>${prose}</p>
      <h3><a href="/thumper">“Thumper” ($20)</a></h3><p>${prose}</p>
      <div class="more"><h3><a href="/x">Ad deal ($99)</a></h3><h3><a href="/y">Other deal ($49)</a></h3></div>
    </article></body>`);
    const figures = extractKeyFigures(doc);
    expect(figures.map((f) => f.text).sort()).toEqual(['$20', '$30']);
    expect(figures.find((f) => f.text === '$30')?.label).toBe('Rez Infinite');
  });

  it('skips a long CJK keyword cloud but reads the prose beside it', () => {
    const cloud = Array.from({ length: 60 }, (_, i) => `热门搜索词${i % 10}号 电影下载${i}集`).join(' ');
    const doc = loadHtml(`<body><div><p>${filler}全市立案数同比下降12.1%，挽回经济损失400余万元。</p><div>${cloud} 一亿三千万人的选择 上映500万元</div></div></body>`);
    const texts = extractKeyFigures(doc).map((f) => f.text);
    expect(texts).toEqual(expect.arrayContaining(['12.1%', '400余万元']));
    expect(texts).not.toContain('500万元');
    expect(texts).not.toContain('一亿三千万人');
  });
});
