/**
 * Lets the page run between two steps of our work, so no task of ours holds the main thread for
 * long: `scheduler.yield()` where the browser has it (our continuation keeps its place in the
 * queue), else a MessageChannel message (a new task without setTimeout's 4 ms clamp).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `steps` one per task; stops (returns false) as soon as `signal` is aborted. */
export async function runSliced(steps: ReadonlyArray<() => void>, signal?: AbortSignal): Promise<boolean> {
  for (const step of steps) {
    if (signal?.aborted) return false;
    step();
    await yieldToPage();
  }
  return !signal?.aborted;
}
