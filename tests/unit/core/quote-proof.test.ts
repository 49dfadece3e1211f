import { describe, expect, it } from 'vitest';
import { answerChallenges, makeChallenges } from '../../../src/core/quote-proof';

let seed = 7;
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);

describe('quote proofs', () => {
  const page = 'Harbor master Jonas Vik said the two existing boats had carried 412,000 passengers between May and September.';

  it('a page holding the passage proves it, even with other spacing, punctuation and width', () => {
    const { request, expected } = makeChallenges([{ id: 'a', text: 'the two  existing boats had carried 412,000 passengers' }], random);
    const answers = answerChallenges(page.replace('412,000', '４１２ ０００'), request);
    expect(answers).toEqual([{ id: 'a', proof: expected.get('a') }]);
  });

  it('a page without the passage cannot answer, and the request does not contain the passage', () => {
    const { request } = makeChallenges([{ id: 'b', text: 'a passage that is not on the page at all' }], random);
    expect(answerChallenges(page, request)).toEqual([]);
    expect(JSON.stringify(request)).not.toMatch(/passage/);
  });

  it('answers several quotes at once, each with its own proof', () => {
    const quotes = [{ id: 'x', text: 'Jonas Vik' }, { id: 'y', text: 'May and S' }, { id: 'z', text: 'nowhere!!' }];
    const { request, expected } = makeChallenges(quotes, random);
    const answers = answerChallenges(page, request);
    expect(answers.map((a) => a.id).sort()).toEqual(['x', 'y']);
    for (const a of answers) expect(a.proof).toBe(expected.get(a.id));
  });
});
