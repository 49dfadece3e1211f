/**
 * Asks the background, once per page load, to insert the paint rules of this load's random
 * highlight names (the content script cannot add a stylesheet the page could not read).
 */
import { callBackgroundFromContent } from '../../messaging/client';
import { paintNames } from './paint-names';

let requested: Promise<boolean> | null = null;

/** Inserts the paint rules (once); resolves to whether the browser took them. */
export function ensurePaintStyles(): Promise<boolean> {
  requested ??= callBackgroundFromContent('insertHighlightStyles', { rules: paintNames().rules() }).then(
    (r) => r.ok && r.value.inserted,
    () => false,
  );
  return requested;
}
