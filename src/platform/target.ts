/** The browser this build is for, fixed at build time (vite.config.ts `define`). */
export const TARGET: 'chrome' | 'firefox' = typeof __TARGET__ === 'undefined' ? 'chrome' : __TARGET__;
export const isFirefox = TARGET === 'firefox';
