/** What every translator shares: the language choice and `{name}` placeholders. Text only, never HTML. */
import type { Language } from '../../settings/schema';

/** 'auto' follows the browser: any Chinese locale gets Simplified Chinese, everything else English. */
export function resolveLanguage(setting: Language, browserLanguage: string): 'en' | 'zh-CN' {
  if (setting !== 'auto') return setting;
  return /^zh\b/i.test(browserLanguage) ? 'zh-CN' : 'en';
}

/** Fills `{name}` placeholders from `params`; unknown names stay as written. */
export function fillTemplate(template: string, params?: Record<string, string | number>): string {
  return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : template;
}
