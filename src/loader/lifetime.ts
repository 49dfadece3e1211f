/**
 * Everything the loader starts ends together, when the extension goes away (reloaded, updated,
 * removed): one `stop()`. An AbortSignal is made only for what takes one (the relay of commands,
 * on an article or once the bundle is asked for): the first AbortController of a page's isolated
 * world costs about half a millisecond cold (its interfaces are set up on first use), more than
 * the rest of the loader's work on a page that is not an article. Listeners added through
 * `listen` are removed by hand instead.
 */
export type Lifetime = {
  readonly stopped: boolean;
  /** Adds a listener that `stop()` removes. */
  listen(target: EventTarget, type: string, listener: (event: Event) => void, capture?: boolean): void;
  /** Runs `fn` on stop (at once if stopped already). */
  onStop(fn: () => void): void;
  /** A signal aborted on stop (made on first use). */
  signal(): AbortSignal;
  stop(): void;
};

export function createLifetime(): Lifetime {
  let stopped = false;
  let controller: AbortController | undefined;
  const undo: Array<() => void> = [];
  const life: Lifetime = {
    get stopped() {
      return stopped;
    },
    listen(target, type, listener, capture = false) {
      if (stopped) return;
      target.addEventListener(type, listener, capture);
      undo.push(() => target.removeEventListener(type, listener, capture));
    },
    onStop(fn) {
      if (stopped) fn();
      else undo.push(fn);
    },
    signal() {
      controller ??= new AbortController();
      if (stopped) controller.abort();
      return controller.signal;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      for (const fn of undo.splice(0)) fn();
      controller?.abort();
    },
  };
  return life;
}
