/**
 * Text fragment links (`#:~:text=`, https://wicg.github.io/scroll-to-text-fragment/) that open a
 * page scrolled to a highlight. They are an output only: browsers match them exactly, within
 * word boundaries, so they are built from the stored quote as the reader saw it.
 */

/** Quotes up to this many characters are linked whole (`text=start`); longer ones as a span. */
const WHOLE_QUOTE_MAX = 80;
/** Words (or CJK characters) kept at each end of a long quote for `text=start,end`. */
const EDGE_WORDS = 5;
const EDGE_CJK_CHARS = 10;

/**
 * Percent-encodes a directive term: everything `encodeURIComponent` encodes, plus the characters
 * that are syntax inside a text directive: '-' (prefix-/-suffix), ',' (start,end), '&' (next
 * directive), and the sub-delimiters browsers may treat specially.
 */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/[-!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The `#:~:text=` fragment for a quote ('' for an empty one). */
export function textFragment(quote: string): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (text.length === 0) return '';
  // A line break means the quote spans blocks; a start,end pair matches across blocks.
  if (text.length <= WHOLE_QUOTE_MAX && !/\n/.test(quote.trim())) return `#:~:text=${encodeFragmentTerm(text)}`;
  const { start, end } = edges(text);
  if (start.length === 0 || end.length === 0) return `#:~:text=${encodeFragmentTerm(text)}`;
  return `#:~:text=${encodeFragmentTerm(start)},${encodeFragmentTerm(end)}`;
}

/**
 * The first and last few words (at most half each, so they never overlap), or characters for
 * text without spaces (CJK).
 */
function edges(text: string): { start: string; end: string } {
  const words = text.split(' ');
  if (words.length >= 2) {
    const n = Math.min(EDGE_WORDS, Math.floor(words.length / 2));
    return { start: words.slice(0, n).join(' '), end: words.slice(-n).join(' ') };
  }
  const chars = [...text]; // code points: never split an emoji or a surrogate pair
  const n = Math.min(EDGE_CJK_CHARS, Math.floor(chars.length / 2));
  return { start: chars.slice(0, n).join(''), end: chars.slice(-n).join('') };
}

/** `url` (its own fragment dropped) with the text fragment of `quote` appended. */
export function linkToQuote(url: string, quote: string): string {
  const hash = url.indexOf('#');
  return (hash >= 0 ? url.slice(0, hash) : url) + textFragment(quote);
}
