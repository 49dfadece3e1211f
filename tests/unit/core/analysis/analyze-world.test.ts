import { describe, expect, it } from 'vitest';
import { analyze, signals } from './helpers';

const FILLER_DE = '<p>Der Stadtrat hat am Dienstag nach langer Debatte über Verkehr, Schulen und Wohnkosten den neuen Haushalt für die kommenden zwei Jahre beschlossen, wie ein Sprecher der Stadt mitteilte.</p>'.repeat(3);
const FILLER_ES = '<p>El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate sobre el transporte y el precio de la vivienda en la ciudad.</p>'.repeat(3);
const FILLER_FR = '<p>Le conseil municipal a adopté mardi le nouveau budget après un long débat sur les transports et le coût du logement dans la ville.</p>'.repeat(3);

describe('agency copy in other languages', () => {
  it('a dpa dateline opening the article', () => {
    const r = analyze(`<article><p>Frankfurt/Main (dpa) - Der Preis geht in diesem Jahr an einen Roman über die alte Bundesrepublik.</p>${FILLER_DE}</article>`, 'https://www.zeitung.example.de/a');
    expect(r.kind).toBe('wire-copy');
    expect(r.chain[0]).toMatchObject({ role: 'wire', name: 'dpa' });
  });

  it('a trailing agency credit with house initials closing the article', () => {
    const r = analyze(`<article>${FILLER_FR}<p>Le produit est utilisé depuis une cinquantaine d'années dans la culture des céréales.</p><p>(ats/nxp)</p></article>`, 'https://www.journal.example.ch/a');
    expect(r.isRepost).toBe(true);
    expect(r.original.publisher).toBe('ATS');
  });

  it('"Fuente: EFE" and a byline "Von: det/dpa"', () => {
    const a = analyze(`<article><h1>Título</h1><p>Fuente: EFE</p>${FILLER_ES}</article>`, 'https://www.diario.example.cl/a');
    expect(a.chain[0]).toMatchObject({ role: 'wire', name: 'EFE' });
    const b = analyze(`<article><div class="byline">Von: det/dpa</div>${FILLER_DE}</article>`, 'https://www.sport.example.it/a');
    expect(signals(b)).toContain('byline-wire');
    expect(b.original.publisher).toBe('dpa');
  });

  it('"Quelle: X" at the end of the article names the source, with a link', () => {
    const r = analyze(`<article>${FILLER_DE}<p>Quelle: <a href="https://www.tu-beispiel.de/presse/42">Technische Universität Beispielstadt</a>, Pressemitteilung</p></article>`, 'https://www.portal.example.de/a');
    expect(r.isRepost).toBe(true);
    expect(r.original).toMatchObject({ publisher: 'Technische Universität Beispielstadt', url: 'https://www.tu-beispiel.de/presse/42' });
  });

  it('"zuerst erschienen bei X" names the original with its date', () => {
    const r = analyze(`<article>${FILLER_DE}<p>Dieser Beitrag ist zuerst erschienen bei Beispiel Magazin am 3. März 2021.</p></article>`, 'https://www.blog.example.de/a');
    expect(r.isRepost).toBe(true);
    expect(r.original.publisher).toBe('Beispiel Magazin');
    expect(r.original.date).toBe('2021-03-03');
  });
});

describe('original traps in other languages', () => {
  it('an agency photo credit is not a repost', () => {
    const r = analyze(`<article><figure><img src="/a.jpg"><figcaption>Manifestantes en la capital. Foto: EFE/Juan Pérez</figcaption></figure>${FILLER_ES}<p class="credito">EFE</p></article>`, 'https://www.diario.example.es/a');
    expect(r.isRepost).toBe(false);
  });

  it('an agency on its own site is the original', () => {
    const r = analyze(`<article><p>Madrid (EFE).- El Gobierno aprobó el martes el nuevo presupuesto.</p>${FILLER_ES}</article>`, 'https://www.efe.com/efe/espana/a');
    expect(r.isRepost).toBe(false);
  });

  it('"Quelle:" naming the site itself, a chart source between paragraphs', () => {
    const own = analyze(`<article>${FILLER_DE}<p>Quelle: Beispielzeitung</p></article>`, 'https://www.beispielzeitung.de/a', '<meta property="og:site_name" content="Beispielzeitung">');
    expect(own.isRepost).toBe(false);
    const chart = analyze(`<article>${FILLER_DE}<p>Quelle: Statistisches Landesamt</p>${FILLER_DE}</article>`, 'https://www.zeitung.example.de/a');
    expect(chart.isRepost).toBe(false);
  });

  it('a sister edition via JSON-LD isBasedOn is a repost of the sister', () => {
    const r = analyze(`<article>${FILLER_DE}</article>`, 'https://www.magazin.example.com/story/a', '<script type="application/ld+json">{"@type":"NewsArticle","isBasedOn":"https://www.magazin.example.co.uk/article/a"}</script>');
    expect(r.isRepost).toBe(true);
    expect(r.original.url).toBe('https://www.magazin.example.co.uk/article/a');
  });
});

describe('chain hygiene', () => {
  it('a portal\'s own 责任编辑 is not a hop; no hop repeats the site', () => {
    const r = analyze('<p>来源：新京报</p><p>近年来，本地多部门联合开展专项行动，取得了明显成效，群众满意度持续提升，相关工作将继续推进。</p>'.repeat(2) + '<p>责任编辑：张三_NB1234</p>', 'https://www.163.com/a.html', '<meta property="og:site_name" content="网易">');
    expect(r.chain.map((h) => h.name)).toEqual(['新京报', '网易']);
  });
});
