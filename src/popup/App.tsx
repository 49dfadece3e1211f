import { useEffect, useState } from 'preact/hooks';
import browser from '../platform/browser';
import { hasSidePanel, openSidePanel } from '../platform/side-panel';
import { PRESET_COLORS, type Language, type Settings } from '../settings/schema';
import { updateSettings } from '../settings/settings-store';
import { useSettings, useTranslate } from '../ui/hooks/use-settings';

/** The toolbar popup: open the side panel, and the settings. */
export function App() {
  const { settings, loaded } = useSettings();
  const t = useTranslate(settings);
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  // The status is kept as a message key, so it follows a language change made by this very save.
  const [status, setStatus] = useState<{ key: 'saved' | 'saveFailed'; error?: string } | null>(null);

  // Learn the window before the click: the side panel must open synchronously in the gesture.
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);

  const save = async (patch: Partial<Settings>): Promise<void> => {
    try {
      const { problems } = await updateSettings(patch);
      setStatus(problems.length ? { key: 'saveFailed', error: problems.join('; ') } : { key: 'saved' });
    } catch (error) {
      setStatus({ key: 'saveFailed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  const togglePaletteColor = (hex: string): void => {
    const has = settings.palette.includes(hex);
    const next = has ? settings.palette.filter((c) => c !== hex) : [...settings.palette, hex];
    if (next.length < 4 || next.length > 8) return;
    void save({ palette: next });
  };

  return (
    <main class="popup" data-testid="popup" data-loaded={loaded ? 'yes' : 'no'}>
      <h1 class="app-name">{t('appName')}</h1>
      {hasSidePanel() && (
        <button id="open-panel" type="button" class="action" onClick={() => void openSidePanel({ windowId }).then(() => window.close(), () => {})}>
          {t('openPanel')}
        </button>
      )}
      <h2 style={{ marginTop: '14px' }}>{t('settingsTitle')}</h2>
      <label class="field">
        {t('language')}
        <select id="language" value={settings.language} onChange={(e) => void save({ language: (e.currentTarget as HTMLSelectElement).value as Language })}>
          <option value="auto">{t('languageAuto')}</option>
          <option value="en">English</option>
          <option value="zh-CN">简体中文</option>
        </select>
      </label>
      <label class="field">
        {t('topFigures')}
        <input id="top-figures" type="number" min={1} max={50} value={settings.topFigures}
          onChange={(e) => void save({ topFigures: Number((e.currentTarget as HTMLInputElement).value) })} />
      </label>
      <div class="field-block">
        <span>{t('palette')}</span>
        <div class="swatches" role="group" aria-label={t('palette')}>
          {PRESET_COLORS.map((hex) => (
            <button key={hex} type="button" class="swatch" data-color={hex} aria-pressed={settings.palette.includes(hex)}
              aria-label={hex} style={{ background: hex }} onClick={() => togglePaletteColor(hex)} />
          ))}
        </div>
      </div>
      <label class="field">
        {t('selectionToolbar')}
        <input id="selection-toolbar" type="checkbox" checked={settings.selectionToolbar}
          onChange={(e) => void save({ selectionToolbar: (e.currentTarget as HTMLInputElement).checked })} />
      </label>
      <label class="field">
        {t('badge')}
        <input id="badge" type="checkbox" checked={settings.badge} onChange={(e) => void save({ badge: (e.currentTarget as HTMLInputElement).checked })} />
      </label>
      <p class="muted" data-testid="save-status" aria-live="polite">{status ? t(status.key, { error: status.error ?? '' }) : ''}</p>
      <p class="hint">{t('privacyNote')}</p>
    </main>
  );
}
