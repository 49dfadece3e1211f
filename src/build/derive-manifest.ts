/**
 * The one build step that knows the browsers differ in their manifest.
 *
 * `manifest.json` at the project root is the single source, in Chrome's shape. Firefox (MV3)
 * has no `side_panel` and no background service worker, so for it we swap in `sidebar_action`
 * (the same page) and `background.scripts`, drop the `sidePanel` and `offscreen` permissions
 * Firefox does not know (its event page parses page snapshots itself: it has a DOM), and add the
 * gecko settings AMO requires.
 */

export type BuildTarget = 'chrome' | 'firefox';

/** The subset of the manifest this step reads or writes; everything else passes through. */
export type ManifestShape = {
  name: string;
  action?: { default_title?: string; default_icon?: Record<string, string> };
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  side_panel?: { default_path: string };
  permissions?: string[];
  [key: string]: unknown;
};

/**
 * Firefox add-on id: stable (never change it: storage and the AMO listing hang on it), so storage
 * survives updates and tests can pin the extension UUID. An email-like id in a domain we name.
 */
export const GECKO_ID = 'repost-lens@repostlens.app';
/** `data_collection_permissions` needs Firefox 140 (desktop) / 142 (Android) to lint clean. */
export const FIREFOX_MIN_VERSION = '142.0';

/** Permissions of Chrome-only APIs: the side panel, and the offscreen document that parses snapshots. */
export const CHROME_ONLY_PERMISSIONS = ['sidePanel', 'offscreen'];

/** Extension pages only Chrome builds (Firefox's event page has a DOM: no offscreen document). */
export const CHROME_ONLY_PAGES = { offscreen: 'src/offscreen/index.html' };

export function deriveManifest<M extends ManifestShape>(base: M, target: BuildTarget): ManifestShape {
  const manifest: ManifestShape = structuredClone(base);
  if (target === 'chrome') return manifest;

  const worker = manifest.background?.service_worker;
  if (!worker) throw new Error('manifest.json: background.service_worker is required');
  manifest.background = { scripts: [worker], type: 'module' };

  const panel = manifest.side_panel?.default_path;
  if (!panel) throw new Error('manifest.json: side_panel.default_path is required');
  delete manifest.side_panel;
  manifest['sidebar_action'] = {
    default_panel: panel,
    default_title: manifest.action?.default_title ?? manifest.name,
    ...(manifest.action?.default_icon ? { default_icon: manifest.action.default_icon } : {}),
    // The sidebar opens only when the user asks (toolbar popup button or the command).
    open_at_install: false,
  };

  manifest.permissions = (manifest.permissions ?? []).filter((p) => !CHROME_ONLY_PERMISSIONS.includes(p));
  // Chrome's own minimum means nothing to Firefox (its minimum is strict_min_version below).
  delete manifest['minimum_chrome_version'];
  manifest['browser_specific_settings'] = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // Nothing leaves the browser: Repost Lens collects and transmits no data.
      data_collection_permissions: { required: ['none'] },
    },
  };
  return manifest;
}

/** Reads the target from the TARGET environment variable; anything but 'firefox' is Chrome. */
export function targetFromEnv(value: string | undefined): BuildTarget {
  return value === 'firefox' ? 'firefox' : 'chrome';
}
