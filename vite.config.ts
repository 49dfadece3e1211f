import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import { deriveManifest, targetFromEnv } from './src/build/derive-manifest.ts';
import { reportContentScriptSize } from './src/build/report-size.ts';

const target = targetFromEnv(process.env.TARGET);
const manifest = deriveManifest(baseManifest, target) as unknown as ManifestV3Export;

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest,
      browser: target,
      // A self-contained content script: no loader, no dynamic import, and so no
      // web_accessible_resources that any page could probe to fingerprint the extension.
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
    reportContentScriptSize(`dist/${target}`),
  ],
  define: { __TARGET__: JSON.stringify(target) },
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    // crxjs knows only manifest pages: it does not treat sidebar_action.default_panel as an entry,
    // and the library and welcome pages are in no manifest; name them here for both targets.
    rollupOptions: {
      input: {
        sidepanel: 'src/sidepanel/index.html',
        library: 'src/library/index.html',
        welcome: 'src/welcome/index.html',
        options: 'src/options/index.html',
      },
    },
    target: 'es2022',
    sourcemap: false,
    minify: true,
  },
});
