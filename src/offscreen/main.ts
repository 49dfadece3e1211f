/**
 * Chrome's offscreen document (reason DOM_PARSER): the service worker has no DOM, so it hands each
 * page snapshot here to be parsed and analysed, off the page's main thread. Accepts work from the
 * extension's own background only: content scripts' messages reach every extension page too, and
 * one of them (or a page that took one over) must not be able to make us parse what it likes.
 */
import browser from '../platform/browser';
import { registerHandlers } from '../messaging/handlers';
import { isBackgroundSender } from './background-sender';
import { analyseHtml } from './analyse-html';

const ownBase = browser.runtime.getURL('/');
registerHandlers(
  'background-to-offscreen',
  { analyseSnapshot: ({ url, html }) => analyseHtml(html, url) },
  (sender) => isBackgroundSender(sender, browser.runtime.id, ownBase),
  (error) => console.error('[Repost Lens] offscreen analysis failed', error),
);
