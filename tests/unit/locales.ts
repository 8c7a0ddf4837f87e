/** The locale files as the built extension's `_locales/<lang>/messages.json`, for tests. */
import { readFileSync } from 'node:fs';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fillMessage } from '@/utils/i18n';

/** Our languages and their files in utils/i18n/locales. */
export const LOCALE_FILES = { en: 'en.yml', id: 'id.yml', zh_CN: 'zh_CN.yml' } as const;

/** Raw text of a locale file. */
export function localeText(lang: keyof typeof LOCALE_FILES): string {
  return readFileSync(new URL(`../../utils/i18n/locales/${LOCALE_FILES[lang]}`, import.meta.url), 'utf8');
}

/** A language's messages.json, as the build writes it. */
export function catalog(lang: keyof typeof LOCALE_FILES): Record<string, { message: string }> {
  return generateChromeMessages(parseMessagesText(localeText(lang), 'YAML')) as Record<string, { message: string }>;
}

/** `browser.i18n.getMessage` of a browser whose UI language is `lang`. */
export function getMessageIn(lang: keyof typeof LOCALE_FILES) {
  const messages = catalog(lang);
  return (name: string, subs?: string | string[]): string => {
    const text = messages[name]?.message;
    return text === undefined ? '' : fillMessage(text, typeof subs === 'string' ? [subs] : (subs ?? []));
  };
}
