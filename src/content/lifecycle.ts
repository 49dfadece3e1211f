/**
 * One stop switch for everything the content side starts. Every listener, observer and timer is
 * tied to `signal` (or registered with `onStop`), and `stop()` ends them all: when the extension
 * is reloaded, updated or removed ("Extension context invalidated" — the old script keeps running
 * in the page, but can no longer talk to the extension), and in tests.
 */
export type Lifecycle = {
  readonly signal: AbortSignal;
  /** Registers a cleanup (runs once, on stop; at once when already stopped). */
  onStop(cleanup: () => void): void;
  stop(): void;
  /** False once stopped, or when the extension context is gone (which also stops). */
  alive(): boolean;
};

/** `extensionAlive` says whether the extension is still there (runtime.id vanishes on reload). */
export function createLifecycle(extensionAlive: () => boolean): Lifecycle {
  const controller = new AbortController();
  const cleanups: Array<() => void> = [];
  const stop = (): void => {
    if (controller.signal.aborted) return;
    controller.abort();
    for (const cleanup of cleanups.splice(0)) {
      try {
        cleanup();
      } catch {
        // One failing cleanup must not keep the others from running.
      }
    }
  };
  return {
    signal: controller.signal,
    onStop(cleanup) {
      if (controller.signal.aborted) cleanup();
      else cleanups.push(cleanup);
    },
    stop,
    alive() {
      if (controller.signal.aborted) return false;
      let ok: boolean;
      try {
        ok = extensionAlive();
      } catch {
        ok = false;
      }
      if (!ok) stop();
      return ok;
    },
  };
}
