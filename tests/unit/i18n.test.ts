// Languages: every locale has every key with the same placeholders, t() and tn() pick the right words
// and forms, a chosen language overrides the browser's, and stored failures are worded when shown.
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alertText } from '@/utils/core/alert-strings';
import { formatBadge } from '@/utils/core/badge';
import { formatDate, formatMoney } from '@/utils/core/format';
import { CACHE_KEY, failureText, LANGUAGES, type Language, messages, setChosenLanguage, t, tn, uiLanguage, uiLocale } from '@/utils/i18n';
import { applyLanguage } from '@/utils/stores/language';
import { DEFAULT_SETTINGS, LANGUAGE_SETTINGS } from '@/utils/model';
import { fieldArg, sourceFailure } from '@/utils/core/source-messages';
import { cardStrings } from '@/components/strings';
import { insightStrings } from '@/components/insight-strings';
import { optionsStrings } from '@/entrypoints/options/strings';
import { alertsStrings } from '@/entrypoints/options/alerts/alerts-strings';
import { pasteStrings } from '@/entrypoints/options/paste/paste-strings';
import { strings as popupStrings } from '@/entrypoints/popup/strings';
import { strings as historyPageStrings } from '@/entrypoints/history/strings';
import { catalog, getMessageIn, localeText } from './locales';

type Parsed = ReturnType<typeof parseMessagesText>[number];
const parsed = (lang: Language): Map<string, Parsed> =>
  new Map(parseMessagesText(localeText(lang), 'YAML').map((m) => [m.key.join('.'), m]));
const texts = (m: Parsed): string[] => (m.type === 'plural' ? Object.values(m.plurals) : m.type === 'chrome' ? [m.message] : [m.message]);
const placeholders = (m: Parsed): string[] =>
  [
    ...new Set(
      texts(m)
        .join(' ')
        .match(/(?<!\$)\$[1-9]/g) ?? [],
    ),
  ].sort();

/** A browser whose UI language is `lang`, with nothing chosen in the options page. */
function browserIn(lang: Language): void {
  setChosenLanguage(null);
  Object.assign(fakeBrowser.i18n, { getMessage: getMessageIn(lang) });
}

/** The options page chose `lang` (its messages already loaded), in an English browser. */
function chosen(lang: Language): void {
  browserIn('en');
  setChosenLanguage({ lang, version: '0.1.0', messages: catalog(lang) });
}

afterEach(() => setChosenLanguage(null));

describe('locale files', () => {
  const all = Object.fromEntries(LANGUAGES.map((lang) => [lang, parsed(lang)])) as Record<Language, Map<string, Parsed>>;

  it.each(LANGUAGES.flatMap((a) => LANGUAGES.filter((b) => b !== a).map((b) => [a, b] as const)))('every key of %s is in %s', (a, b) => {
    const missing = [...all[a].keys()].filter((key) => !all[b].has(key));
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has the placeholders English has, key by key', (lang) => {
    const differ = [...all.en].filter(([key, m]) => {
      const other = all[lang].get(key);
      return other !== undefined && placeholders(other).join() !== placeholders(m).join();
    });
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it('English plurals have a singular and a plural; Indonesian and Chinese, which have none, one form', () => {
    const plurals = [...all.en.values()].filter((m) => m.type === 'plural');
    expect(plurals.length).toBeGreaterThan(10);
    for (const m of plurals) {
      expect([m.key.join('.'), Object.keys(m.type === 'plural' ? m.plurals : {})]).toEqual([m.key.join('.'), ['1', 'n']]);
      for (const lang of ['id', 'zh_CN'] as const) {
        const other = all[lang].get(m.key.join('.'));
        expect([lang, m.key.join('.'), other?.type === 'plural' ? Object.keys(other.plurals) : other?.type]).toEqual([
          lang,
          m.key.join('.'),
          ['n'],
        ]);
      }
    }
  });

  it('names its own language in `lang`', () => {
    for (const lang of LANGUAGES) expect(catalog(lang).lang?.message).toBe(lang);
  });

  it('the language setting offers auto and exactly our languages', () => {
    expect(LANGUAGE_SETTINGS).toEqual(['auto', ...LANGUAGES]);
  });

  it('fails the parity check when a locale misses a key (the check can fail)', () => {
    const en = parseMessagesText('a: A\nb: B $1', 'YAML').map((m) => m.key.join('.'));
    const other = parseMessagesText('a: A', 'YAML').map((m) => m.key.join('.'));
    expect(en.filter((k) => !other.includes(k))).toEqual(['b']);
  });
});

/** Every text getter of a strings object, by path. */
function getterTexts(object: object, path = ''): [string, unknown][] {
  return Object.entries(object).flatMap(([name, value]): [string, unknown][] =>
    typeof value === 'object' && value !== null
      ? getterTexts(value as object, `${path}${name}.`)
      : typeof value === 'function'
        ? []
        : [[`${path}${name}`, value]],
  );
}

describe('strings objects', () => {
  const objects = { cardStrings, insightStrings, optionsStrings, alertsStrings, pasteStrings, popupStrings, historyPageStrings };

  it.each(LANGUAGES)('every text of every page has words in %s', (lang) => {
    // A browser in that language: a key missing from its file reads as empty here, not as English.
    browserIn(lang);
    for (const [name, object] of Object.entries(objects)) {
      const empty = getterTexts(object).filter(([, text]) => typeof text !== 'string' || text === '');
      expect([name, empty]).toEqual([name, []]);
    }
  });

  it('keep their shape: texts are strings, functions take the same arguments', () => {
    expect(popupStrings.refresh).toBe('Refresh');
    expect(popupStrings.empty.heading).toBe('No accounts yet');
    expect(cardStrings.level['ends-today']).toBe('Ends today');
    expect(optionsStrings.accounts.kinds['json-api']).toBe('JSON API');
    expect(historyPageStrings.ranges['7d']).toBe('7 days');
    expect(optionsStrings.form.saved('AXIS')).toBe('Saved “AXIS”.');
    expect(pasteStrings.howToCheck(['*888#', '*123#'], { text: 'CEK', to: '123' })).toBe(
      'To check your balance dial *888# or *123#, or send CEK to 123.',
    );
  });

  it('follow the language in use each time they are read', () => {
    browserIn('en');
    expect(cardStrings.credit).toBe('Credit');
    chosen('id');
    expect(cardStrings.credit).toBe('Pulsa');
    chosen('zh_CN');
    expect(cardStrings.credit).toBe('余额');
  });

  it('derive `prefix.path` keys from `0`, kebab-case names as camelCase', () => {
    browserIn('en');
    const s = messages('card', { level: { 'ends-soon': 0 }, lowCredit: 'card.level.lowCredit' });
    expect(s.level['ends-soon']).toBe('Ends soon');
    expect(s.lowCredit).toBe('Low credit');
  });
});

describe('t and tn', () => {
  beforeEach(() => browserIn('en'));

  it('fills $1…$9 and writes $$ as a dollar sign', () => {
    expect(t('options.form.checkSms', 'CEK', '123')).toBe('or send SMS CEK to 123');
    chosen('en');
    expect(t('options.errors.path')).toBe('Write a path like $.data.balance or $.items[0].total');
  });

  it.each<[Language, number, string]>([
    ['en', 1, '1 day left'],
    ['en', 3, '3 days left'],
    ['en', 0, '0 days left'],
    ['id', 1, 'Sisa 1 hari'],
    ['id', 3, 'Sisa 3 hari'],
    ['zh_CN', 3, '剩余 3 天'],
  ])('plural in %s: %i → %s', (lang, n, text) => {
    chosen(lang);
    expect(tn('card.daysLeft', n)).toBe(text);
  });

  it('writes the count as the language writes numbers', () => {
    chosen('id');
    expect(tn('history.readings', 1200)).toBe('1.200 catatan');
    chosen('en');
    expect(tn('history.readings', 1200)).toBe('1,200 readings');
  });

  it.each<[Language, number, string]>([
    ['en', 12, '12 days left'],
    ['en', 1, 'Ends tomorrow'],
    ['en', -1, 'Ended 1 day ago'],
    ['id', 12, 'Sisa 12 hari'],
    ['id', -3, 'Berakhir 3 hari lalu'],
    ['zh_CN', 12, '剩余 12 天'],
    ['zh_CN', 0, '今天到期'],
  ])('days left in %s: %i → %s', (lang, days, text) => {
    chosen(lang);
    expect(cardStrings.daysLeft(days)).toBe(text);
  });

  it('follows the browser when nothing is chosen', () => {
    browserIn('id');
    expect(uiLanguage()).toBe('id');
    expect(t('card.credit')).toBe('Pulsa');
    browserIn('zh_CN');
    expect(t('popup.refresh')).toBe('刷新');
  });

  it('answers empty, not an error, where there is no i18n API (Chrome’s offscreen document)', () => {
    const i18n = fakeBrowser.i18n;
    Object.assign(fakeBrowser, { i18n: undefined });
    try {
      expect(t('popup.refresh')).toBe('');
      expect(failureText({ message: 'kept', text: { key: 'source.timeout', args: ['example.com'] } })).toBe('kept');
    } finally {
      Object.assign(fakeBrowser, { i18n });
    }
  });

  it('falls back to the browser’s words for a key the chosen messages lack (an older cache)', () => {
    browserIn('en');
    const { card_credit: _dropped, ...rest } = catalog('id');
    setChosenLanguage({ lang: 'id', version: '0.0.1', messages: rest });
    expect(t('card.credit')).toBe('Credit');
    expect(t('card.noCredit')).toBe('Pulsa tidak diketahui');
  });
});

describe('formats in the UI language', () => {
  it.each<[Language, string, string]>([
    ['id', 'Rp 25.750', '31 Jul 2026'],
    ['en', 'IDR 25,750', 'Jul 31, 2026'],
    ['zh_CN', 'IDR 25,750', '2026年7月31日'],
  ])('%s: money %s, date %s', (lang, money, date) => {
    chosen(lang);
    expect(formatMoney(25750, 'IDR').replace(/\u00a0/g, ' ')).toBe(money);
    expect(formatDate('2026-07-31')).toBe(date);
  });

  it('keeps the browser’s own tag when it is the language in use (en-GB dates)', () => {
    browserIn('en');
    vi.stubGlobal('navigator', { language: 'en-GB' });
    expect(uiLocale()).toBe('en-GB');
    chosen('id');
    expect(uiLocale()).toBe('id');
    vi.unstubAllGlobals();
  });
});

describe('notifications, badge title and stored failures', () => {
  it('words an alert in the chosen language', () => {
    chosen('id');
    const ending = alertText({ key: 'ending:3', kind: 'ending', days: 3, within: 3, validUntil: '2026-07-31' }, 'AXIS');
    expect(ending).toEqual({
      title: 'AXIS: masa aktif berakhir dalam 3 hari',
      message: 'Aktif sampai 31 Jul 2026. Isi ulang agar nomor tetap aktif.',
    });
    chosen('zh_CN');
    expect(alertText({ key: 'low-credit', kind: 'low-credit', credit: { amount: 4000, currency: 'IDR' }, below: 5000 }, 'AXIS').title).toBe(
      'AXIS：余额不足',
    );
    chosen('en');
    expect(alertText({ key: 'ending:1', kind: 'ending', days: 1, within: 1, validUntil: '2026-07-31' }, 'AXIS').title).toBe(
      'AXIS: active period ends tomorrow',
    );
  });

  it('words the badge title in the chosen language', () => {
    chosen('id');
    const badge = formatBadge({ accounts: [], settings: DEFAULT_SETTINGS, now: 0 });
    expect(badge.title).toBe('Balance Badge: tambahkan akun');
  });

  it('shows a stored failure in the language of the moment, not the one it was recorded in', () => {
    chosen('en');
    const failure = JSON.parse(JSON.stringify(sourceFailure('source.missingPath', '$.data.balance', fieldArg('credit')))) as ReturnType<
      typeof sourceFailure
    >;
    expect(failure.message).toBe("Nothing at $.data.balance for credit: the API's answer has changed.");
    chosen('id');
    expect(failureText(failure)).toBe('Tidak ada apa pun di $.data.balance untuk pulsa: respons API sudah berubah.');
    chosen('zh_CN');
    expect(failureText(failure)).toBe('$.data.balance 处没有余额：API 的响应已改变。');
  });

  it('shows the stored message of a failure recorded before messages had keys, or with a key it does not know', () => {
    chosen('id');
    expect(failureText({ message: 'example.com did not answer in time.' })).toBe('example.com did not answer in time.');
    expect(failureText({ message: 'old words', text: { key: 'source.gone' as 'source.timeout', args: [] } })).toBe('old words');
  });
});

describe('applyLanguage', () => {
  const store = new Map<string, string>();
  beforeEach(() => {
    browserIn('en');
    store.clear();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    });
    Object.assign(fakeBrowser.runtime, { getManifest: () => ({ version: '0.1.0' }) });
  });
  afterEach(() => vi.unstubAllGlobals());

  const serve = () => {
    const fetch = vi.fn(async (url: string) => {
      const lang = /_locales\/([^/]+)\/messages\.json$/.exec(url)?.[1] as Language;
      return new Response(JSON.stringify(catalog(lang)));
    });
    vi.stubGlobal('fetch', fetch);
    return fetch;
  };

  it('loads the chosen language’s messages once, keeps them for the next page, and goes back to auto', async () => {
    const fetch = serve();
    expect(await applyLanguage('zh_CN')).toBe(true);
    expect(t('popup.refresh')).toBe('刷新');
    expect(JSON.parse(store.get(CACHE_KEY) ?? '{}')).toMatchObject({ lang: 'zh_CN', version: '0.1.0' });
    expect(await applyLanguage('zh_CN')).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await applyLanguage('auto')).toBe(true);
    expect(t('popup.refresh')).toBe('Refresh');
    expect(store.has(CACHE_KEY)).toBe(false);
  });

  it('reads a language a page chose from localStorage at first use, with no wait', async () => {
    store.set(CACHE_KEY, JSON.stringify({ lang: 'id', version: '0.1.0', messages: catalog('id') }));
    vi.resetModules();
    const fresh = await import('@/utils/i18n');
    expect(fresh.t('popup.refresh')).toBe('Perbarui');
    expect(fresh.uiLocale()).toBe('id');
  });

  it('changes nothing when the messages cannot be loaded', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(applyLanguage('id')).rejects.toThrow();
    expect(t('popup.refresh')).toBe('Refresh');
    expect(store.has(CACHE_KEY)).toBe(false);
  });

  it('reloads the messages after an update (another version)', async () => {
    const fetch = serve();
    await applyLanguage('id');
    Object.assign(fakeBrowser.runtime, { getManifest: () => ({ version: '0.2.0' }) });
    expect(await applyLanguage('id')).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
