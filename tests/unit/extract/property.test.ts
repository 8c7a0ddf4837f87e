// Property tests: numbers, money and dates formatted by Intl in many locales must read back exactly.
import { describe, expect, it } from 'vitest';
import { parseDate } from '@/utils/extract/dates';
import { minorDigits, parseMoney } from '@/utils/extract/money';
import { parseNumber } from '@/utils/extract/numbers';
import { prng } from './prng';

const NUMBER_LOCALES = [
  'id-ID',
  'en-US',
  'en-GB',
  'de-DE',
  'zh-CN',
  'zh-TW',
  'fr-FR',
  'ja-JP',
  'es-ES',
  'it-IT',
  'nl-NL',
  'pt-BR',
  'ru-RU',
  'sv-SE',
  'de-CH',
  'en-IN',
  'ms-MY',
  'vi-VN',
  'ko-KR',
  'en-PH',
] as const;
const CASES = 400;

describe('parseNumber round-trips Intl.NumberFormat', () => {
  const rand = prng(20260801);
  const samples = Array.from({ length: CASES }, () => {
    const locale = rand.pick(NUMBER_LOCALES);
    const digits = rand.int(0, 3);
    const magnitude = 10 ** rand.int(0, 9);
    const value = Math.round(rand.next() * magnitude * 10 ** digits) / 10 ** digits;
    return { locale, value, text: new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value) };
  });
  it.each(samples)('$locale: $text', ({ locale, value, text }) => {
    expect(parseNumber(text, { locale })?.value).toBe(value);
  });
});

const CURRENCIES = ['IDR', 'USD', 'EUR', 'CNY', 'JPY', 'HKD', 'MYR', 'SGD', 'PHP', 'THB', 'GBP', 'VND', 'TWD', 'INR'] as const;
const MONEY_LOCALES = [
  'id-ID',
  'en-US',
  'en-GB',
  'de-DE',
  'zh-CN',
  'zh-TW',
  'zh-HK',
  'fr-FR',
  'ja-JP',
  'nl-NL',
  'ms-MY',
  'en-SG',
  'en-PH',
  'th-TH',
] as const;

describe('parseMoney round-trips Intl currency formatting', () => {
  const rand = prng(4242);
  const samples = Array.from({ length: CASES }, () => {
    const locale = rand.pick(MONEY_LOCALES);
    const currency = rand.pick(CURRENCIES);
    const minor = minorDigits(currency);
    const major = rand.int(0, 2_000_000);
    const value = minor === 0 ? major : Math.round((major + rand.next()) * 100) / 100;
    const text = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: minor === 0 ? 0 : 2 }).format(value);
    return { locale, currency, value, text };
  });
  // The account's currency is the hint, as in the extension; it settles shared symbols ($, ¥, 元).
  it.each(samples)('$locale $currency: $text', ({ locale, currency, value, text }) => {
    expect(parseMoney(text, { locale, currency })).toEqual({ amount: value, currency });
  });
});

const DATE_STYLES = ['numeric', 'short', 'medium', 'long', 'full', 'short+time'] as const;
const DATE_LOCALES = [
  'id-ID',
  'en-US',
  'en-GB',
  'en-AU',
  'en-IN',
  'en-PH',
  'en-CA',
  'de-DE',
  'de-CH',
  'zh-CN',
  'zh-TW',
  'zh-HK',
  'fr-FR',
  'ja-JP',
  'es-ES',
  'it-IT',
  'nl-NL',
  'pt-BR',
  'ms-MY',
  'ru-RU',
  'sv-SE',
  'ko-KR',
] as const;

function formatDate(locale: string, style: (typeof DATE_STYLES)[number], ms: number): string {
  const timeZone = 'UTC';
  if (style === 'numeric') return new Intl.DateTimeFormat(locale, { timeZone }).format(ms);
  if (style === 'short+time') return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(ms);
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: style }).format(ms);
}

describe('parseDate round-trips Intl.DateTimeFormat', () => {
  const rand = prng(31122026);
  const now = Date.UTC(2026, 7, 1, 3);
  const samples = Array.from({ length: CASES }, () => {
    const locale = rand.pick(DATE_LOCALES);
    const style = rand.pick(DATE_STYLES);
    // Two-digit years are read in the century nearest to now, so stay within 40 years of it.
    const ms = Date.UTC(rand.int(1995, 2060), rand.int(0, 11), rand.int(1, 31), rand.int(0, 23), rand.int(0, 59));
    const iso = new Date(ms).toISOString().slice(0, 10);
    return { locale, style, iso, text: formatDate(locale, style, ms) };
  });
  it.each(samples)('$locale $style: $text', ({ locale, iso, text }) => {
    expect(parseDate(text, { locale, now, timeZone: 'UTC' })).toBe(iso);
  });
});
