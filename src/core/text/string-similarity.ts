/**
 * Edit-distance similarity of short strings (quote context: a few dozen characters).
 *
 * Used to score how well the text around a candidate match agrees with a stored prefix/suffix.
 * Quadratic, so callers must bound the lengths (see `MAX_COMPARED`).
 */

/** Longest string compared; context beyond this adds cost and no discrimination. */
const MAX_COMPARED = 128;

/** Levenshtein distance between `a` and `b` (two-row dynamic programming). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Uint16Array(b.length + 1);
  let curr = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const del = (prev[j] ?? 0) + 1;
      const ins = (curr[j - 1] ?? 0) + 1;
      const sub = (prev[j - 1] ?? 0) + cost;
      curr[j] = Math.min(del, ins, sub);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length] ?? 0;
}

/**
 * Similarity in [0, 1] between the stored `expected` text and the `actual` text, both already
 * normalised: 1 − distance / length of `expected`. Strings longer than 128 characters are compared
 * on their last (`anchorEnd`) or first characters, the part nearest the quote.
 */
export function textSimilarity(expected: string, actual: string, anchorEnd: boolean): number {
  if (expected.length === 0) return 1;
  const e = clip(expected, anchorEnd);
  const a = clip(actual, anchorEnd);
  return Math.max(0, 1 - editDistance(e, a) / e.length);
}

function clip(s: string, keepEnd: boolean): string {
  if (s.length <= MAX_COMPARED) return s;
  return keepEnd ? s.slice(s.length - MAX_COMPARED) : s.slice(0, MAX_COMPARED);
}
