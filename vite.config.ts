import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import { CHROME_ONLY_PAGES, deriveManifest, targetFromEnv } from './src/build/derive-manifest.ts';
import { reportContentScriptSize } from './src/build/report-size.ts';
import { injectedScriptsStayPrivate } from './src/build/injected-scripts.ts';
import { singleFilePage } from './src/build/single-file-page.ts';
import { inlineStylesheets } from './src/build/inline-stylesheets.ts';

const target = targetFromEnv(process.env.TARGET);
const manifest = deriveManifest(baseManifest, target) as unknown as ManifestV3Export;
const define = { __TARGET__: JSON.stringify(target) };
const output = { target: 'es2022', sourcemap: false, minify: true } as const;

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest,
      browser: target,
      // Self-contained IIFE scripts: the declared page loader, and the content bundle the
      // background injects (`?script` import + scripting.executeScript). No ES-module loader, no
      // dynamic import, and so no web_accessible_resources that a page could probe.
      contentScripts: { standaloneFiles: ['src/loader/index.ts', 'src/content/content-bundle.ts'] },
    }),
    // After crx(): runs on the manifest crxjs rendered.
    injectedScriptsStayPrivate({ 'src/content/content-bundle.ts': 'src/content/content-bundle.js' }),
    reportContentScriptSize(`dist/${target}`),
    inlineStylesheets(),
    // The highlights library: one script file (its first screen waits for every file it loads).
    singleFilePage('src/library/index.html', () => ({ plugins: [preact(), inlineStylesheets()], define, build: output })),
  ],
  define,
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    // crxjs knows only manifest pages: it does not treat sidebar_action.default_panel as an entry,
    // and the welcome and options pages are in no manifest; name them here for both targets (the
    // library is built on its own, above).
    rollupOptions: {
      input: {
        sidepanel: 'src/sidepanel/index.html',
        welcome: 'src/welcome/index.html',
        options: 'src/options/index.html',
        ...(target === 'chrome' ? CHROME_ONLY_PAGES : {}),
      },
    },
    ...output,
    // Every supported browser preloads modules itself (Chrome 116+, Firefox 142+): the polyfill
    // would be one more file each page fetches before its entry runs.
    modulePreload: { polyfill: false },
  },
});
