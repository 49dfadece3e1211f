import { useState } from 'preact/hooks';
import { COLOR_PRESETS, colorLabel } from '../../settings/highlight-colors';
import type { Language, Settings } from '../../settings/schema';
import { updateSettings } from '../../settings/settings-store';
import type { Translate } from '../i18n/translate';

/** Saves a settings change and reports it as a message key (so it follows a language change made by this very save). */
export function useSave() {
  const [status, setStatus] = useState<{ key: 'saved' | 'saveFailed'; error?: string } | null>(null);
  const save = async (patch: Partial<Settings>): Promise<void> => {
    try {
      const { problems } = await updateSettings(patch);
      setStatus(problems.length ? { key: 'saveFailed', error: problems.join('; ') } : { key: 'saved' });
    } catch (error) {
      setStatus({ key: 'saveFailed', error: error instanceof Error ? error.message : String(error) });
    }
  };
  return { status, save };
}

/**
 * The settings shared by the popup and the options page: language, key figures shown, palette
 * (swatches announced by colour name), selection toolbar, badge and the in-page repost notice.
 */
export function SettingsForm(props: { settings: Settings; t: Translate; save: (patch: Partial<Settings>) => Promise<void> }) {
  const { settings, t, save } = props;
  const lang = t.language ?? 'en';
  const togglePaletteColor = (hex: string): void => {
    const has = settings.palette.includes(hex);
    const next = has ? settings.palette.filter((c) => c !== hex) : [...settings.palette, hex];
    if (next.length < 4 || next.length > 8) return;
    void save({ palette: next });
  };
  return (
    <div class="settings-form">
      <label class="field">
        {t('language')}
        <select id="language" value={settings.language} onChange={(e) => void save({ language: (e.currentTarget as HTMLSelectElement).value as Language })}>
          <option value="auto">{t('languageAuto')}</option>
          <option value="en" lang="en">English</option>
          <option value="zh-CN" lang="zh-CN">中文（简体）</option>
        </select>
      </label>
      <label class="field">
        {t('topFigures')}
        <input id="top-figures" type="number" min={1} max={50} value={settings.topFigures}
          onChange={(e) => void save({ topFigures: Number((e.currentTarget as HTMLInputElement).value) })} />
      </label>
      <div class="field-block">
        <span id="palette-label">{t('palette')}</span>
        <div class="swatches" role="group" aria-labelledby="palette-label">
          {COLOR_PRESETS.map((c) => (
            <button key={c.hex} type="button" class="swatch" data-color={c.hex} aria-pressed={settings.palette.includes(c.hex)}
              aria-label={colorLabel(c.hex, lang)} title={colorLabel(c.hex, lang)} style={{ background: c.hex }} onClick={() => togglePaletteColor(c.hex)} />
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
      <label class="field">
        {t('repostNotice')}
        <input id="repost-notice" type="checkbox" checked={settings.repostNotice} aria-describedby="repost-notice-hint"
          onChange={(e) => void save({ repostNotice: (e.currentTarget as HTMLInputElement).checked })} />
      </label>
      <p class="hint" id="repost-notice-hint">{t('repostNoticeHint')}</p>
      {settings.noticeDismissedSites.length > 0 && (
        <p class="hint">
          {t('noticeDismissed', { n: settings.noticeDismissedSites.length })}{' '}
          <button type="button" class="link" onClick={() => void save({ noticeDismissedSites: [] })}>{t('noticeReset')}</button>
        </p>
      )}
    </div>
  );
}
