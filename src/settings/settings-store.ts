/**
 * Settings in `browser.storage`: `sync` where the browser has it (they follow the user across
 * devices), mirrored into `local` so they survive where sync is off or unavailable.
 * Any context may read them; every read goes through the validator.
 */
import browser from '../platform/browser';
import { applySettingsPatch, parseSettings, type Settings } from './schema';

const KEY = 'settings';

type Area = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };

function areas(): Area[] {
  const list: Area[] = [];
  if (browser.storage.sync) list.push(browser.storage.sync as unknown as Area);
  list.push(browser.storage.local as unknown as Area);
  return list;
}

export async function getSettings(): Promise<Settings> {
  for (const area of areas()) {
    try {
      const stored = (await area.get(KEY))[KEY];
      if (stored !== undefined) return parseSettings(stored).settings;
    } catch {
      // Sync can be disabled by policy or unavailable; fall through to local.
    }
  }
  return parseSettings(undefined).settings;
}

/** Validates and saves a change; returns the saved settings and any problems with the patch. */
export async function updateSettings(patch: Partial<Settings>): Promise<{ settings: Settings; problems: string[] }> {
  const result = applySettingsPatch(await getSettings(), patch);
  const writes = areas().map((area) => area.set({ [KEY]: result.settings }).then(() => true, () => false));
  const written = await Promise.all(writes);
  if (!written.some(Boolean)) throw new Error('settings could not be saved');
  return result;
}

/** Calls `listener` with the new settings whenever they change in any context. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>): void => {
    const change = changes[KEY];
    if (change) listener(parseSettings(change.newValue).settings);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
