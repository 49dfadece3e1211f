import { describe, expect, it } from 'vitest';
import { withoutNoscript } from '../../../../src/core/text/noscript';
import { JSDOM } from 'jsdom';
import { parseHtml } from '../../../../src/cli/parse-html';

describe('withoutNoscript', () => {
  it('drops noscript blocks, as a browser with scripting on reads them (raw text)', () => {
    expect(withoutNoscript('<p>a</p><noscript><img src="x"></noscript><p>b</p>')).toBe('<p>a</p><p>b</p>');
    expect(withoutNoscript('<head><NOSCRIPT><style>x</style></NOSCRIPT></head>')).toBe('<head></head>');
  });

  it('keeps a page whose noscript opens an element it never closes readable', () => {
    const html = '<html><body><noscript><div id="nojs"></noscript><div id="main"><p>The article text.</p></div><noscript></div></noscript></body></html>';
    // A spec parser with scripting off (as jsdom and DOMParser are) nests the whole body in the first noscript.
    expect(new JSDOM(html).window.document.querySelector('noscript #main')).not.toBeNull();
    // parseHtml (the CLI's, eval's and accuracy suite's) reads it as the live page does.
    const after = parseHtml(html, 'https://example.com/a');
    expect(after.document.querySelector('noscript')).toBeNull();
    expect(after.document.querySelector('body > #main')?.textContent).toBe('The article text.');
    void after.close();
  });

  it('does not take "<noscript>" inside scripts, styles, comments or textareas for a tag', () => {
    const html = '<script>var s = "<noscript>";</script><!-- <noscript> --><textarea><noscript></textarea><p>kept</p><style>/* <noscript> */</style>';
    expect(withoutNoscript(html)).toBe(html);
  });

  it('leaves a page without noscript untouched, and an unclosed block ends the page as in a browser', () => {
    expect(withoutNoscript('<p>x</p>')).toBe('<p>x</p>');
    expect(withoutNoscript('<p>x</p><noscript><p>never shown')).toBe('<p>x</p>');
  });
});
