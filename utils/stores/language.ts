/**
 * Switching the UI language: loads a chosen language's messages from the extension's own
 * `_locales/` and keeps them where `t()` (utils/i18n/index.ts) reads them synchronously. Apart from
 * utils/i18n/index.ts so a page's first paint does not carry it.
 */
import { browser } from 'wxt/browser';
import {
  CACHE_KEY,
  type Catalog,
  type Chosen,
  chosenLanguage,
  LANGUAGES,
  type LanguageSetting,
  setChosenLanguage,
  storageArea,
  uiLocale,
} from '@/utils/i18n';
import { getSettings, watchSettings } from '@/utils/stores/settings';

let pending: Promise<unknown> = Promise.resolve();

/**
 * Makes `setting` the UI language of this page or worker. A chosen language's messages are fetched
 * from the extension (once per language and version) and, in pages, kept in localStorage for the next
 * page's first paint. Resolves true when the language in use changed.
 */
export function applyLanguage(setting: LanguageSetting | undefined): Promise<boolean> {
  const run = pending.then(async () => {
    const before = chosenLanguage();
    if (!setting || setting === 'auto' || !(LANGUAGES as readonly string[]).includes(setting)) {
      setChosenLanguage(null);
      storageArea()?.removeItem(CACHE_KEY);
      return before !== null;
    }
    const version = browser.runtime.getManifest().version;
    if (before?.lang === setting && before.version === version) return false;
    const url = browser.runtime.getURL(`/_locales/${setting}/messages.json` as '/');
    const messages = (await (await fetch(url)).json()) as Catalog;
    const next: Chosen = { lang: setting, version, messages };
    setChosenLanguage(next);
    storageArea()?.setItem(CACHE_KEY, JSON.stringify(next));
    return before?.lang !== setting;
  });
  pending = run.catch(() => undefined);
  return run;
}

/**
 * Keeps a page's language in step with the setting, which an import, another tab or another device
 * may change: applies it now and on every change, and calls `redraw` when the language changed.
 */
export function followLanguageSetting(redraw: () => void): () => void {
  const follow = (setting: LanguageSetting | undefined) =>
    applyLanguage(setting)
      .then((changed) => {
        document.documentElement.lang = uiLocale();
        if (changed) redraw();
      })
      // Messages that cannot be loaded leave the page in the language it has.
      .catch(() => undefined);
  void getSettings().then((settings) => follow(settings.language));
  return watchSettings((settings) => void follow(settings.language));
}
