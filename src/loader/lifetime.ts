/**
 * One stop switch for everything the loader and the content bundle start: every listener,
 * observer and timer is tied to `signal`, added with `listen` or registered with `onStop`, and
 * `stop()` ends them all — when the extension is reloaded, updated or removed ("Extension
 * context invalidated": the old script keeps running in the page but can no longer talk to the
 * extension; `alive()` notices and stops), and in tests.
 *
 * The AbortController behind `signal` is made on first use: the first one of a page's isolated
 * world costs about half a millisecond cold, more than the rest of the loader's work on a page
 * that is not an article, where nothing needs a signal.
 */
export type Lifetime = {
  readonly stopped: boolean;
  /** Aborted on stop (made on first use). */
  readonly signal: AbortSignal;
  /** Adds a listener that `stop()` removes. */
  listen(target: EventTarget, type: string, listener: (event: Event) => void, capture?: boolean): void;
  /** Registers a cleanup (runs once, on stop; at once when already stopped). */
  onStop(cleanup: () => void): void;
  stop(): void;
  /** False once stopped, or when the extension context is gone (which also stops). */
  alive(): boolean;
};

/** `extensionAlive` says whether the extension is still there (runtime.id vanishes on reload). */
export function createLifetime(extensionAlive: () => boolean = () => true): Lifetime {
  let stopped = false;
  let controller: AbortController | undefined;
  const cleanups: Array<() => void> = [];
  const life: Lifetime = {
    get stopped() {
      return stopped;
    },
    get signal() {
      controller ??= new AbortController();
      if (stopped) controller.abort();
      return controller.signal;
    },
    listen(target, type, listener, capture = false) {
      if (stopped) return;
      target.addEventListener(type, listener, capture);
      cleanups.push(() => target.removeEventListener(type, listener, capture));
    },
    onStop(cleanup) {
      if (stopped) cleanup();
      else cleanups.push(cleanup);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      controller?.abort();
      for (const cleanup of cleanups.splice(0)) {
        try {
          cleanup();
        } catch {
          // One failing cleanup must not keep the others from running.
        }
      }
    },
    alive() {
      if (stopped) return false;
      let ok: boolean;
      try {
        ok = extensionAlive();
      } catch {
        ok = false;
      }
      if (!ok) life.stop();
      return ok;
    },
  };
  return life;
}
