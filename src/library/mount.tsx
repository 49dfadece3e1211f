/** Renders the library into the page, handing it the first screen's query (already in flight). */
import { render } from 'preact';
import { App } from './App';
import type { FirstQuery } from './first-query';

/**
 * How long the first render may wait for the first screen's reply. Usually it is there (or nearly)
 * when the UI has loaded: rendering the items at once is one render and one frame, where
 * "loading" first and the items next would be two. A slow reply (the worker was asleep) gets
 * "loading" after this long.
 */
const WAIT_FOR_FIRST_MS = 50;

export async function mount(first: FirstQuery): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const early = await Promise.race([first, new Promise<null>((r) => setTimeout(() => r(null), WAIT_FOR_FIRST_MS))]);
  if (early?.ok) performance.mark('library-reply');
  render(<App first={first} {...(early?.ok ? { initial: early.value } : {})} />, root);
}
