/** Picks the UI language and fills `{name}` placeholders. Text only: never HTML. */
import { en, type MessageKey } from './en';
import { zhCN } from './zh-CN';
import { fillTemplate } from './fill';

/** Fills a message; `language` says which table it reads (colour names and dates follow it). */
export type Translate = ((key: MessageKey, params?: Record<string, string | number>) => string) & { language?: 'en' | 'zh-CN' };

export { resolveLanguage } from './fill';

export function makeTranslate(language: 'en' | 'zh-CN'): Translate {
  const table: Record<MessageKey, string> = language === 'zh-CN' ? zhCN : en;
  const t: Translate = (key, params) => {
    const template = table[key] ?? en[key];
    return fillTemplate(template, params);
  };
  t.language = language;
  return t;
}
