/**
 * Text folding for highlight search, so that a query finds a passage however either was typed:
 * NFKC (full-width ＡＢＣ１２３ → ABC123, half-width ｶﾀｶﾅ → カタカナ, ideographic space → space,
 * compatibility ideographs → unified), then case folding. Chinese and Japanese have no spaces
 * between words, so matching is by substring; a query of several space-separated words matches
 * text that contains every one of them (AND).
 */

/** The folded form of a text (compare folded with folded). */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en-US').replace(/\s+/gu, ' ');
}

/** The folded words of a query ('' and spaces only → no words: matches everything). */
export function queryTerms(query: string): string[] {
  return foldForSearch(query).split(' ').filter((w) => w.length > 0);
}

/** Whether folded `text` contains every folded term. */
export function matchesTerms(foldedText: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!foldedText.includes(term)) return false;
  return true;
}
