/** Build target, replaced at build time by vite.config.ts (`define`). */
declare const __TARGET__: 'chrome' | 'firefox';
