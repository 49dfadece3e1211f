import { describe, expect, it } from 'vitest';
import base from '../../../manifest.json' with { type: 'json' };
import { deriveManifest, FIREFOX_MIN_VERSION, GECKO_ID, targetFromEnv } from '../../../src/build/derive-manifest';

describe('deriveManifest', () => {
  it('leaves the Chrome manifest as written', () => {
    expect(deriveManifest(base, 'chrome')).toEqual(base);
    expect((base as Record<string, unknown>)['minimum_chrome_version']).toBe('116');
    expect(GECKO_ID).not.toMatch(/example|placeholder/);
  });

  it('turns the service worker into background scripts and the side panel into a sidebar for Firefox', () => {
    const ff = deriveManifest(base, 'firefox') as Record<string, any>;
    expect(ff['background']).toEqual({ scripts: [base.background.service_worker], type: 'module' });
    expect(ff['side_panel']).toBeUndefined();
    expect(ff['sidebar_action'].default_panel).toBe(base.side_panel.default_path);
    expect(ff['permissions']).not.toContain('sidePanel');
    // Firefox's event page parses page snapshots itself: no offscreen document, no permission for one.
    expect(ff['permissions']).not.toContain('offscreen');
    expect(ff['permissions']).toEqual(base.permissions.filter((p) => p !== 'sidePanel' && p !== 'offscreen'));
    expect(ff['browser_specific_settings'].gecko.id).toBe(GECKO_ID);
    expect(Number.parseFloat(ff['browser_specific_settings'].gecko.strict_min_version)).toBeGreaterThanOrEqual(142);
    expect(ff['browser_specific_settings'].gecko.strict_min_version).toBe(FIREFOX_MIN_VERSION);
    expect(ff['browser_specific_settings'].gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('does not modify its input', () => {
    const copy = structuredClone(base);
    deriveManifest(base, 'firefox');
    expect(base).toEqual(copy);
  });

  it('refuses a manifest without the keys it must translate', () => {
    const { side_panel: _omit, ...noPanel } = base;
    expect(() => deriveManifest(noPanel, 'firefox')).toThrow(/side_panel/);
  });

  it('reads the target from the environment, defaulting to Chrome', () => {
    expect(targetFromEnv('firefox')).toBe('firefox');
    expect(targetFromEnv(undefined)).toBe('chrome');
    expect(targetFromEnv('safari')).toBe('chrome');
  });
});

describe('manifest.json', () => {
  it('asks only for the permissions the README justifies', () => {
    expect([...base.permissions].sort()).toEqual(['contextMenus', 'offscreen', 'scripting', 'sidePanel', 'storage']);
    // Host access exactly where the loader is declared (scripting.executeScript needs it in Chrome).
    const loader = (base.content_scripts as Array<{ matches: string[]; js: string[]; css?: string[] }>);
    expect(loader).toHaveLength(1);
    expect(loader[0]?.js).toEqual(['src/loader/index.ts']);
    expect(loader[0]?.css).toBeUndefined();
    expect((base as Record<string, unknown>)['host_permissions']).toEqual(loader[0]?.matches);
    expect((base as Record<string, unknown>)['web_accessible_resources']).toBeUndefined();
  });
});
