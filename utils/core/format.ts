/**
 * Pure formatting of money, dates, relative times and data sizes for the popup and options page.
 * Every function takes the locale (default: the UI language, `uiLocale()` of utils/i18n/index.ts) and, where time matters, `now`.
 */
import { uiLocale } from '@/utils/i18n';
import { DATA_UNITS, type Quota } from '@/utils/model';

/** The UI language as a BCP 47 tag: the browser's or the one chosen in the options page (utils/i18n/index.ts). */
export { uiLocale };

/**
 * Intl formatters by locale and options, made once: making one costs about a millisecond (more on a busy
 * machine), using one microseconds, and a card formats a dozen values. Few distinct ones exist (a
 * handful of option sets, currencies and units); the cache is emptied past 200 so it stays small.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  kind: string,
  locale: string,
  options: object,
  make: () => F,
): F {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    if (formatters.size >= 200) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** `new Intl.NumberFormat(locale, options)`, made once. */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached('n', locale, options, () => new Intl.NumberFormat(locale, options));
/** `new Intl.DateTimeFormat(locale, options)`, made once. */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached('d', locale, options, () => new Intl.DateTimeFormat(locale, options));

// Rupiah has no coins in use: carriers and banks show whole rupiah even where ISO 4217 lists two decimals.
const WHOLE_UNIT_CURRENCIES = new Set(['IDR']);

/** Money in its currency (`IDR 25,750`, `$4.50`); falls back to `25750 XYZ` for a code Intl does not know. */
export function formatMoney(amount: number, currency: string, locale = uiLocale()): string {
  const whole = WHOLE_UNIT_CURRENCIES.has(currency);
  try {
    return numberFormat(locale, {
      style: 'currency',
      currency,
      ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    }).format(amount);
  } catch {
    return `${formatNumber(amount, locale)} ${currency}`;
  }
}

/** A plain localized number (`1,234.5`). */
export function formatNumber(value: number, locale = uiLocale(), maximumFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/**
 * A number as a plain decimal in major units for machine-readable attributes (`25750`, `4.5`):
 * no grouping, no exponent, no floating-point noise.
 */
export function plainDecimal(value: number): string {
  if (!Number.isFinite(value)) return '';
  // 10 significant decimals hide binary noise like 0.1 + 0.2; en-US with no grouping never uses exponents.
  return numberFormat('en-US', { useGrouping: false, maximumFractionDigits: 10 }).format(Number(value.toPrecision(15)));
}

/** A calendar date `YYYY-MM-DD` in the user's words (`Jul 31, 2026`), never shifted by the time zone. */
export function formatDate(isoDate: string, locale = uiLocale()): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return isoDate;
  // The date is pinned to UTC midnight and formatted in UTC, so no zone can move it a day.
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** An instant (epoch ms) as date and time in the user's zone (`Jul 31, 2026, 14:05`). */
export function formatDateTime(at: number, locale = uiLocale(), timeZone?: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long ago `at` was, seen at `now` (`now`, `5 minutes ago`, `yesterday`, `3 days ago`).
 * A time in the future (clock skew) reads as `now`.
 */
export function formatRelative(at: number, now: number, locale = uiLocale()): string {
  const rtf = cached('r', locale, {}, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const elapsed = Math.max(0, now - at);
  if (elapsed < MINUTE) return rtf.format(0, 'second');
  if (elapsed < HOUR) return rtf.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return rtf.format(-Math.floor(elapsed / HOUR), 'hour');
  return rtf.format(-Math.floor(elapsed / DAY), 'day');
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** Bytes in binary multiples, as carriers count (`3.5 GB` = 3.5 × 1024³ bytes). */
export function formatBytes(bytes: number, locale = uiLocale()): string {
  let value = Math.max(0, bytes);
  let index = 0;
  while (value >= 1024 && index < BYTE_UNITS.length - 1) {
    value /= 1024;
    index++;
  }
  // Intl's short unit for bytes is the word "byte"; carriers and people write "B".
  if (index === 0) return `${formatNumber(value, locale, 0)} B`;
  // Two decimals for small values, fewer as the number grows, so it stays short.
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  return numberFormat(locale, {
    style: 'unit',
    unit: BYTE_UNITS[index],
    unitDisplay: 'short',
    maximumFractionDigits: digits,
  }).format(value);
}

/** Multiplier of a data unit (`GB` → 1024³); also reads `gb` and `GiB`. Undefined for any other unit. */
export function dataUnitBytes(unit: string): number | undefined {
  const normalized = unit
    .trim()
    .toUpperCase()
    .replace(/^([KMGT])IB$/, '$1B');
  const index = DATA_UNITS.indexOf(normalized as (typeof DATA_UNITS)[number]);
  return index === -1 ? undefined : 1024 ** index;
}

/** Remaining bytes of a data quota; undefined for other kinds, unlimited quotas or unknown units. */
export function quotaBytes(q: Quota): number | undefined {
  if (q.kind !== 'data' || q.unlimited) return undefined;
  const multiplier = dataUnitBytes(q.unit);
  return multiplier === undefined ? undefined : Math.round(q.remaining * multiplier);
}

/** Total bytes of a data quota, when known. */
export function quotaTotalBytes(q: Quota): number | undefined {
  if (q.kind !== 'data' || q.unlimited || q.total === undefined) return undefined;
  const multiplier = dataUnitBytes(q.unit);
  return multiplier === undefined ? undefined : Math.round(q.total * multiplier);
}

/** One amount of a quota in its unit: bytes for data, `120 min` for voice, `50 SMS`, else `n unit`. */
export function formatQuotaAmount(q: Quota, amount: number, locale = uiLocale()): string {
  if (q.kind === 'data') {
    const multiplier = dataUnitBytes(q.unit);
    if (multiplier !== undefined) return formatBytes(amount * multiplier, locale);
  }
  const unit = q.unit.trim().toLowerCase();
  if (q.kind === 'voice' && (unit === 'min' || unit === 'minute' || unit === 'minutes')) {
    return numberFormat(locale, { style: 'unit', unit: 'minute', maximumFractionDigits: 0 }).format(amount);
  }
  if (unit === 'sms') return `${formatNumber(amount, locale, 0)} SMS`;
  return `${formatNumber(amount, locale)} ${q.unit}`;
}

/** Share of a quota left, 0 to 1, when its total is known and positive. */
export function quotaFraction(q: Quota): number | undefined {
  if (q.unlimited || q.total === undefined || q.total <= 0) return undefined;
  return Math.min(1, Math.max(0, q.remaining / q.total));
}
