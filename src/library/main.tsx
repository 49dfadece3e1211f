/**
 * The library's entry: the first screen's query leaves first (first-query imports nothing), then
 * the UI loads. Its chunks are already on their way: the build lists them as modulepreload links
 * in the page's HTML (src/build/preload-dynamic-imports.ts), so the dynamic import below only
 * waits for what is still in flight, not for a second round of fetches.
 */
import { startFirstQuery } from './first-query';
// The page's styles (one stylesheet, see library.css), imported here, not by the UI's chunk, so
// that the build puts them into the HTML itself (src/build/inline-stylesheets.ts): no request,
// and nothing for the UI's import to wait for.
import './library.css';

const first = startFirstQuery();
void import('./mount').then(({ mount }) => mount(first));
