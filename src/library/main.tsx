/**
 * The library's entry: the first screen's query leaves first (first-query imports nothing), then
 * the UI starts. The page is built as one script file (src/build/single-file-page.ts): the UI's
 * code is already loaded, and the dynamic import below only orders its start after the query.
 */
import { startFirstQuery } from './first-query';
// The page's styles (one stylesheet, see library.css), imported here, not by the UI's chunk, so
// that the build puts them into the HTML itself (src/build/inline-stylesheets.ts): no request,
// and nothing for the UI's import to wait for.
import './library.css';

const first = startFirstQuery();
void import('./mount').then(({ mount }) => mount(first));
