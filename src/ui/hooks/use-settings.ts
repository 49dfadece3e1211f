import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import { getSettings, onSettingsChanged } from '../../settings/settings-store';
import { makeTranslate, resolveLanguage, type Translate } from '../i18n/translate';

/** The current settings, live: a change made in the popup shows in the side panel at once. */
export function useSettings(): { settings: Settings; loaded: boolean } {
  const [state, setState] = useState<{ settings: Settings; loaded: boolean }>({ settings: DEFAULT_SETTINGS, loaded: false });
  useEffect(() => {
    let alive = true;
    void getSettings().then((settings) => alive && setState({ settings, loaded: true }));
    const off = onSettingsChanged((settings) => setState({ settings, loaded: true }));
    return () => {
      alive = false;
      off();
    };
  }, []);
  return state;
}

/** The translate function for the user's language setting. */
export function useTranslate(settings: Settings): Translate {
  return useMemo(() => makeTranslate(resolveLanguage(settings.language, navigator.language)), [settings.language]);
}

/**
 * The resolved UI language ('en' | 'zh-CN'), for `lang` attributes and colour names. Also the
 * page's own `<html lang>`: screen readers pick their voice from it, and Chinese text read with
 * an English voice is noise.
 */
export function useLanguage(settings: Settings): 'en' | 'zh-CN' {
  const lang = resolveLanguage(settings.language, navigator.language);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return lang;
}
