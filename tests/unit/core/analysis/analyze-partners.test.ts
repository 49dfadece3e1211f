import { describe, expect, it } from 'vitest';
import cueData from '../../../../src/core/data/credit-cues.json';
import { isWireByline } from '../../../../src/core/analysis/byline-signals';
import { writtenNameForDomain } from '../../../../src/core/analysis/domain-written-name';
import { FILLER_EN, FILLER_ZH, analyze, signals } from './helpers';

const FILLER_DE = '<p>Der Stadtrat hat am Dienstag nach langer Debatte über Verkehr, Schulen und Wohnkosten den neuen Haushalt für die kommenden zwei Jahre beschlossen, wie ein Sprecher der Stadt mitteilte.</p>'.repeat(3);
const FILLER_JA = '<p>市議会は火曜日、交通や住宅費をめぐる長い議論の末に、今後二年間の新しい予算案を賛成多数で可決したと市の担当者が明らかにした。</p>'.repeat(3);

describe('a partner publication\'s logo on a portal', () => {
  it('names the partner whose logo links to its home page', () => {
    const r = analyze(`<article><h1>Title</h1><p class="partnerlogo"><a href="https://www.homeandgarden.example/?xid=portal"><img src="/p.png" alt="Home and Garden"></a></p>${FILLER_EN}</article>`, 'https://lifestyle.portal.example.com/a');
    expect(signals(r)).toContain('provider-logo');
    expect(r.isRepost).toBe(true);
    expect(r.original).toMatchObject({ publisher: 'Home and Garden', url: 'https://www.homeandgarden.example/' });
  });

  it('takes the part of a two-script name that names the site (Gazette／ガゼット)', () => {
    const r = analyze(`<article>${FILLER_JA}<div class="provider-logo"><a href="http://www.gazette.example/"><img alt="Gazette／ガゼット"></a></div></article>`, 'https://news.portal.example.jp/a/1');
    expect(r.original.publisher).toBe('Gazette');
  });

  it('traps: a sponsor logo whose name is not its site, a partner logo linked to an article, the site\'s own logo', () => {
    const sponsor = analyze(`<article>${FILLER_EN}<div class="partner-logo"><a href="https://www.shop.example/"><img alt="Presented by Acme Sneakers"></a></div></article>`, 'https://news.example.com/a');
    expect(sponsor.isRepost).toBe(false);
    const teaser = analyze(`<article>${FILLER_EN}<div class="partner-logo"><a href="https://www.homeandgarden.example/2020/another-story"><img alt="Home and Garden"></a></div></article>`, 'https://news.example.com/a');
    expect(teaser.isRepost).toBe(false);
    const own = analyze(`<article>${FILLER_EN}<div class="source-logo"><a href="https://www.example.com/"><img alt="Example"></a></div></article>`, 'https://news.example.com/a');
    expect(own.isRepost).toBe(false);
  });
});

describe('a byline crediting wires without naming one', () => {
  it('"<Site> wire services" with an agency photo credit: wire copy of that agency', () => {
    const r = analyze(`<article><div class="byline-section"><span class="publication">Daily Example wire services</span></div><figure><img src="/a.jpg"><div class="image-credit">Jane Doe, Associated Press</div></figure>${FILLER_EN}</article>`, 'https://www.dailyexample.com/a');
    expect(r.isRepost).toBe(true);
    expect(r.kind).toBe('wire-copy');
    expect(r.original.publisher).toMatch(/^(?:The )?Associated Press$/);
  });

  it('"Agencias" as the byline, no photo credit: wire copy, named by the byline', () => {
    const r = analyze(`<article><div class="author">Agencias</div>${FILLER_EN}</article>`, 'https://www.diario.example.es/a');
    expect(r.isRepost).toBe(true);
    expect(r.kind).toBe('wire-copy');
  });

  it('every wire-byline phrase of the table is recognized as a whole byline and as its last words', () => {
    for (const [lang, phrases] of Object.entries(cueData.categories['wire-byline'])) {
      for (const p of phrases) {
        expect(isWireByline(p), `${lang}: ${p}`).toBe(true);
        if (!/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u.test(p)) expect(isWireByline(`Daily Example ${p}`), `${lang}: … ${p}`).toBe(true);
      }
    }
    expect(isWireByline('Jane Doe')).toBe(false);
    expect(isWireByline('Services Editor')).toBe(false);
  });
});

describe('a press release carried by a release portal', () => {
  it('the press office line names the issuing organization on the next line', () => {
    const r = analyze(`<article><h1>Neue Batterie</h1><p>Dr. Erika Muster Abteilung Öffentlichkeitsarbeit</p><p>Gesellschaft für Beispielforschung e.V.</p>${FILLER_DE}<p>Pressemitteilung 12/2023</p></article>`, 'https://www.presseportal.example.de/news/1');
    expect(r.isRepost).toBe(true);
    expect(r.kind).toBe('press-release');
    expect(r.original.publisher).toBe('Gesellschaft für Beispielforschung e.V');
  });

  it('trap: a press office line without release words, and the site\'s own press office', () => {
    const noRelease = analyze(`<article><p>Dr. Erika Muster Abteilung Öffentlichkeitsarbeit</p><p>Gesellschaft für Beispielforschung e.V.</p>${FILLER_DE}</article>`, 'https://www.zeitung.example.de/a');
    expect(noRelease.isRepost).toBe(false);
    const own = analyze(`<article><p>Press Office, Example University</p>${FILLER_EN}<p>Press release</p></article>`, 'https://www.example-university.edu/news/1', '<meta property="og:site_name" content="Example University">');
    expect(own.isRepost).toBe(false);
  });
});

describe('naming the original', () => {
  it('a zh outlet\'s reporter voice (X记者了解到) names the outlet of a mirrored article', () => {
    const r = analyze(`<div><p>原标题：某地警方破获电诈案</p><p><img src="http://5b0988e595225.cdn.sohucs.com/images/a.jpg"></p><p>南方晨报记者了解到，今年7月，当地警方接到报案。</p>${FILLER_ZH}<p>南方晨报记者从警方获悉，嫌疑人已被抓获。</p></div>`, 'http://www.caiji.example.com/post/1.html');
    expect(r.isRepost).toBe(true);
    expect(r.original.publisher).toBe('南方晨报');
  });

  it('a translation credit with the writer beside it: the writer is the original\'s author', () => {
    const r = analyze(`<article>${FILLER_EN}<p>TEXT BY JANE ROE TRANSLATION BY TARO YAMADA</p></article>`, 'https://magazine.example.jp/a');
    expect(r.kind).toBe('translation');
    expect(r.original.publisher ?? r.original.author).toBe('Jane Roe');
  });

  it('a credit that is only a link gets the name the article writes for the linked site', () => {
    expect(writtenNameForDomain('Die Firma Beispielwerke GmbH hat … Beispielwerke plant …', 'www.beispielwerk.de')).toBe('Beispielwerke GmbH');
    expect(writtenNameForDomain('Nothing about it here.', 'www.beispielwerk.de')).toBeUndefined();
    const r = analyze(`<article><p>Acme Cells LLC will build a new plant, Acme Cells said on Monday.</p>${FILLER_EN}<p>Quelle: <a href="https://www.acmecell.example/news/2022/plant">https://www.acmecell.example/news/2022/plant</a></p></article>`, 'https://www.portal.example.de/a');
    expect(r.original.publisher).toBe('Acme Cells LLC');
  });
});
