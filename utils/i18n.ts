/**
 * The one owner of translation. `t(key, …)` answers synchronously in the UI language: the browser's,
 * through `browser.i18n`, or the one chosen in the options page. `browser.i18n` cannot switch language,
 * so a chosen language's own `_locales/<lang>/messages.json` is kept: pages cache it in the extension's
 * `localStorage` (read synchronously at first paint), the background worker fetches it when it needs it.
 */
import { browser } from 'wxt/browser';
import type { GeneratedI18nStructure } from '#i18n';

/** A message key, `group.name` (`group_name` in messages.json). */
export type MessageKey = keyof GeneratedI18nStructure;
/** Keys of messages with plural forms. */
export type PluralKey = { [K in MessageKey]: GeneratedI18nStructure[K]['plural'] extends true ? K : never }[MessageKey];

/** The languages the extension speaks, as named by `_locales/`. */
export const LANGUAGES = ['en', 'id', 'zh_CN'] as const;
export type Language = (typeof LANGUAGES)[number];
/** The language setting: follow the browser, or one of ours. */
export type LanguageSetting = 'auto' | Language;

type Catalog = Record<string, { message: string } | undefined>;
/** A chosen language's messages, and the extension version they came with (an update may add keys). */
interface Chosen {
  lang: Language;
  version: string;
  messages: Catalog;
}

const CACHE_KEY = 'i18n-language';
let chosen: Chosen | null | undefined;
let pending: Promise<unknown> = Promise.resolve();

// WXT types getMessage with the keys of public/_locales only; ours come from utils/locales.
const getMessage = (name: string, subs?: string[]): string => browser.i18n.getMessage(name as '@@ui_locale', subs);

function storageArea(): Storage | undefined {
  // Service workers have no localStorage; a page whose storage is blocked throws on access.
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function current(): Chosen | null {
  if (chosen === undefined) {
    try {
      chosen = JSON.parse(storageArea()?.getItem(CACHE_KEY) ?? 'null') as Chosen | null;
    } catch {
      chosen = null;
    }
  }
  return chosen;
}

/** Fills `$1`…`$9` as `browser.i18n.getMessage` does (`$$` is a dollar sign). */
export function fillMessage(text: string, subs: readonly string[]): string {
  return text.replace(/\$([$1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** The message `key` in the UI language, `$1`…`$9` filled from `subs`; the browser's language where the chosen one lacks it. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const name = key.replaceAll('.', '_');
  const strings = subs.map(String);
  const own = current()?.messages[name]?.message;
  return own === undefined ? getMessage(name, strings) : fillMessage(own, strings);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * A plural message (`one | other`): `count`, written as the UI language writes numbers, is `$1`
 * and picks the form by the language's plural rules.
 */
export function tn(key: PluralKey, count: number, ...subs: (string | number)[]): string {
  const locale = uiLocale();
  const forms = t(key, new Intl.NumberFormat(locale).format(count), ...subs).split(' | ');
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return (rules.select(count) === 'one' ? forms[0] : forms[forms.length - 1]) ?? '';
}

/** The language in use: the chosen one, else the one the browser picked from ours (`lang` says which). */
export function uiLanguage(): Language {
  const lang = current()?.lang ?? getMessage('lang');
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : 'en';
}

/**
 * The UI language as a BCP 47 tag for `Intl`: the browser's own tag when it is that language
 * (`en-GB` keeps its dates), else the language's (`id`, `zh-CN`).
 */
export function uiLocale(): string {
  const tag = uiLanguage().replace('_', '-');
  const browserTag = globalThis.navigator?.language;
  return browserTag && !current() && browserTag.split('-')[0] === tag.split('-')[0] ? browserTag : tag;
}

/**
 * Makes `setting` the UI language of this page or worker. A chosen language's messages are fetched
 * from the extension (once per language and version) and, in pages, kept in localStorage for the next
 * page's first paint. Resolves true when the language in use changed.
 */
export function applyLanguage(setting: LanguageSetting | undefined): Promise<boolean> {
  const run = pending.then(async () => {
    const before = current();
    if (!setting || setting === 'auto' || !(LANGUAGES as readonly string[]).includes(setting)) {
      chosen = null;
      storageArea()?.removeItem(CACHE_KEY);
      return before !== null;
    }
    const version = browser.runtime.getManifest().version;
    if (before?.lang === setting && before.version === version) return false;
    const url = browser.runtime.getURL(`/_locales/${setting}/messages.json` as '/');
    const messages = (await (await fetch(url)).json()) as Catalog;
    chosen = { lang: setting, version, messages };
    storageArea()?.setItem(CACHE_KEY, JSON.stringify(chosen));
    return before?.lang !== setting;
  });
  pending = run.catch(() => undefined);
  return run;
}

/** What `messages` takes: message keys, functions, and groups of them. */
export interface MessageSpec {
  readonly [name: string]: MessageKey | ((...args: never[]) => string) | MessageSpec;
}
/** What `messages` gives: each key a string, functions and groups as they were. */
export type Messages<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : T[K] extends (...args: infer A) => infer R ? (...args: A) => R : Messages<T[K]>;
};

/**
 * A page's strings object with the shape it always had (`strings.title`, `strings.saved(name)`): each
 * message key becomes a getter, so a text is looked up when shown, in the language in use then.
 */
export function messages<const T extends MessageSpec>(spec: T): Messages<T> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(spec)) {
    if (typeof value === 'string') Object.defineProperty(out, name, { get: () => t(value), enumerable: true });
    else out[name] = typeof value === 'function' ? value : messages(value);
  }
  return out as Messages<T>;
}
