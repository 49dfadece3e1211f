/**
 * Proof that a page holds a quote, without telling the page the quote. Another copy of an article
 * (another site) receives a highlight only when its TEXT matches: the fingerprint says the copies
 * are similar, and this says the page contains this highlight's passage.
 *
 * The background sends a challenge — two random odd bases, the length of the normalised quote and
 * its polynomial hash in the first base — and keeps the hash in the second base. The page slides a
 * window of that length over its own normalised text (a rolling hash, O(n) per distinct length)
 * and answers with the second-base hash of each window whose first-base hash matches. Knowing only
 * the first hash, a page without the passage cannot compute the second (it would have to guess 32
 * bits); a page that has the passage simply finds it. Normalisation is the fingerprint's (letters
 * and digits, NFKC, lower-case), so copies differing in spaces, punctuation or width still match.
 */
import { normalizeForFingerprint } from './text/text-fingerprint';

/** One quote to prove: its normalised length and its hash in the request's first base. */
export type QuoteChallenge = { id: string; length: number; digest: number };
/** A request: the bases (random, odd, fresh for every request) and the quotes. */
export type QuoteChallenges = { base1: number; base2: number; quotes: QuoteChallenge[] };

/** The normalised form a quote and a page's text are compared in. */
export function normalizeQuote(text: string): string {
  return normalizeForFingerprint(text);
}

/** Polynomial hash of `s` in `base`, mod 2^32. */
export function polyHash(s: string, base: number): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, base) + s.charCodeAt(i)) >>> 0;
  return h;
}

/** Challenges for `quotes` (`random` gives 32 random bits) and the answers the background expects, by id. */
export function makeChallenges(quotes: readonly { id: string; text: string }[], random: () => number): { request: QuoteChallenges; expected: Map<string, number> } {
  const base1 = (random() | 1) >>> 0;
  const base2 = (random() | 1) >>> 0;
  const expected = new Map<string, number>();
  const list: QuoteChallenge[] = [];
  for (const q of quotes) {
    const norm = normalizeQuote(q.text);
    if (norm.length === 0) continue;
    list.push({ id: q.id, length: norm.length, digest: polyHash(norm, base1) });
    expected.set(q.id, polyHash(norm, base2));
  }
  return { request: { base1, base2, quotes: list }, expected };
}

/**
 * The page's answers: for each quote whose passage occurs in `pageText`, the second-base hash of
 * the matching window. One rolling pass over the text per distinct quote length.
 */
export function answerChallenges(pageText: string, request: QuoteChallenges): { id: string; proof: number }[] {
  const text = normalizeQuote(pageText);
  const byLength = new Map<number, Map<number, string[]>>();
  for (const c of request.quotes) {
    if (c.length <= 0 || c.length > text.length) continue;
    const digests = byLength.get(c.length) ?? new Map<number, string[]>();
    digests.set(c.digest, [...(digests.get(c.digest) ?? []), c.id]);
    byLength.set(c.length, digests);
  }
  const out: { id: string; proof: number }[] = [];
  for (const [length, digests] of byLength) {
    const found = new Set<string>();
    scanWindows(text, length, request.base1, (start, h) => {
      const ids = digests.get(h);
      if (!ids) return;
      const proof = polyHash(text.slice(start, start + length), request.base2);
      for (const id of ids) if (!found.has(id)) { found.add(id); out.push({ id, proof }); }
    });
  }
  return out;
}

/** Calls `visit(start, hash)` for every window of `length` (rolling hash in `base`). */
function scanWindows(text: string, length: number, base: number, visit: (start: number, hash: number) => void): void {
  let top = 1; // base^(length-1)
  for (let i = 1; i < length; i++) top = Math.imul(top, base) >>> 0;
  let h = polyHash(text.slice(0, length), base);
  visit(0, h);
  for (let i = length; i < text.length; i++) {
    h = (h - Math.imul(text.charCodeAt(i - length), top)) >>> 0;
    h = (Math.imul(h, base) + text.charCodeAt(i)) >>> 0;
    visit(i - length + 1, h);
  }
}
