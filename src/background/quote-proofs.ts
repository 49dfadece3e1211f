/**
 * Which highlights of OTHER copies a tab has proven its text holds (core/quote-proof.ts). A tab
 * receives a highlight made on another page only after answering its challenge; proofs are kept
 * per tab in memory and forgotten when the tab navigates (a service-worker restart forgets them
 * too: the page then simply proves again on its next list).
 */
import { makeChallenges, type QuoteChallenges } from '../core/quote-proof';
import type { Highlight } from '../core/anchoring/types';

const pending = new Map<number, Map<string, number>>();
const proven = new Map<number, Set<string>>();

function random32(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] as number;
}

/** New challenges for `records` (replacing the tab's unanswered ones). */
export function challengeTab(tabId: number, records: readonly Highlight[]): QuoteChallenges | null {
  if (records.length === 0) {
    pending.delete(tabId);
    return null;
  }
  const { request, expected } = makeChallenges(records.map((h) => ({ id: h.id, text: h.selectors.quote.exact })), random32);
  pending.set(tabId, expected);
  return request;
}

/** The ids whose proof is right (each challenge answers once); they count as proven for the tab. */
export function acceptProofs(tabId: number, proofs: readonly { id: string; proof: number }[]): string[] {
  const expected = pending.get(tabId);
  if (!expected) return [];
  const ok: string[] = [];
  for (const { id, proof } of proofs) {
    if (expected.get(id) === proof) ok.push(id);
    expected.delete(id);
  }
  const set = proven.get(tabId) ?? new Set<string>();
  for (const id of ok) set.add(id);
  proven.set(tabId, set);
  return ok;
}

export function hasProven(tabId: number, id: string): boolean {
  return proven.get(tabId)?.has(id) ?? false;
}

/** The tab navigated or closed. */
export function forgetProofs(tabId: number): void {
  pending.delete(tabId);
  proven.delete(tabId);
}
