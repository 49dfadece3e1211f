/** Picks the UI language and fills `{name}` placeholders. Text only: never HTML. */
import type { Language } from '../../settings/schema';
import { en, type MessageKey } from './en';
import { zhCN } from './zh-CN';

/** Fills a message; `language` says which table it reads (colour names and dates follow it). */
export type Translate = ((key: MessageKey, params?: Record<string, string | number>) => string) & { language?: 'en' | 'zh-CN' };

/** 'auto' follows the browser: any Chinese locale gets Simplified Chinese, everything else English. */
export function resolveLanguage(setting: Language, browserLanguage: string): 'en' | 'zh-CN' {
  if (setting !== 'auto') return setting;
  return /^zh\b/i.test(browserLanguage) ? 'zh-CN' : 'en';
}

export function makeTranslate(language: 'en' | 'zh-CN'): Translate {
  const table: Record<MessageKey, string> = language === 'zh-CN' ? zhCN : en;
  const t: Translate = (key, params) => {
    const template = table[key] ?? en[key];
    return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : template;
  };
  t.language = language;
  return t;
}
