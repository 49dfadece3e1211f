/**
 * Watches the page for late and client-rendered content while some highlights are unplaced
 * (orphans) or lost their text (collapsed ranges), and asks for a retry after the page has been
 * quiet for a moment. Connected only while needed, because observing a busy single-page app for
 * nothing is pure cost; and with a retry budget, because a page that never shows the text again
 * must not make us re-anchor forever (Memex's multi-minute retry loops are the cautionary tale).
 */

/** A lazily connected, budgeted mutation observer. */
export type ReanchorWatcher = {
  /** Starts observing (no-op when already observing or the budget is spent). */
  connect(): void;
  /** Stops observing and cancels a pending retry. */
  disconnect(): void;
  /** Gives back the full retry budget (new page content, reload of the list). */
  resetBudget(): void;
  /** Whether the observer is connected. */
  isConnected(): boolean;
  /** Runs `change` (our own DOM changes, e.g. fallback marks) without it counting as page activity. */
  quietly<T>(change: () => T): T;
};

/** Tuning of the watcher. */
export type ReanchorOptions = {
  /** Quiet time after the last mutation before retrying, ms (Hypothesis and Memex use 100–500). */
  debounceMs?: number;
  /** Most retries per page load (or per `resetBudget`). */
  budget?: number;
  /** Mutations caused by us (our overlay host, fallback marks) that must not trigger a retry. */
  isOwnNode?: (node: Node) => boolean;
};

/** Calls `retry` after page mutations settle, while connected and within the budget. */
export function createReanchorWatcher(doc: Document, retry: () => void, opts: ReanchorOptions = {}): ReanchorWatcher {
  const debounceMs = opts.debounceMs ?? 400;
  const budget = opts.budget ?? 25;
  const isOwnNode = opts.isOwnNode ?? (() => false);
  const View = doc.defaultView as (Window & typeof globalThis) | null;
  let left = budget;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let observer: MutationObserver | null = null;

  const relevant = (records: MutationRecord[]): boolean =>
    records.some((r) => {
      if (r.type === 'characterData') return !isOwnNode(r.target);
      const nodes = [...r.addedNodes, ...r.removedNodes];
      return nodes.length > 0 && !nodes.every(isOwnNode);
    });

  const schedule = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (left <= 0) return;
      left--;
      if (left <= 0) watcher.disconnect();
      retry();
    }, debounceMs);
  };

  const watcher: ReanchorWatcher = {
    connect() {
      if (observer || left <= 0 || !View?.MutationObserver || !doc.body) return;
      observer = new View.MutationObserver((records) => {
        if (relevant(records)) schedule();
      });
      observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    },
    disconnect() {
      observer?.disconnect();
      observer = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    resetBudget() {
      left = budget;
    },
    isConnected: () => observer !== null,
    quietly(change) {
      try {
        return change();
      } finally {
        observer?.takeRecords();
      }
    },
  };
  return watcher;
}
