import { describe, expect, it } from 'vitest';
import { findFigures, finishLabel } from '../../../../src/core/figures/find-figures';

/** The single figure found in `text` whose text contains `needle`. */
function fig(text: string, needle: string) {
  const found = findFigures(text).filter((f) => f.text.includes(needle));
  expect(found, `${needle} in ${text}`).toHaveLength(1);
  return found[0]!;
}

describe('numbers and magnitudes', () => {
  it.each([
    ['共有一千二百名群众参加。', '一千二百名', 1200, '名'],
    ['增长三成。', '三成', 30, '%'],
    ['较去年增长两成。', '两成', 20, '%'],
    ['占比百分之三十。', '百分之三十', 30, '%'],
    ['总额达329万2500元。', '329万2500元', 3292500, 'CNY'],
    ['营收1,234.5亿元。', '1,234.5亿元', 123450000000, 'CNY'],
    ['规模超过1.5万亿元。', '1.5万亿元', 1.5e12, 'CNY'],
    ['It raised $4.2 million in damages.', '$4.2 million', 4200000, 'USD'],
    ['The project has 713k users.', '713k', 713000, 'users'],
    ['a loan of US$1 billion to the city', 'US$1 billion', 1e9, 'USD'],
    ['売上高は約300万円だった。', '300万円', 3000000, 'JPY'],
  ])('%s → %s', (text, needle, value, unit) => {
    expect(fig(text, needle)).toMatchObject({ value, unit });
  });

  it('reads ranges and scores', () => {
    expect(fig('预计需要3至5年完成。', '3至5')).toMatchObject({ value: 3, valueTo: 5 });
    expect(fig('They moved 500-600 metric tons of it.', '500-600')).toMatchObject({ value: 500, valueTo: 600, unit: 't' });
    expect(fig('The Senate voted 67-31 to pass it.', '67-31')).toMatchObject({ kind: 'score', value: 67, valueTo: 31 });
    expect(fig('主队以77比73获胜。', '77比73')).toMatchObject({ kind: 'score' });
  });
});

describe('approximation, percent and percentage points', () => {
  it('keeps approximation as a flag', () => {
    expect(fig('挽回经济损失400余万元。', '400余万元')).toMatchObject({ value: 4000000, approx: true, kind: 'money' });
    expect(fig('有上千人到场。', '上千人')).toMatchObject({ value: 1000, approx: true });
    expect(fig('More than 200 people died.', '200 people')).toMatchObject({ approx: true, value: 200 });
    expect(fig('It took 12 hours.', '12 hours').approx).toBe(false);
  });

  it('never confuses percent with percentage points', () => {
    expect(fig('环比上涨0.3个百分点。', '0.3个百分点')).toMatchObject({ kind: 'percentage-point', unit: 'pp' });
    expect(fig('The rate rose 0.3 percentage points.', '0.3 percentage points')).toMatchObject({ kind: 'percentage-point' });
    expect(fig('The rate rose 3 percent.', '3 percent')).toMatchObject({ kind: 'percent', unit: '%' });
  });
});

describe('money, counts and units', () => {
  it.each([
    ['售价299美元。', '299美元', 'USD', 'money'],
    ['A ticket costs €15.', '€15', 'EUR', 'money'],
    ['It sold for £2,000.', '£2,000', 'GBP', 'money'],
    ['抓获犯罪嫌疑人718名。', '718名', '名', 'count'],
    ['发生事故15起。', '15起', '起', 'count'],
    ['全长27680公里。', '27680公里', 'km', 'measure'],
    ['Police held 718 suspects.', '718 suspects', 'suspects', 'count'],
    ['The drive is 190 kilometers long.', '190 kilometers', 'km', 'measure'],
    ['死者は12人に上った。', '12人', '人', 'count'],
  ])('%s → %s', (text, needle, unit, kind) => {
    expect(fig(text, needle)).toMatchObject({ unit, kind });
  });
});

describe('changes and direction', () => {
  it.each([
    ['立案数同比下降12.1%。', '12.1%', 'down'],
    ['营收同比增长8%。', '8%', 'up'],
    ['Sales fell by 5% last year.', '5%', 'down'],
    ['Revenue rose 12% year on year.', '12%', 'up'],
    ['売上高は前年比5%増となった。', '5%', 'up'],
    ['利益は前年比3%減。', '3%', 'down'],
    ['The price is 20% of the total.', '20%', 'none'],
  ])('%s → %s', (text, needle, direction) => {
    expect(fig(text, needle).direction).toBe(direction);
  });

  it('distributes an enumeration over its figures', () => {
    const found = findFigures('今年以来，破案、抓获数同比分别上升8%、22.3%。');
    expect(found.map((f) => [f.label, f.value, f.direction])).toEqual([
      ['破案数', 8, 'up'],
      ['抓获数', 22.3, 'up'],
    ]);
  });

  it('labels Chinese figures with the noun phrase before them and English ones with the noun after', () => {
    expect(fig('今年，全市挽回经济损失400余万元。', '400余万元').label).toBe('挽回经济损失');
    expect(fig('Police arrested 718 suspects in May.', '718').label).toBe('suspects');
    expect(fig('Derailments rose 12% last year.', '12%').label).toBe('Derailments');
  });
});

describe('not figures', () => {
  it.each([
    ['发布时间：2023年9月12日 10:30', 'date and time'],
    ['今年1至8月，形势平稳。', 'month range'],
    ['In 2019, the group was founded.', 'year'],
    ['Published Sept. 12, 2024', 'English date'],
    ['联系电话：0371-12345678', 'phone'],
    ['京ICP备12345678号 网站标识码4100000001', 'ICP and site code'],
    ['Windows 11 and iPhone 15 run on M1 with AGESA 1207.', 'models'],
    ['1. First item\n2. Second item', 'list numbering'],
    ['As shown in [3], it works.', 'footnote'],
    ['阅读 1234 点赞 56', 'page counters'],
    ['See https://example.com/a/12345/page for details.', 'url'],
  ])('%s (%s)', (text) => {
    expect(findFigures(text)).toEqual([]);
  });

  it('still finds a real figure next to a date', () => {
    const found = findFigures('2023年9月12日，全市共抓获犯罪嫌疑人718名。');
    expect(found.map((f) => f.text)).toEqual(['718名']);
  });
});

describe('recognition and noise rules (2nd pass)', () => {
  const texts = (text: string) => findFigures(text).map((f) => f.text);

  it('reads capitalised magnitudes and "N more <unit>"', () => {
    expect(fig('NASA Receives $18 Billion in Spending Bill', '$18')).toMatchObject({ value: 18e9, unit: 'USD' });
    expect(fig("so that we don't go 20 more years without a raise", '20')).toMatchObject({ text: '20 more years', unit: 'year' });
  });

  it('reads a change word before 高达/达/of as the direction', () => {
    expect(fig('三年内增幅高达149%。', '149%')).toMatchObject({ direction: 'up' });
    expect(fig('It received an increase of $320 million.', '$320 million')).toMatchObject({ direction: 'up' });
    expect(fig('販売台数は前年比で3.5%減少した。', '3.5%')).toMatchObject({ direction: 'down', basis: true });
  });

  it('keeps a stated bound without a noun from 100 up, not below', () => {
    expect(texts("The number killed by terrorism? It's less than 100.")).toEqual(['less than 100']);
    expect(texts('He had seen more than 10.')).toEqual([]);
  });

  it('drops glued letter magnitudes that count nothing (resolutions, models)', () => {
    expect(texts('It renders games in native 4K than its rival.')).toEqual([]);
    expect(texts('powered by an Intel Core i7 4790k CPU')).toEqual([]);
    expect(texts('The library is used by 713k projects.')).toEqual(['713k']);
  });

  it('drops single-digit counts of nouns outside the unit table, keeps table units and larger counts', () => {
    expect(texts('7 outrageous credit cards if you have excellent credit')).toEqual([]);
    expect(texts('Officers found 5 people and 12 equations.')).toEqual(['5 people', '12']);
  });

  it('drops reading times, gallery counters, fractions, time zones and names with numbers', () => {
    expect(texts('5 min read')).toEqual([]);
    expect(texts('Slideshow ( 15 images )')).toEqual([]);
    expect(texts('billboards that run 24/7 for businesses')).toEqual([]);
    expect(texts('lifted off at 8:51 p.m. (1451 GMT) from Baikonur')).toEqual([]);
    expect(texts('right as Apollo 11 approached the moon, after Senate Bill 10 passed')).toEqual([]);
    expect(texts('About 20 minutes later, some 300 people arrived.')).toEqual(['About 20 minutes', 'some 300 people']);
  });

  it('reads a number in CJK text next to an underscore (not a URL) and Star as a unit', () => {
    expect(fig('1.2亿次下载，近3万Star的开源项目是为何会_死_掉？', '3万')).toMatchObject({ value: 30000, unit: 'stars', approx: true });
    expect(texts('详见 http://example.com/a_2024_5.html 页面')).toEqual([]);
  });
});

describe('labels: what a figure measures', () => {
  const labels = (text: string) => findFigures(text).map((f) => [f.text, f.label]);

  it('zh: drops leading time, place, agency and category prefixes', () => {
    expect(labels('今年1至8月，全市电信网络诈骗案件立案数同比下降12.1%，为群众挽回经济损失400余万元。')).toEqual([
      ['12.1%', '立案数'],
      ['400余万元', '挽回经济损失'],
    ]);
    expect(labels('新京报讯2019年篮球世界杯17-32名排位赛')[0]?.[1]).toBe('篮球世界杯');
    expect(labels('2019年上半年，本市社会消费品零售总额达到3000亿元。')[0]?.[1]).toBe('社会消费品零售总额');
  });

  it('zh: a change without its own noun measures the figure before it; a later figure is not read as a label', () => {
    expect(labels('上半年，公司实现合约销售金额1056.2亿元，同比增长8.8%。')).toEqual([
      ['1056.2亿元', '公司实现合约销售金额'],
      ['8.8%', '公司实现合约销售金额'],
    ]);
  });

  it('ja: the subject before 前年比 / 前年同月比 is the label, shared by the figure after it', () => {
    expect(labels('売上高は前年比12%増の500億円だった。')).toEqual([
      ['12%', '売上高'],
      ['500億円', '売上高'],
    ]);
    expect(labels('国内の新車販売台数は前年同月比3.5%減の40万台だった。')[0]?.[1]).toBe('国内の新車販売台数');
  });

  it('zh: a long label is cut near the number, never inside a Latin word', () => {
    const label = findFigures('据报道，谷歌开发的人工智能程序AlphaGo提供了历史对弈中大约3000万记棋谱。')[0]!.label;
    expect(label.length).toBeLessThanOrEqual(14);
    expect(label).not.toMatch(/^[a-z]/);
  });

  it('en: a count noun or the clause before the number', () => {
    expect(labels('Police arrested 718 suspects last year.')[0]?.[1]).toBe('suspects');
  });
});

describe('unit table spellings', () => {
  it('reads both spellings of a unit written once with (s)', () => {
    expect(fig('a 1 terabyte hard drive', '1 terabyte')).toMatchObject({ unit: 'TB' });
    expect(fig('two drives of 2 terabytes each', '2 terabytes')).toMatchObject({ unit: 'TB' });
    expect(fig('It fell 0.3 percentage point.', '0.3')).toMatchObject({ unit: 'pp' });
    expect(fig('It fell 0.5 percentage points.', '0.5')).toMatchObject({ unit: 'pp' });
    expect(fig('抓获犯罪嫌疑人718名。', '718名')).toMatchObject({ unit: '名', cls: 'person' });
  });
});

describe('labels: reading what a figure measures', () => {
  const label = (text: string, needle: string, lang: string): string => {
    const found = findFigures(text, lang, { deferLabels: true }).filter((f) => f.text.includes(needle));
    expect(found, `${needle} in ${text}`).toHaveLength(1);
    return finishLabel(found[0]!);
  };

  it('keeps a Latin product name whole in a CJK label', () => {
    expect(label('2商品「Anker Nebula Capsule Pro」（税込44,900円）をレンタルした。', '44,900円', 'ja')).toBe('Anker Nebula Capsule Pro');
  });

  it('leaves no punctuation or open quote at the ends of a CJK label', () => {
    const l = label('まず、使用環境に合わせて「Micro」「Display」「Text」の3種類が用意された。', '3種類', 'ja');
    expect(l).toBe('Display・Text');
  });

  it('cleans the ends of a CJK label after cutting it to ten characters', () => {
    const l = label('前面這一區約可搭上十二帳/車/廳 後面那區也大約4~5帳/車/廳', '4~5', 'zh');
    expect(l).not.toMatch(/^[/・、，]/);
    expect(l.length).toBeGreaterThanOrEqual(2);
  });

  it('replaces a Japanese predicate fragment by the noun after the count', () => {
    expect(label('ロケット弾も撃ち込まれ31人死亡', '31人', 'ja')).toBe('死亡');
    expect(label('句読点も含め4万字すべてをデザインし直した。', '4万字', 'ja')).toBe('字');
  });

  it('labels a bracketed clause by the term before the bracket', () => {
    expect(label('QLC（1セルあたり4ビット）と64層の3D NAND技術を用いた', '4ビット', 'ja')).toBe('QLC');
  });

  it('skips qualifiers before the counted noun, and takes the clause before a lone figure after a comma', () => {
    expect(label('Amazon ran 300 such Prime promotions last year.', '300', 'en')).toBe('Prime promotions');
    expect(label('Eastern Michigan rolled past Northern Illinois, 45-17, on Tuesday night.', '45-17', 'en')).toContain('Northern Illinois');
  });

  it('reads the subject before a relative clause ("that sold in September was")', () => {
    expect(label('Average price of a home that sold in September was $640,479', '$640,479', 'en')).toBe('Average price');
    expect(label('He said that sales were down by 30 per cent.', '30 per cent', 'en')).toBe('sales');
  });

  it('keeps the head noun of a German subject', () => {
    expect(label('Das Genom dieser Pflanze bestehe zu etwa 90 Prozent aus solchen Bausteinen.', '90 Prozent', 'de')).toContain('Genom');
  });
});
