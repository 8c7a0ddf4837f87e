/**
 * The one owner of translation. `t(key, …)` answers synchronously in the UI language: the browser's,
 * through `browser.i18n`, or the one chosen in the options page. `browser.i18n` cannot switch language,
 * so a chosen language's own `_locales/<lang>/messages.json` is kept: pages cache it in the extension's
 * `localStorage` (read synchronously at first paint), the background worker fetches it when it needs it
 * (utils/stores/language.ts, which pages load after their first paint).
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

/** A messages.json: message name → text. */
export type Catalog = Record<string, { message: string } | undefined>;
/** A chosen language's messages, and the extension version they came with (an update may add keys). */
export interface Chosen {
  lang: Language;
  version: string;
  messages: Catalog;
}

/** The localStorage key of the chosen language's messages (utils/stores/language.ts writes it). */
export const CACHE_KEY = 'i18n-language';
let chosen: Chosen | null | undefined;

// WXT types getMessage with the keys of public/_locales only; ours come from utils/i18n/locales.
// Chrome's offscreen document has no i18n API: words made there are empty, and the worker words them.
const getMessage = (name: string, subs?: string[]): string => browser.i18n?.getMessage(name as '@@ui_locale', subs) ?? '';

/** The extension origin's localStorage; undefined in a service worker or where storage is blocked. */
export function storageArea(): Storage | undefined {
  // Service workers have no localStorage; a page whose storage is blocked throws on access.
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The chosen language's messages, null when the browser's language is followed. */
export function chosenLanguage(): Chosen | null {
  if (chosen === undefined) {
    try {
      chosen = JSON.parse(storageArea()?.getItem(CACHE_KEY) ?? 'null') as Chosen | null;
    } catch {
      chosen = null;
    }
  }
  return chosen;
}

/** Replaces the chosen language's messages in this context (null: follow the browser). */
export function setChosenLanguage(next: Chosen | null): void {
  chosen = next;
}

/** Fills `$1`…`$9` as `browser.i18n.getMessage` does (`$$` is a dollar sign). */
export function fillMessage(text: string, subs: readonly string[]): string {
  return text.replace(/\$([$1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** The message `key` in the UI language, `$1`…`$9` filled from `subs`; the browser's language where the chosen one lacks it. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const name = key.replaceAll('.', '_');
  const strings = subs.map(String);
  const own = chosenLanguage()?.messages[name]?.message;
  return own === undefined ? getMessage(name, strings) : fillMessage(own, strings);
}

/** An argument of a stored message: text, a number, or another message (a word translated when shown). */
export type MessageArg = string | number | { key: MessageKey };
/** A message by key and arguments, stored (with a failure) to be worded in the language in use when shown. */
export interface MessageRef {
  key: MessageKey;
  args: MessageArg[];
}

/** The words of a stored message in the UI language; empty when this version has no such key. */
export function refText(ref: MessageRef): string {
  return t(ref.key, ...ref.args.map((a) => (typeof a === 'object' && a ? t(a.key) : a)));
}

/** A recorded failure in the language in use; its stored message when it has no key or an unknown one. */
export function failureText(failure: { message: string; text?: MessageRef }): string {
  const ref = failure.text;
  return (ref && typeof ref.key === 'string' && Array.isArray(ref.args) && refText(ref)) || failure.message;
}

const pluralRules = new Map<string, Intl.PluralRules>();
// Made once per language: an Intl object costs about a millisecond to make (utils/core/format.ts).
const countFormats = new Map<string, Intl.NumberFormat>();

/**
 * A plural message (`one | other`): `count`, written as the UI language writes numbers, is `$1`
 * and picks the form by the language's plural rules.
 */
export function tn(key: PluralKey, count: number, ...subs: (string | number)[]): string {
  const locale = uiLocale();
  let numbers = countFormats.get(locale);
  if (!numbers) countFormats.set(locale, (numbers = new Intl.NumberFormat(locale)));
  const forms = t(key, numbers.format(count), ...subs).split(' | ');
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return (rules.select(count) === 'one' ? forms[0] : forms[forms.length - 1]) ?? '';
}

/** The language in use: the chosen one, else the one the browser picked from ours (`lang` says which). */
export function uiLanguage(): Language {
  const lang = chosenLanguage()?.lang ?? getMessage('lang');
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : 'en';
}

/**
 * The UI language as a BCP 47 tag for `Intl`: the browser's own tag when it is that language
 * (`en-GB` keeps its dates), else the language's (`id`, `zh-CN`).
 */
export function uiLocale(): string {
  const tag = uiLanguage().replace('_', '-');
  const browserTag = globalThis.navigator?.language;
  return browserTag && !chosenLanguage() && browserTag.split('-')[0] === tag.split('-')[0] ? browserTag : tag;
}

/** What `messages` takes: `0` (the key is the prefix and the path), a message key, functions, and groups of them. */
export interface MessageSpec {
  readonly [name: string]: 0 | MessageKey | ((...args: never[]) => string) | MessageSpec;
}
/** What `messages` gives: each key a string, functions and groups as they were. */
export type Messages<T> = {
  readonly [K in keyof T]: T[K] extends string | number
    ? string
    : T[K] extends (...args: infer A) => infer R
      ? (...args: A) => R
      : Messages<T[K]>;
};

/**
 * A page's strings object with the shape it always had (`strings.title`, `strings.saved(name)`): each
 * text becomes a getter, so it is looked up when shown, in the language in use then. `0` stands for the
 * key `prefix.path` (`ends-today` is `endsToday`), which keeps the keys out of the first paint's code.
 */
export function messages<const T extends MessageSpec>(prefix: string, spec: T): Messages<T> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(spec)) {
    const key = `${prefix}.${name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`;
    if (typeof value === 'function') out[name] = value;
    else if (typeof value === 'object') out[name] = messages(key, value);
    else Object.defineProperty(out, name, { get: () => t((value || key) as MessageKey), enumerable: true });
  }
  return out as Messages<T>;
}
