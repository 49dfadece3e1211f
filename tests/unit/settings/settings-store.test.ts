import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('../../helpers/fake-browser')).fakeBrowserModule());

import { getFakeBrowser } from '../../helpers/fake-browser';
import { getSettings, onSettingsChanged, updateSettings } from '../../../src/settings/settings-store';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';

const fake = getFakeBrowser();

describe('settings store', () => {
  beforeEach(() => fake.reset());

  it('saves to sync and local, and reads back', async () => {
    await updateSettings({ language: 'zh-CN', topFigures: 5 });
    expect(await getSettings()).toMatchObject({ language: 'zh-CN', topFigures: 5 });
    expect((await fake.browser.storage.local.get('settings'))['settings']).toMatchObject({ topFigures: 5 });
  });

  it('reports a bad patch and keeps the old value', async () => {
    const { problems, settings } = await updateSettings({ topFigures: -3 });
    expect(problems).toEqual(['settings.topFigures: invalid value']);
    expect(settings.topFigures).toBe(DEFAULT_SETTINGS.topFigures);
  });

  it('repairs corrupted stored settings on read', async () => {
    await fake.browser.storage.sync.set({ settings: { language: 42 } });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells listeners about changes', async () => {
    const seen: number[] = [];
    onSettingsChanged((s) => seen.push(s.topFigures));
    await updateSettings({ topFigures: 12 });
    expect(seen).toContain(12);
  });
});
