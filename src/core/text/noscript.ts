/**
 * A page's HTML as a browser with scripting on reads its `<noscript>` blocks: as raw text up to
 * the first `</noscript>`, never as markup. A parser with scripting off (DOMParser, jsdom — where
 * the extension and the CLI analyse a page) builds elements from them instead, and a block that
 * opens an element it never closes (`<noscript><div></noscript>`) then swallows the rest of the
 * body into the noscript, where no reader sees it and the text index skips it. So before such a
 * parser reads a page, its noscript blocks go: the reader never sees them either.
 *
 * One linear scan; comments, scripts, styles and textareas are stepped over whole, so a
 * "<noscript>" written inside them is not taken for a tag.
 */
const TOKENS = /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<noscript\b[^>]*>[\s\S]*?(?:<\/noscript\s*>|$)/gi;

/** `html` without its `<noscript>` blocks (everything else byte for byte). */
export function withoutNoscript(html: string): string {
  if (!/<noscript/i.test(html)) return html;
  return html.replace(TOKENS, (match, rawText: string | undefined) => (rawText === undefined && /^<noscript/i.test(match) ? '' : match));
}
