import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchUrlChanges } from '../../../src/content/watch-url';

afterEach(() => {
  vi.useRealTimers();
  history.replaceState(null, '', '/');
});

describe('watchUrlChanges', () => {
  it('calls back once the page settles after a pushState to another address', async () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const stop = watchUrlChanges(window, (url) => seen.push(new URL(url).pathname), 100);
    history.pushState(null, '', '/story-2');
    // happy-dom has no Navigation API, so the once-a-second check notices the change.
    await vi.advanceTimersByTimeAsync(1050);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(seen).toEqual(['/story-2']);
    stop();
  });

  it('ignores a change of #fragment only, and stops when asked', async () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const stop = watchUrlChanges(window, (url) => seen.push(url), 10);
    history.pushState(null, '', '#section-2');
    await vi.advanceTimersByTimeAsync(2500);
    expect(seen).toEqual([]);
    stop();
    history.pushState(null, '', '/story-3');
    await vi.advanceTimersByTimeAsync(2500);
    expect(seen).toEqual([]);
  });
});
