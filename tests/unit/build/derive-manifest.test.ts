import { describe, expect, it } from 'vitest';
import base from '../../../manifest.json' with { type: 'json' };
import { deriveManifest, FIREFOX_MIN_VERSION, GECKO_ID, targetFromEnv } from '../../../src/build/derive-manifest';

describe('deriveManifest', () => {
  it('leaves the Chrome manifest as written', () => {
    expect(deriveManifest(base, 'chrome')).toEqual(base);
  });

  it('turns the service worker into background scripts and the side panel into a sidebar for Firefox', () => {
    const ff = deriveManifest(base, 'firefox') as Record<string, any>;
    expect(ff['background']).toEqual({ scripts: [base.background.service_worker], type: 'module' });
    expect(ff['side_panel']).toBeUndefined();
    expect(ff['sidebar_action'].default_panel).toBe(base.side_panel.default_path);
    expect(ff['permissions']).not.toContain('sidePanel');
    expect(ff['permissions']).toEqual(base.permissions.filter((p) => p !== 'sidePanel'));
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
    expect([...base.permissions].sort()).toEqual(['contextMenus', 'scripting', 'sidePanel', 'storage']);
    // The same pages the content script runs on: the background inserts the highlight paint rules there.
    expect((base as Record<string, unknown>)['host_permissions']).toEqual(['http://*/*', 'https://*/*']);
    expect((base as Record<string, unknown>)['web_accessible_resources']).toBeUndefined();
  });
});
