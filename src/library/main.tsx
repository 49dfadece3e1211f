/**
 * The library's entry: the first screen's query leaves first (first-query imports nothing), then
 * the UI loads. Its chunks are already on their way: the build lists them as modulepreload links
 * in the page's HTML (src/build/preload-dynamic-imports.ts), so the dynamic import below only
 * waits for what is still in flight, not for a second round of fetches.
 */
import { startFirstQuery } from './first-query';

const first = startFirstQuery();
void import('./mount').then(({ mount }) => mount(first));
