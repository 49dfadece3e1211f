import { useEffect } from 'preact/hooks';
import { useLanguage, useSettings, useTranslate } from '../ui/hooks/use-settings';

/** The page opened once after install: what Repost Lens does, how to highlight, and privacy. */
export function App() {
  const { settings } = useSettings();
  const t = useTranslate(settings);
  const lang = useLanguage(settings);
  useEffect(() => {
    document.title = t('welcomeTitle');
  }, [t]);
  return (
    <main class="page welcome" data-testid="welcome" lang={lang}>
      <h1>{t('welcomeTitle')}</h1>
      <p class="lead">{t('welcomeIntro')}</p>
      <section aria-labelledby="w-what">
        <h2 id="w-what">{t('welcomeWhatTitle')}</h2>
        <ul>
          <li>{t('welcomeWhat1')}</li>
          <li>{t('welcomeWhat2')}</li>
          <li>{t('welcomeWhat3')}</li>
        </ul>
      </section>
      <section aria-labelledby="w-how">
        <h2 id="w-how">{t('welcomeHowTitle')}</h2>
        <ol>
          <li>{t('welcomeHow1')}</li>
          <li>{t('welcomeHow2')}</li>
          <li>{t('welcomeHow3')}</li>
        </ol>
      </section>
      <section aria-labelledby="w-privacy">
        <h2 id="w-privacy">{t('welcomePrivacyTitle')}</h2>
        <p>{t('welcomePrivacy1')}</p>
        <p>{t('welcomePrivacy2')}</p>
      </section>
      <p><strong>{t('welcomeTry')}</strong></p>
    </main>
  );
}
