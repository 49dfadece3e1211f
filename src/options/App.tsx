import { useEffect } from 'preact/hooks';
import { DataControls } from '../ui/components/data-controls';
import { SettingsForm, useSave } from '../ui/components/settings-form';
import { useLanguage, useSettings, useTranslate } from '../ui/hooks/use-settings';
import { openExtensionPage } from '../ui/open-page';

/** The options page: the popup's settings on a full page, plus the list of sites switched off. */
export function App() {
  const { settings, loaded } = useSettings();
  const t = useTranslate(settings);
  const lang = useLanguage(settings);
  const { status, save } = useSave();
  useEffect(() => {
    document.title = t('optionsTitle');
  }, [t]);
  return (
    <main class="page options" data-testid="options" data-loaded={loaded ? 'yes' : 'no'} lang={lang}>
      <h1>{t('optionsTitle')}</h1>
      <label class="field switch">
        <strong>{t('enabled')}</strong>
        <input id="enabled" type="checkbox" role="switch" checked={settings.enabled} aria-describedby="enabled-hint"
          onChange={(e) => void save({ enabled: (e.currentTarget as HTMLInputElement).checked })} />
      </label>
      <p class="hint" id="enabled-hint">{t('enabledHint')}</p>
      {settings.disabledSites.length > 0 && (
        <ul class="site-list" data-testid="disabled-sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <bdi>{site}</bdi>{' '}
              <button type="button" class="link" onClick={() => void save({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}>
                {t('turnOnSite')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <SettingsForm settings={settings} t={t} save={save} />
      <p class="muted" data-testid="save-status" aria-live="polite">{status ? t(status.key, { error: status.error ?? '' }) : ''}</p>
      <p class="hint">{t('shortcutHint')}</p>
      <p><button type="button" class="action" onClick={() => void openExtensionPage('src/library/index.html')}>{t('openLibrary')}</button></p>
      <DataControls t={t} />
      <p class="hint">{t('privacyNote')}</p>
    </main>
  );
}
