/** The loader's one stop: listeners removed, stop callbacks run, a signal made only on demand and aborted. */
import { describe, expect, it, vi } from 'vitest';
import { createLifetime } from '../../../src/loader/lifetime';

describe('createLifetime', () => {
  it('removes its listeners, runs its stop callbacks and aborts the signal it handed out, once', () => {
    const life = createLifetime();
    const target = new EventTarget();
    const heard = vi.fn();
    const onStop = vi.fn();
    life.listen(target, 'ping', heard, true);
    life.onStop(onStop);
    const signal = life.signal;
    target.dispatchEvent(new Event('ping'));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(signal.aborted).toBe(false);

    life.stop();
    life.stop();
    target.dispatchEvent(new Event('ping'));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(onStop).toHaveBeenCalledTimes(1);
    expect(signal.aborted).toBe(true);
    expect(life.stopped).toBe(true);
  });

  it('after the stop: a new listener is not added, a callback runs at once, a signal comes aborted', () => {
    const life = createLifetime();
    life.stop();
    const target = new EventTarget();
    const heard = vi.fn();
    life.listen(target, 'ping', heard);
    target.dispatchEvent(new Event('ping'));
    expect(heard).not.toHaveBeenCalled();
    const late = vi.fn();
    life.onStop(late);
    expect(late).toHaveBeenCalledTimes(1);
    expect(life.signal.aborted).toBe(true);
  });

  it('makes no AbortController until a signal is asked for (its cold cost on pages that are not articles)', () => {
    const made = vi.spyOn(globalThis, 'AbortController');
    const life = createLifetime();
    life.listen(new EventTarget(), 'ping', () => {});
    life.stop();
    expect(made).not.toHaveBeenCalled();
    made.mockRestore();
  });
});
