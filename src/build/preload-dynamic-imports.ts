import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';

type Bundle = Rollup.OutputBundle;

/**
 * Lists, in an extension page's HTML, the chunks its entry imports dynamically: `modulepreload`
 * for their JavaScript and `preload` for their CSS, so the browser fetches them from the start.
 *
 * Why: a page whose entry must act before its UI loads (the library sends its first query from a
 * module that imports nothing, then imports the UI) would otherwise fetch the UI only when the
 * entry has run: a second round of fetches, each ~10–40 ms for an extension page's file.
 * The CSS is a `preload`, not a stylesheet: a stylesheet in the head would hold the deferred
 * entry script until it loaded. Vite's import helper then adds the stylesheet (from the cache) and
 * skips the modules already listed. Pages without dynamic imports get nothing.
 */
export function preloadDynamicImports(): Plugin {
  return {
    name: 'repost-lens:preload-dynamic-imports',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const { bundle, chunk } = ctx;
        if (!bundle || !chunk) return [];
        // The entry and its static imports are in the HTML already (script tag, modulepreload, stylesheets).
        const seen = new Set([chunk.fileName, ...chunk.imports]);
        const js = new Set<string>();
        const css = new Set<string>();
        for (const file of chunk.dynamicImports) collect(bundle, file, seen, js, css);
        const base = '/';
        return [
          ...[...js].map((f): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: base + f }, injectTo: 'head' })),
          ...[...css].map((f): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: base + f }, injectTo: 'head' })),
        ];
      },
    },
  };
}

/** A chunk and its static imports, transitively, with the CSS each imports. */
function collect(bundle: Bundle, file: string, seen: Set<string>, js: Set<string>, css: Set<string>): void {
  const chunk = bundle[file];
  if (!chunk || chunk.type !== 'chunk' || seen.has(file)) return;
  seen.add(file);
  js.add(file);
  for (const f of (chunk as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? []) css.add(f);
  for (const f of chunk.imports) collect(bundle, f, seen, js, css);
}
