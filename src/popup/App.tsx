import { useEffect } from 'preact/hooks';
import browser from '../platform/browser';
import { hasSidePanel, openSidePanel } from '../platform/side-panel';
import { siteOf, withSiteDisabled } from '../settings/site-access';
import { DataControls } from '../ui/components/data-controls';
import { SettingsForm, useSave } from '../ui/components/settings-form';
import { useLanguage, useSettings, useTranslate } from '../ui/hooks/use-settings';
import { useTargetTab } from '../ui/hooks/use-target-tab';
import { openExtensionPage } from '../ui/open-page';

/** The toolbar popup: on/off (everywhere and for this site), open the panel or the library, the settings and the data. */
export function App() {
  const { settings, loaded } = useSettings();
  const t = useTranslate(settings);
  const lang = useLanguage(settings);
  const { status, save } = useSave();
  const target = useTargetTab();
  const host = target.url ? siteOf(target.url) : '';
  const siteOn = host !== '' && !settings.disabledSites.includes(host);
  useEffect(() => {
    document.title = `${t('appName')} — ${t('settingsTitle')}`;
  }, [t]);

  return (
    <main class="popup" data-testid="popup" data-loaded={loaded ? 'yes' : 'no'} lang={lang}>
      <h1 class="app-name">{t('appName')}</h1>
      <label class="field switch">
        <strong>{t('enabled')}</strong>
        <input id="enabled" type="checkbox" role="switch" checked={settings.enabled} aria-describedby="enabled-hint"
          onChange={(e) => void save({ enabled: (e.currentTarget as HTMLInputElement).checked })} />
      </label>
      <p class="hint" id="enabled-hint">{t('enabledHint')}</p>
      {host ? (
        <>
          <label class="field switch">
            <span>{t('siteOn', { site: host })}</span>
            <input id="site-enabled" type="checkbox" role="switch" checked={siteOn} disabled={!settings.enabled} data-site={host}
              onChange={(e) => void save({ disabledSites: withSiteDisabled(settings, host, !(e.currentTarget as HTMLInputElement).checked) })} />
          </label>
          <p class="hint">{t('siteOffHint')}</p>
        </>
      ) : (
        <p class="hint" data-testid="no-site">{t('noSite')}</p>
      )}
      <div class="popup-actions">
        {hasSidePanel() && (
          <button id="open-panel" type="button" class="action" onClick={() => void openSidePanel({ windowId: target.windowId }).then(() => window.close(), () => {})}>
            {t('openPanel')}
          </button>
        )}
        <button id="open-library" type="button" class="action" onClick={() => void openExtensionPage('src/library/index.html').then(() => window.close())}>{t('openLibrary')}</button>
        <button id="open-options" type="button" class="action" onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}>{t('openOptions')}</button>
      </div>
      <h2 style={{ marginTop: '14px' }}>{t('settingsTitle')}</h2>
      <SettingsForm settings={settings} t={t} save={save} />
      <p class="muted" data-testid="save-status" aria-live="polite">{status ? t(status.key, { error: status.error ?? '' }) : ''}</p>
      <DataControls t={t} />
      <p class="hint">{t('privacyNote')}</p>
    </main>
  );
}
