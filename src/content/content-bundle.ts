/**
 * Entry of the content bundle the background injects (see src/background/inject-content.ts).
 * A file of its own name: crxjs names the chunk of a `?script` import after the file, and a
 * second `index.ts` chunk beside the background's got the two mixed up.
 */
import { startContent } from './index';

startContent();
