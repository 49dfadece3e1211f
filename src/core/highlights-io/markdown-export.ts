/**
 * Markdown export of one article's highlights: a title, an attribution line, then each
 * highlight as a blockquote, its note, and a link back that opens the page at the quote.
 */
import type { Highlight } from '../anchoring/types';
import { linkToQuote } from './text-fragment';

/** The original publication, when the article is a repost. */
export type Attribution = { publisher?: string; url?: string };

/** Escapes Markdown syntax in inline text so page text cannot inject links, HTML or formatting. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]{}<>#|!~]/g, '\\$&').replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

/** A URL safe inside `(...)` of a Markdown link. */
function linkTarget(url: string): string {
  return url.replace(/[()<>\s]/g, (c) => encodeURIComponent(c));
}

/**
 * The Markdown document for `highlights` of one article (given in reading order), titled
 * `title`, attributed to `original` when given. Colours are written as a word after the quote.
 */
export function exportMarkdown(title: string, highlights: readonly Highlight[], original?: Attribution): string {
  const out: string[] = [`# ${escapeMarkdown(title.replace(/\s+/g, ' ').trim() || 'Untitled')}`, ''];
  const source = highlights[0]?.article.pageUrl;
  if (original?.publisher || original?.url) {
    const name = escapeMarkdown(original.publisher ?? original.url ?? '');
    out.push(`Originally published by ${original.url ? `[${name}](${linkTarget(original.url)})` : name}${source ? ` · read at <${linkTarget(source)}>` : ''}`, '');
  } else if (source) {
    out.push(`Source: <${linkTarget(source)}>`, '');
  }
  for (const h of highlights) {
    const lines = h.selectors.quote.exact.split('\n').map((l) => `> ${escapeMarkdown(l.trim())}`);
    out.push(...lines, '');
    if (h.note.trim().length > 0) out.push(...h.note.trim().split('\n').map((l) => escapeMarkdown(l)), '');
    out.push(`*${escapeMarkdown(h.color)}* · [Open at this passage](${linkTarget(linkToQuote(h.article.pageUrl, h.selectors.quote.exact))})`, '');
  }
  return out.join('\n');
}
