/**
 * The only import of webextension-polyfill: one module to fake in unit tests, and one place that
 * knows the polyfill passes unknown namespaces (chrome.sidePanel) straight through.
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs, Storage, Menus } from 'webextension-polyfill';
