import { STRENGTH_WEIGHT, type Finding } from './finding';
import type { RepostKind, Verdict } from './types';

/**
 * Turns findings into a verdict and a confidence. Each signal id counts once (its strongest
 * occurrence), so forty proxied images are one piece of evidence, not forty. Confidence is the
 * noisy-OR of the weights: one A-class signal (0.9) or two B-class (0.8) make a repost; one B-class
 * signal alone (0.55) does not.
 */
export const REPOST_THRESHOLD = 0.6;

export type Score = { verdict: Verdict; confidence: number; kind?: RepostKind };

/** Noisy-OR of the strongest weight per signal id among positive findings. */
export function repostScore(findings: Finding[]): number {
  const best = new Map<string, number>();
  for (const f of findings) {
    if (!f.positive) continue;
    const w = STRENGTH_WEIGHT[f.strength];
    best.set(f.signal, Math.max(best.get(f.signal) ?? 0, w));
  }
  let miss = 1;
  for (const w of best.values()) miss *= 1 - w;
  return 1 - miss;
}

/** The repost kind: wire copy when a wire is the origin, else the kind implied by the strongest statement. */
function pickKind(findings: Finding[], origin: Finding | undefined): RepostKind | undefined {
  if (origin?.role === 'wire') return 'wire-copy';
  if (origin?.kind) return origin.kind;
  const withKind = findings.filter((f) => f.positive && f.kind).sort((a, b) => STRENGTH_WEIGHT[b.strength] - STRENGTH_WEIGHT[a.strength]);
  return withKind[0]?.kind;
}

/** Verdict, confidence and kind. `usable` is false when the page is too broken to judge. */
export function scoreVerdict(findings: Finding[], origin: Finding | undefined, usable: boolean): Score {
  const score = repostScore(findings);
  if (score >= REPOST_THRESHOLD) {
    return { verdict: 'repost', confidence: round(score), kind: pickKind(findings, origin) ?? 'syndicated' };
  }
  if (!usable) return { verdict: 'unknown', confidence: round(Math.max(0.2, 1 - score) * 0.5) };
  // "Original" means: no sufficient evidence of copying. Own-reporting markers (本报讯) firm it up.
  const own = findings.some((f) => f.own);
  return { verdict: 'original', confidence: round(Math.min(0.95, (1 - score) * (own ? 0.95 : 0.8))) };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
