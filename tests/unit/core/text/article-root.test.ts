import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../helpers/load-html';
import { findArticleRoot } from '../../../../src/core/text/article-root';

const para = (t: string): string => `<p>${t} ${'Words of the story go here and carry on for a while. '.repeat(3)}</p>`;

describe('findArticleRoot', () => {
  it('prefers an article element holding the main text over a teaser card', () => {
    const doc = loadHtml(`<body><nav>${para('nav')}</nav><article class="card"><p>Short teaser text here, enough.</p></article>
      <article id="main-story">${para('one')}${para('two')}${para('three')}</article><footer>${para('foot')}</footer></body>`);
    expect(findArticleRoot(doc).id).toBe('main-story');
  });

  it('falls back to the element with the most direct paragraph text, furniture excluded', () => {
    // Same text on both sides: without the sidebar exclusion the first (the sidebar) would win.
    const doc = loadHtml(`<body><div id="side" class="sidebar">${para('a')}${para('b')}</div>
      <div id="body">${para('one')}${para('two')}</div></body>`);
    expect(findArticleRoot(doc).id).toBe('body');
  });

  it('counts text in divs separated by <br> (no <p>)', () => {
    const doc = loadHtml(`<body><div id="menu"><a href="/">首页</a><a href="/x">分类</a></div>
      <div class="article-body"><div>${'正文内容很长很长，'.repeat(20)}<br><br>${'第二段也很长，'.repeat(20)}</div></div></body>`);
    expect(findArticleRoot(doc).className).toBe('article-body');
  });

  it('is deterministic and never throws on an empty page', () => {
    const doc = loadHtml('<body></body>');
    expect(findArticleRoot(doc)).toBe(doc.body);
    const page = `<body><div id="x">${para('same')}</div><div id="y">${para('same')}</div></body>`;
    expect(findArticleRoot(loadHtml(page)).id).toBe(findArticleRoot(loadHtml(page)).id);
    expect(findArticleRoot(loadHtml(page)).id).toBe('x');
  });

  it('takes the parent of an article split into sibling sections of one class', () => {
    const doc = loadHtml(`<body><div id="post"><div class="section">${para('one')}${para('two')}${para('three')}</div>
      <figure><figcaption>A photo</figcaption></figure><div class="section">${para('four')}</div>
      <div class="post-footer">${para('foot')}</div></div><div class="sidebar">${para('side')}</div></body>`);
    expect(findArticleRoot(doc).id).toBe('post');
    // One section alone, or siblings of another class, keep the section itself.
    const single = loadHtml(`<body><div id="post"><div class="section" id="s">${para('one')}${para('two')}</div>
      <div class="teaser">${para('other')}</div></div></body>`);
    expect(findArticleRoot(single).id).toBe('s');
  });
});
