import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../../src/core/figures/find-figures';
import { readArabic } from '../../../../src/core/figures/numerals';
import { guessLanguage } from '../../../../src/core/figures/language';

/** The single figure found in `text` (read in `lang`) whose text contains `needle`. */
function fig(text: string, needle: string, lang?: string) {
  const found = findFigures(text, lang).filter((f) => f.text.includes(needle));
  expect(found, `${needle} in ${text}`).toHaveLength(1);
  return found[0]!;
}

describe('numbers in each language’s conventions', () => {
  it.each([
    ['1,234.5', '.', false, 1234.5],
    ['1.234,5', '.', false, 1234.5],
    ['1.234,5', ',', true, 1234.5],
    ['12,6', ',', true, 12.6],
    ['7.900', ',', true, 7900],
    ['7.900', '.', false, 7.9],
    ['1,074', ',', true, 1.074],
    ['1,000', '.', false, 1000],
    ['45 000', ',', true, 45000],
    ['45 000', '.', false, 45],
    ['1\u202f000', '.', false, 1000],
    ["1'000'000", '.', false, 1e6],
    ['1,234,567', ',', true, 1234567],
    ['3.14', ',', true, 3.14],
  ] as const)('%s with decimal %s → %d', (text, decimal, spaces, value) => {
    expect(readArabic(text, 0, decimal, spaces)?.value).toBe(value);
  });

  it.each([
    ['Die Regierung gibt 1.234,5 Millionen Euro aus.', '1.234,5 Millionen Euro', 'de', 1234500000, 'EUR'],
    ['Die Inflation lag bei 3,4 Prozent.', '3,4 Prozent', 'de', 3.4, '%'],
    ['Am Marsch nahmen 45 000 Menschen teil.', '45 000 Menschen', 'de', 45000, 'people'],
    ['El país debe 1.234,5 millones de dólares.', '1.234,5 millones de dólares', 'es', 1234500000, 'USD'],
    ['La deuda pública subió un 12,6 %.', '12,6 %', 'es', 12.6, '%'],
    ['La dette atteint 1,3 milliard de gourdes.', '1,3 milliard de gourdes', 'fr', 1.3e9, 'HTG'],
    ['Inflacja wyniosła 4,2 proc.', '4,2 proc.', 'pl', 4.2, '%'],
    ['Budżet to 2 mld zł.', '2 mld zł', 'pl', 2e9, 'PLN'],
    ['Потери составили более 3 млн рублей.', '3 млн рублей', 'ru', 3e6, 'RUB'],
    ['売上高は前年の７割に達した。', '７割', 'ja', 70, '%'],
    ['全長は12・5メートルある。', '12・5メートル', 'ja', 12.5, 'm'],
    ['예산은 3만 명에게 지원된다.', '3만 명', 'ko', 30000, '명'],
  ] as const)('%s → %s', (text, needle, lang, value, unit) => {
    expect(fig(text, needle, lang)).toMatchObject({ value, unit });
  });

  it('reads ranges in every language', () => {
    expect(fig('Er wiegt 80 bis 90 kg.', '80 bis 90', 'de')).toMatchObject({ value: 80, valueTo: 90, unit: 'kg' });
    expect(fig('预计增长10%至15%。', '10%至15%', 'zh')).toMatchObject({ value: 10, valueTo: 15, unit: '%' });
    expect(fig('Il faut de 10 à 15 jours.', '10 à 15 jours', 'fr')).toMatchObject({ value: 10, valueTo: 15, unit: 'day' });
  });

  it('flags approximation and bounds in every language', () => {
    for (const [text, needle, lang] of [
      ['Près de 45 tonnes ont été utilisées.', '45 tonnes', 'fr'],
      ['Es kamen mehr als 200 Menschen.', '200 Menschen', 'de'],
      ['Llegaron más de 300 personas.', '300 personas', 'es'],
      ['Przyszło około 500 osób.', '500 osób', 'pl'],
      ['Пришли более 200 человек.', '200 человек', 'ru'],
      ['約300人が参加した。', '300人', 'ja'],
      ['挽回经济损失逾400万元。', '400万元', 'zh'],
    ] as const) {
      expect(fig(text, needle, lang).approx, text).toBe(true);
    }
  });

  it('does not read a day of the month as a figure', () => {
    expect(findFigures('Las protestas fueron convocadas el 22 de abril.', 'es')).toEqual([]);
    expect(findFigures('Am 16. Juni kam es zum Streik.', 'de')).toEqual([]);
  });
});

describe('labels that name the measured thing', () => {
  const label = (text: string, needle: string, lang?: string) => fig(text, needle, lang).label;

  it('spaced languages: the noun phrase the number counts, or the of-complement', () => {
    expect(label('Im Jahr 2020 gab es 162.000 Alleinerziehende in Österreich.', '162.000', 'de')).toBe('Alleinerziehende');
    expect(label('Dabei gingen 44 Prozent der Gene verloren.', '44 Prozent', 'de')).toBe('Gene');
    expect(label('Obtuvo más del 60 por ciento de los votos en el balotaje.', '60 por ciento', 'es')).toBe('votos');
    expect(label('The survey found 58 percent of women said no.', '58 percent', 'en')).toBe('women');
    expect(label('About 850 Israeli settlers live in the city.', '850', 'en')).toBe('Israeli settlers');
  });

  it('spaced languages: the subject of the clause, never the words that follow', () => {
    expect(label('The total population of the country is around 1.36 billion.', '1.36 billion', 'en')).toBe('total population');
    expect(label('Die Staatsverschuldung stieg auf 2,3 Milliarden Euro.', '2,3 Milliarden', 'de')).toBe('Staatsverschuldung');
    expect(label('La deuda pública creció un 12,6 % en 2023.', '12,6 %', 'es')).toBe('deuda pública');
  });

  it('ages are labelled as ages in the page’s language', () => {
    expect(label('Annie Lee Cooper, a 54-year-old motel maid, wanted to vote.', '54', 'en')).toBe('age (motel maid)');
    expect(label('Die 26-Jährige gewann erneut.', '26', 'de')).toBe('Alter (Jährige)');
  });

  it('zh/ja: the noun after a classifier, the subject before 比, words from Intl.Segmenter', () => {
    expect(label('将引入10000个国际顶尖品牌，培育进口品牌。', '10000个', 'zh')).toBe('国际顶尖品牌');
    expect(label('甲醇车产生的PM2.5排放比传统汽车要低80%之多。', '80%', 'zh')).toContain('排放');
    expect(label('自爆攻撃が起き、31人が死亡した。', '31人', 'ja')).toBe('死亡');
    expect(label('今年1至8月，全市电信网络诈骗案件立案数同比下降12.1%。', '12.1%', 'zh')).toBe('立案数');
  });

  it('labels are short: at most six words, at most ten CJK characters', () => {
    const long = findFigures('The new very large and extremely expensive public transport system of the northern region cost $4.2 million.', 'en')[0]!;
    expect(long.label.split(' ').length).toBeLessThanOrEqual(6);
    const zh = findFigures('据报道，谷歌开发的人工智能程序AlphaGo提供了历史对弈中大约3000万记棋谱。', 'zh')[0]!;
    expect(zh.label.length).toBeLessThanOrEqual(10);
  });
});

describe('page language', () => {
  it('follows the text when the declared language is the CMS default', () => {
    const de = 'Der Autor schildert darin die Nachkriegszeit aus der Sicht eines Jungen, und die Stadt war damals noch nicht so groß wie heute, sagt er. Die Menschen haben mit dem Wiederaufbau begonnen.';
    expect(guessLanguage(de, 'en')).toBe('de');
    expect(guessLanguage('The man said that the city was not as big as it is today, and the people had begun to rebuild it.', 'en')).toBe('en');
    expect(guessLanguage('中位の3番目の世帯は約1万2000円となっています。')).toBe('ja');
    expect(guessLanguage('全市电信网络诈骗案件立案数同比下降。')).toBe('zh');
  });
});

describe('every convention of issue 9, one example each', () => {
  it.each([
    ['full-width digits and ％', '增长率为１２．５％。', '１２．５％', 'zh', { value: 12.5, unit: '%' }],
    ['割 and 分 (tenths, hundredths)', '支持率は7割5分に達した。', '7割5分', 'ja', { value: 75, unit: '%' }],
    ['full-width 割', '売上は３割減った。', '３割', 'ja', { value: 30, unit: '%' }],
    ['兆 in Chinese', '全年GDP达到1.2兆元。', '1.2兆元', 'zh', { value: 1.2e12, unit: 'CNY' }],
    ['兆 in Japanese', '国の借金は1200兆円を超えた。', '1200兆円', 'ja', { value: 1.2e15, unit: 'JPY' }],
    ['억', '예산은 3억 원이다.', '3억 원', 'ko', { value: 3e8, unit: 'KRW' }],
    ['tys.', 'Na wiec przyszło 12 tys. osób.', '12 tys. osób', 'pl', { value: 12000, unit: 'people' }],
    ['mln', 'Budżet wynosi 3,5 mln zł.', '3,5 mln zł', 'pl', { value: 3.5e6, unit: 'PLN' }],
    ['Mio.', 'Der Umsatz stieg auf 4,5 Mio. Euro.', '4,5 Mio. Euro', 'de', { value: 4.5e6, unit: 'EUR' }],
    ['Mrd.', 'Der Bund zahlt 2,3 Mrd. Euro.', '2,3 Mrd. Euro', 'de', { value: 2.3e9, unit: 'EUR' }],
    ['milliards', 'La dette atteint 3 milliards d’euros.', '3 milliards d’euros', 'fr', { value: 3e9, unit: 'EUR' }],
    ['space thousands (fr)', 'Il y a 45 000 habitants.', '45 000 habitants', 'fr', { value: 45000 }],
    ['narrow no-break space thousands', 'La ville compte 45\u202f000 habitants.', '45\u202f000 habitants', 'fr', { value: 45000 }],
    ['apostrophe thousands', 'Die Schweiz zählt 8’700’000 Einwohner.', '8’700’000 Einwohner', 'de', { value: 8.7e6 }],
    ['dot thousands (de)', 'Rund 1.200 Menschen kamen.', 'Rund 1.200 Menschen', 'de', { value: 1200, approx: true }],
    ['range with –', 'Prices rose 10–15% last year.', '10–15%', 'en', { value: 10, valueTo: 15, unit: '%' }],
    ['range with a (es)', 'Se esperan de 10 a 20 grados.', '10 a 20 grados', 'es', { value: 10, valueTo: 20 }],
    ['range with del … al (es)', 'La tasa pasó del 11,71% al 18,17%.', '11,71% al 18,17%', 'es', { value: 11.71, valueTo: 18.17, unit: '%' }],
    ['près de', 'Il a perdu près de 3 kilos.', 'près de 3 kilos', 'fr', { value: 3, approx: true }],
    ['około', 'Zginęło około 40 osób.', 'około 40 osób', 'pl', { value: 40, approx: true }],
    ['более', 'Погибли более 30 человек.', 'более 30 человек', 'ru', { value: 30, approx: true }],
    ['逾', '逾300人参加。', '逾300人', 'zh', { value: 300, approx: true }],
    ['近', '近50%的企业亏损。', '近50%', 'zh', { value: 50, approx: true }],
    ['超过', '超过200家企业参与。', '超过200家', 'zh', { value: 200, approx: true }],
    ['90+', '90+ costumes for Halloween', '90+', 'en', { value: 90, approx: true }],
  ] as const)('%s', (_what, text, needle, lang, expected) => {
    expect(fig(text, needle, lang)).toMatchObject(expected);
  });

  it('keeps 3+2 a score, and 50:50 odds are not a clock time', () => {
    expect(fig('The score was 3+2 today', '3+2', 'en')).toMatchObject({ kind: 'score', value: 3, valueTo: 2 });
    expect(fig('Habeck bezifferte die Chancen erneut auf 50:50.', '50:50', 'de')).toMatchObject({ kind: 'score', value: 50 });
    expect(findFigures('Der Zug fährt um 08:44:36 ab.', 'de')).toEqual([]);
  });

  it('drops the sides of a dimension and 4K resolutions, keeps 713k projects', () => {
    const found = findFigures('I play at 2,560 by 1,440 pixels. Those 4K textures are big. We saw 713k projects.', 'en');
    expect(found.map((f) => f.text)).toEqual(['713k']);
  });
});
