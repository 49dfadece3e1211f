import { build, type InlineConfig, type Plugin } from 'vite';

/**
 * Builds one extension page in a build of its own, after the main one, as ONE script file: its
 * entry, its UI and everything they import, with no shared chunks and no dynamic-import chunks.
 *
 * Why: every file an extension page loads is a request through the browser process, which is busy
 * opening the page just then. The library's first screen needed eleven files (its entry, the UI
 * chunk and nine chunks it shares with the other pages), preloaded in parallel; in one file it
 * paints about 15 ms sooner (`npm run bench -- --only=library`: four alternating pairs of runs,
 * 112–128 against 124–144 ms, the welcome page at 96–108 ms in the same runs). The shared code is
 * then in the library's file and in the other pages' chunks alike: a few tens of KB on disk.
 *
 * `page` is the HTML entry (relative to the project root); `shared` is what the main build's own
 * config gives every page (plugins that transform source or HTML, `define`, target, minify).
 */
export function singleFilePage(page: string, shared: () => InlineConfig): Plugin {
  let outDir = '';
  let root = '';
  return {
    name: 'repost-lens:single-file-page',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      root = config.root;
    },
    async closeBundle() {
      const base = shared();
      await build({
        ...base,
        configFile: false,
        root,
        logLevel: 'warn',
        build: {
          ...base.build,
          outDir,
          // The main build's output is already there.
          emptyOutDir: false,
          // One chunk: dynamic imports inlined, nothing split off (rolldown's `codeSplitting`).
          rollupOptions: { input: { [nameOf(page)]: page }, output: { codeSplitting: false } as Record<string, unknown> },
          modulePreload: false,
          copyPublicDir: false,
        },
      });
    },
  };
}

/** The chunk's name: the page's folder (src/library/index.html → library). */
function nameOf(page: string): string {
  const parts = page.split('/');
  return parts[parts.length - 2] ?? 'page';
}

