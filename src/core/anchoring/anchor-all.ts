/**
 * Anchors many highlights without freezing the page.
 *
 * One text index per root is built and shared. Pass 1 runs the cheap steps (position, exact
 * quote: microseconds each) for every highlight; pass 2 runs the approximate search (~1–3 ms each
 * on a long article) only for those left. Both passes work in time slices of `sliceMs` and yield
 * to the event loop between slices, so no task runs much longer than one slice plus one highlight
 * (the fuzzy search of one quote is bounded: O(len/32 · text length)).
 */
import { createAnchorContext, type AnchorContext } from './anchor-context';
import { anchorCheap, anchorFuzzySteps, buildQuery, type Selectors, type StepResult } from './anchor-highlight';
import type { AnchorOutcome } from './types';

export type AnchorAllOptions = {
  /** Yields to the event loop; default `scheduler.yield()` when present, else `setTimeout(0)`. */
  yieldToEvent?: () => Promise<void>;
  /** Work per slice before yielding, in ms (default 8: well under the 50 ms long-task limit). */
  sliceMs?: number;
  /** Clock (default `performance.now`); injectable for tests. */
  now?: () => number;
  /** Called as soon as each highlight is settled (anchored or orphaned), for progressive rendering. */
  onResult?: (outcome: AnchorOutcome, index: number) => void;
  /** Stop early (e.g. the page navigated); unsettled highlights become orphans with reason 'aborted'. */
  signal?: { readonly aborted: boolean };
  /** A context built earlier for the same root. */
  context?: AnchorContext;
};

/** What `anchorAll` needs from a stored highlight. */
export type AnchorInput = { id: string; selectors: Selectors };

/**
 * Anchors `highlights` on `root`; the result is in input order. Never rejects on bad records
 * (they come back as orphans with reason 'invalid').
 */
export async function anchorAll(root: Element, highlights: readonly AnchorInput[], opts: AnchorAllOptions = {}): Promise<AnchorOutcome[]> {
  const now = opts.now ?? (() => performance.now());
  const yieldToEvent = opts.yieldToEvent ?? defaultYield;
  const sliceMs = opts.sliceMs ?? 8;
  const ctx = opts.context ?? createAnchorContext(root);
  // Building the index is one task on its own (~10–30 ms for 150,000 characters); matching starts fresh.
  if (!opts.context) await yieldToEvent();
  const outcomes: (AnchorOutcome | undefined)[] = new Array(highlights.length);
  const settle = (i: number, o: AnchorOutcome): void => {
    outcomes[i] = o;
    opts.onResult?.(o, i);
  };

  let sliceStart = now();
  const maybeYield = async (): Promise<boolean> => {
    if (now() - sliceStart < sliceMs) return !opts.signal?.aborted;
    await yieldToEvent();
    sliceStart = now();
    return !opts.signal?.aborted;
  };

  const fuzzyQueue: { i: number; query: NonNullable<ReturnType<typeof buildQuery>> }[] = [];
  let cancelled = false;
  for (let i = 0; i < highlights.length && !cancelled; i++) {
    const h = highlights[i];
    const id = typeof h?.id === 'string' ? h.id : '';
    const query = h ? safe(() => buildQuery(ctx, h.selectors)) : null;
    if (!h || !query) {
      settle(i, { id, status: 'orphan', reason: 'invalid', bestScore: 0 });
    } else {
      const step = safeStep(() => anchorCheap(ctx, h.selectors, query));
      if (step.ok || step.reason === 'no-range') settle(i, toOutcome(id, step));
      else fuzzyQueue.push({ i, query });
    }
    cancelled = !(await maybeYield());
  }

  for (const { i, query } of fuzzyQueue) {
    if (cancelled) break;
    // One quote's search is spread over several slices (a chunk of text per step), so a long or
    // repetitive text cannot hold the page; it is capped, and past the cap the highlight is an orphan.
    const steps = anchorFuzzySteps(ctx, query);
    let step: StepResult | null = null;
    while (!step && !cancelled) {
      const next = safeNext(steps);
      if (next.done) step = next.value;
      else cancelled = !(await maybeYield());
    }
    if (!step) break;
    settle(i, toOutcome(highlights[i]?.id ?? '', step));
    cancelled = !(await maybeYield());
  }

  return highlights.map((h, i) => outcomes[i] ?? { id: h?.id ?? '', status: 'orphan', reason: 'aborted', bestScore: 0 });
}

function toOutcome(id: string, step: StepResult): AnchorOutcome {
  return step.ok ? { id, status: 'anchored', ...step.anchored } : { id, status: 'orphan', reason: step.reason, bestScore: step.bestScore };
}

/** Page content is hostile: a DOM oddity in one highlight must not stop the others. */
function safeStep(run: () => StepResult): StepResult {
  try {
    return run();
  } catch {
    return { ok: false, reason: 'no-range', bestScore: 0 };
  }
}

function safeNext(steps: Generator<void, StepResult, void>): IteratorResult<void, StepResult> {
  try {
    return steps.next();
  } catch {
    return { done: true, value: { ok: false, reason: 'no-range', bestScore: 0 } };
  }
}

function safe<T>(run: () => T): T | null {
  try {
    return run();
  } catch {
    return null;
  }
}

/** `scheduler.yield()` keeps our continuation ahead of other tasks; `setTimeout` is the fallback. */
function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
