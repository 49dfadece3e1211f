import type { Plugin } from 'vite';

/**
 * Puts an extension page's own stylesheets into its HTML as `<style>` elements.
 *
 * Why: every file an extension page loads is a request through the browser process, which is
 * busy with the new page's navigation just then (measured: 10–60 ms per file while a page opens),
 * and a stylesheet in the head holds both the first paint and the page's deferred entry script
 * until it arrives. Inline, the styles cost nothing extra. Extension pages' CSP restricts scripts,
 * not styles, in both browsers; the CSS is our own build output, never page-derived text.
 */
export function inlineStylesheets(): Plugin {
  return {
    name: 'repost-lens:inline-stylesheets',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        return html.replace(/<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g, (link, file: string) => {
          const asset = bundle[file];
          if (!asset || asset.type !== 'asset') return link;
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          // A stylesheet cannot end the element early: `</style` never appears in our CSS, but check.
          if (/<\/style/i.test(css)) return link;
          return `<style data-from="${file}">${css}</style>`;
        });
      },
    },
  };
}
