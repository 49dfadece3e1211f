/**
 * The in-page UI's translator: only the strings of page-strings.ts, so the content bundle does
 * not carry the panel's tables.
 */
import { pageStringsEn, pageStringsZh, type PageMessageKey } from './page-strings';
import { fillTemplate } from './fill';

export { resolveLanguage } from './fill';

export type PageTranslate = ((key: PageMessageKey, params?: Record<string, string | number>) => string) & { language?: 'en' | 'zh-CN' };

export function makePageTranslate(language: 'en' | 'zh-CN'): PageTranslate {
  const table = language === 'zh-CN' ? pageStringsZh : pageStringsEn;
  const t: PageTranslate = (key, params) => fillTemplate(table[key] ?? pageStringsEn[key], params);
  t.language = language;
  return t;
}
