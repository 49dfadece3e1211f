import type { Plugin } from 'vite';

type War = { resources: string[]; matches?: string[] };

/**
 * crxjs lists every script imported with `?script` under `web_accessible_resources` (which an
 * ES-module loader would need) and keeps the intermediate ES chunk it built before the IIFE.
 * Our injected scripts are self-contained IIFE files run by `scripting.executeScript`, which
 * needs neither: so they are taken out of the manifest (a web-accessible file lets any page
 * probe for the extension). The intermediate chunk stays in assets/, unreferenced and never
 * loaded (removing it here confused the chunk names rolldown hands out).
 * `scripts` maps each injected source file to its built file.
 */
export function injectedScriptsStayPrivate(scripts: Record<string, string>): Plugin & { renderCrxManifest(manifest: Record<string, unknown>): Record<string, unknown> } {
  const built = new Set(Object.values(scripts));
  return {
    name: 'repost-lens:injected-scripts-stay-private',
    // After crxjs's own (post) manifest plugins, which add the resources.
    enforce: 'post',
    renderCrxManifest(manifest) {
      const war = (manifest['web_accessible_resources'] as War[] | undefined) ?? [];
      const kept = war.map((r) => ({ ...r, resources: r.resources.filter((f) => !built.has(f)) })).filter((r) => r.resources.length > 0);
      if (kept.length > 0) manifest['web_accessible_resources'] = kept;
      else delete manifest['web_accessible_resources'];
      return manifest;
    },
  };
}
