/**
 * Money in text: `Rp25.750`, `IDR 25,750`, `25.750 rupiah`, `US$4.50`, `7,20 €`, `12.30元`,
 * `HK$88`, `新台幣150元`. The currency decides how separators are read (IDR has no minor units).
 */
import type { Money } from '@/utils/model';
import { NUMBER_BODY, NUMBER_RUN, parseNumber, type NumberContext } from '@/utils/extract/numbers';

/** Currencies that share a symbol; the hint or locale picks the member. */
type Family = '$' | '¥' | '元';

// Prefixes: symbols and codes written before the amount. Letters match case-insensitively.
const PREFIXES: [string, string | Family][] = [
  ['US$', 'USD'],
  ['USD', 'USD'],
  ['HK$', 'HKD'],
  ['HKD', 'HKD'],
  ['S$', 'SGD'],
  ['SG$', 'SGD'],
  ['SGD', 'SGD'],
  ['NT$', 'TWD'],
  ['NTD', 'TWD'],
  ['TWD', 'TWD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['AUD', 'AUD'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['CAD', 'CAD'],
  ['NZ$', 'NZD'],
  ['NZD', 'NZD'],
  ['MOP$', 'MOP'],
  ['MOP', 'MOP'],
  ['Rp', 'IDR'],
  ['IDR', 'IDR'],
  ['RM', 'MYR'],
  ['MYR', 'MYR'],
  ['₱', 'PHP'],
  ['PHP', 'PHP'],
  ['฿', 'THB'],
  ['THB', 'THB'],
  ['₫', 'VND'],
  ['VND', 'VND'],
  ['€', 'EUR'],
  ['EUR', 'EUR'],
  ['£', 'GBP'],
  ['GBP', 'GBP'],
  ['CN¥', 'CNY'],
  ['RMB', 'CNY'],
  ['CNY', 'CNY'],
  ['人民币', 'CNY'],
  ['人民幣', 'CNY'],
  ['JP¥', 'JPY'],
  ['JPY', 'JPY'],
  ['₩', 'KRW'],
  ['KRW', 'KRW'],
  ['₹', 'INR'],
  ['INR', 'INR'],
  ['Rs', 'INR'],
  ['CHF', 'CHF'],
  ['新台币', 'TWD'],
  ['新台幣', 'TWD'],
  ['台币', 'TWD'],
  ['台幣', 'TWD'],
  ['港币', 'HKD'],
  ['港幣', 'HKD'],
  ['港元', 'HKD'],
  ['¥', '¥'],
  ['￥', '¥'],
  ['元', '元'],
  ['$', '$'],
];

// Suffixes: symbols, codes and words written after the amount.
const SUFFIXES: [string, string | Family][] = [
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['港幣', 'HKD'],
  ['澳门元', 'MOP'],
  ['澳門元', 'MOP'],
  ['新台币', 'TWD'],
  ['新台幣', 'TWD'],
  ['台币', 'TWD'],
  ['台幣', 'TWD'],
  ['人民币', 'CNY'],
  ['人民幣', 'CNY'],
  ['元人民币', 'CNY'],
  ['元', '元'],
  ['块', 'CNY'],
  ['塊', 'CNY'],
  ['圆', '元'],
  ['圓', '元'],
  ['円', 'JPY'],
  ['rupiah', 'IDR'],
  ['dollars', '$'],
  ['dollar', '$'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['yuan', 'CNY'],
  ['baht', 'THB'],
  ['ringgit', 'MYR'],
  ['pesos', 'PHP'],
  ['peso', 'PHP'],
  ['dong', 'VND'],
  ['đồng', 'VND'],
  ['$US', 'USD'],
  ['US$', 'USD'],
  ['CN¥', 'CNY'],
  ['JP¥', 'JPY'],
  // Symbols as French and German write them after the amount: 12,30 $SG, 7,20 £GB, 88 HK$.
  ['NT$', 'TWD'],
  ['HK$', 'HKD'],
  ['$HK', 'HKD'],
  ['S$', 'SGD'],
  ['$SG', 'SGD'],
  ['£GB', 'GBP'],
  ['$AU', 'AUD'],
  ['A$', 'AUD'],
  ['$CA', 'CAD'],
  ['$NZ', 'NZD'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['RM', 'MYR'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₫', 'VND'],
  ['đ', 'VND'],
  ['฿', 'THB'],
  ['₱', 'PHP'],
  ['¥', '¥'],
  ['￥', '¥'],
  ['$', '$'],
  ...[
    'IDR',
    'USD',
    'EUR',
    'GBP',
    'CNY',
    'RMB',
    'JPY',
    'HKD',
    'TWD',
    'SGD',
    'MYR',
    'PHP',
    'THB',
    'VND',
    'KRW',
    'INR',
    'AUD',
    'CAD',
    'CHF',
  ].map((code): [string, string] => [code, code === 'RMB' ? 'CNY' : code]),
];

// Members of each shared symbol; the first is the default when nothing else decides.
const FAMILIES: Record<Family, string[]> = {
  $: ['USD', 'HKD', 'SGD', 'TWD', 'AUD', 'CAD', 'NZD', 'MOP'],
  '¥': ['CNY', 'JPY'],
  元: ['CNY', 'TWD', 'HKD', 'MOP'],
};
const isFamily = (code: string): code is Family => code in FAMILIES;

// Currencies carriers write without minor units even where ISO 4217 lists them (IDR, TWD).
const WRITTEN_MINOR: Record<string, number> = {
  IDR: 0,
  VND: 0,
  JPY: 0,
  KRW: 0,
  CLP: 0,
  ISK: 0,
  UGX: 0,
  PYG: 0,
  TWD: 0,
  HUF: 0,
  KWD: 3,
  BHD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
  LYD: 3,
  IQD: 0,
};

const minorCache = new Map<string, number>();

/** How many minor digits a currency is written with: 0 for IDR, VND, JPY; 2 for most. */
export function minorDigits(currency: string): number {
  const known = WRITTEN_MINOR[currency] ?? minorCache.get(currency);
  if (known !== undefined) return known;
  let digits = 2;
  try {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    // Not an ISO code: two digits, as most currencies.
  }
  minorCache.set(currency, digits);
  return digits;
}

const LOCALE_CURRENCY: [RegExp, string][] = [
  [/^zh-(HK|Hant-HK)/i, 'HKD'],
  [/^zh-(TW|Hant)/i, 'TWD'],
  [/^zh/i, 'CNY'],
  [/^(id|in)\b/i, 'IDR'],
  [/^ja/i, 'JPY'],
  [/^en-SG|^zh-SG/i, 'SGD'],
  [/^(ms|en-MY)/i, 'MYR'],
  [/^(fil|tl|en-PH)/i, 'PHP'],
  [/^th/i, 'THB'],
  [/^vi/i, 'VND'],
  [/^en-AU/i, 'AUD'],
  [/^en-CA|^fr-CA/i, 'CAD'],
  [/^en-GB/i, 'GBP'],
  [/^ko/i, 'KRW'],
  [/^en-IN|^hi/i, 'INR'],
  [/^(de|fr|es|it|nl|pt-PT|fi|el)\b/i, 'EUR'],
  [/^en-US|^en$/i, 'USD'],
];

/** The currency a locale most likely means when it writes a bare number or `$`. */
export function localeCurrency(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  return LOCALE_CURRENCY.find(([re]) => re.test(locale))?.[1];
}

/** Resolves a symbol family (`$`, `¥`) with the hint currency, then the locale, then the text. */
function resolve(code: string | Family, hints: MoneyHints, text: string): { currency: string; ambiguous: boolean } {
  if (!isFamily(code)) return { currency: code, ambiguous: false };
  const members = FAMILIES[code];
  if (hints.currency && members.includes(hints.currency)) return { currency: hints.currency, ambiguous: false };
  const fromLocale = localeCurrency(hints.locale);
  if (fromLocale && members.includes(fromLocale)) return { currency: fromLocale, ambiguous: false };
  // Kana means Japan; other Han text means the mainland; a lone $ or ¥ stays a guess.
  if (code === '¥') return { currency: /[\u3040-\u30ff]/.test(text) ? 'JPY' : 'CNY', ambiguous: !/[\u4e00-\u9fff]/.test(text) };
  return { currency: members[0] as string, ambiguous: code === '$' };
}

/** Hints that help read money. */
export interface MoneyHints {
  currency?: string;
  locale?: string;
  /** Decimal separator the rest of the document proves. */
  documentDecimal?: '.' | ',';
}

/** One amount of money found in text. */
export interface MoneyMatch {
  start: number;
  end: number;
  money: Money;
  /** True when the currency came from a shared symbol with nothing to resolve it. */
  currencyAmbiguous: boolean;
  /** True when the amount's separators were a guess or the amount looks implausible. */
  amountDoubtful: boolean;
  /** True when written as a price with a multiplier (`50rb`, `1jt`, `1.5万`). */
  multiplied: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: [string, unknown][]): string =>
  list
    .map(([s]) => s)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const PREFIX_MAP = new Map(PREFIXES.map(([s, c]) => [s.toLowerCase(), c]));
const SUFFIX_MAP = new Map(SUFFIXES.map(([s, c]) => [s.toLowerCase(), c]));
const MULT = String.raw`(?:\s?(rb|ribu|rbu|k|jt|juta|万|萬|千))?`;
const SPACE = String.raw`[ \t\u00a0\u202f]{0,3}`;
// A minus counts only glued to the amount and not after a digit (2026-12-31 is a date, 5.000 - 10.000 a range).
const PREFIX_RE = new RegExp(
  String.raw`(?<![\d\-])(-)?(?<![A-Za-z$])(${alternation(PREFIXES)})\.?${SPACE}(-)?(${NUMBER_BODY})${MULT}(?:,-|\.-|(?![A-Za-z\d]))(?:${SPACE}元)?`,
  'giu',
);
// The amount may not run into Latin letters (10GB is not money; Rp5rb is handled by MULT).
const SUFFIX_RE = new RegExp(String.raw`(?<![\d\-])(-)?(${NUMBER_RUN})${MULT}${SPACE}(${alternation(SUFFIXES)})(?![A-Za-z])`, 'giu');
const LOCAL_LETTER: Record<string, RegExp> = {
  PHP: new RegExp(String.raw`(?<![A-Za-z\d$])P\s?(${NUMBER_BODY})(?![A-Za-z\d])`, 'g'),
};
const MULTIPLIERS: Record<string, number> = { rb: 1e3, ribu: 1e3, rbu: 1e3, k: 1e3, jt: 1e6, juta: 1e6, 万: 1e4, 萬: 1e4, 千: 1e3 };

function build(
  text: string,
  start: number,
  end: number,
  code: string | Family,
  digits: string,
  negative: boolean,
  mult: string | undefined,
  hints: MoneyHints,
): MoneyMatch | null {
  const { currency, ambiguous } = resolve(code, hints, text);
  const minor = minorDigits(currency);
  const ctx: NumberContext = { minorDigits: minor, documentDecimal: hints.documentDecimal, locale: hints.locale };
  const parsed = parseNumber(digits, ctx);
  if (!parsed) return null;
  const factor = mult ? (MULTIPLIERS[mult.toLowerCase()] ?? 1) : 1;
  const raw = parsed.value * factor;
  const amount = Math.round(raw * 10 ** Math.max(minor, 2)) / 10 ** Math.max(minor, 2);
  // A fraction on a currency written without minor units (Rp 25,5) is more likely a misreading.
  const implausible = factor === 1 && minor === 0 && !Number.isInteger(parsed.value);
  return {
    start,
    end,
    money: { amount: negative ? -amount : amount, currency },
    currencyAmbiguous: ambiguous,
    amountDoubtful: parsed.ambiguous || implausible,
    multiplied: factor !== 1,
  };
}

/** Every amount of money written with a currency, sorted by position. */
export function findMoney(text: string, hints: MoneyHints = {}): MoneyMatch[] {
  const found: MoneyMatch[] = [];
  for (const m of text.matchAll(PREFIX_RE)) {
    const code = PREFIX_MAP.get((m[2] as string).toLowerCase());
    if (code === undefined) continue;
    const match = build(text, m.index, m.index + m[0].length, code, m[4] as string, Boolean(m[1] || m[3]), m[5], hints);
    if (match) found.push(match);
  }
  for (const m of text.matchAll(SUFFIX_RE)) {
    const code = SUFFIX_MAP.get((m[4] as string).toLowerCase());
    if (code === undefined) continue;
    const match = build(text, m.index, m.index + m[0].length, code, m[2] as string, Boolean(m[1]), m[3], hints);
    if (match) found.push(match);
  }
  const letter = hints.currency ? LOCAL_LETTER[hints.currency] : undefined;
  if (letter) {
    // "P100.00" is how Philippine carriers write pesos; only trusted when the account is in pesos.
    for (const m of text.matchAll(letter)) {
      const match = build(text, m.index, m.index + m[0].length, hints.currency as string, m[1] as string, false, undefined, hints);
      if (match) found.push(match);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MoneyMatch[] = [];
  for (const item of found) {
    const last = out[out.length - 1];
    if (!last || item.start >= last.end) out.push(item);
  }
  return out;
}

/** The first amount in `text`, or null; a convenience for callers with a single field. */
export function parseMoney(text: string, hints: MoneyHints = {}): Money | null {
  return findMoney(text, hints)[0]?.money ?? null;
}

/** Reads a bare number as money in `currency` (the account's), for "Pulsa: 25750". */
export function bareMoney(digits: string, currency: string, hints: MoneyHints): { money: Money; doubtful: boolean } | null {
  const minor = minorDigits(currency);
  const parsed = parseNumber(digits, { minorDigits: minor, documentDecimal: hints.documentDecimal, locale: hints.locale });
  if (!parsed) return null;
  return { money: { amount: parsed.value, currency }, doubtful: parsed.ambiguous || (minor === 0 && !Number.isInteger(parsed.value)) };
}
