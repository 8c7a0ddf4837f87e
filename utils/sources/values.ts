/**
 * Values as providers send them, made into the model's: numbers and money, data amounts in
 * bytes/KB/MB/GB, and times as unix seconds or milliseconds, ISO 8601 or `YYYY-MM-DD HH:mm:ss`.
 * Pure: "now" and the time zone are parameters.
 */
import { localDate } from '@/utils/core/days-left';
import { parseDate } from '@/utils/extract/dates';
import { bareMoney, parseMoney } from '@/utils/extract/money';
import { parseNumber } from '@/utils/extract/numbers';
import { parseDataBytes } from '@/utils/extract/quotas';
import { toBytes } from '@/utils/extract/quotas';
import { type DataUnit, isRealDate, type Money } from '@/utils/model';

/** What conversions need to know about the account and the moment. */
export interface ValueHints {
  /** The account's currency: a number without one takes it. */
  currency: string;
  now: number;
  timeZone?: string;
  locale?: string;
}

/** A finite number from a JSON number or a numeric string (`"25750"`, `"25.750,00"`); else undefined. */
export function toNumber(value: unknown, locale?: string): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(s)) return Number(s);
  const negative = s.startsWith('-');
  const parsed = parseNumber(negative ? s.slice(1) : s, { locale });
  return parsed ? (negative ? -parsed.value : parsed.value) : undefined;
}

/** Money from a number (in the account's currency), a string like `Rp 25.750` or `{amount, currency}`. */
export function toMoney(value: unknown, hints: ValueHints, currency = hints.currency): Money | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    const amount = toNumber(o.amount ?? o.value ?? o.balance ?? o.remaining ?? o.available ?? o.total, hints.locale);
    const code = typeof o.currency === 'string' && /^[A-Za-z]{3}$/.test(o.currency) ? o.currency.toUpperCase() : currency;
    return amount === undefined ? undefined : { amount, currency: code };
  }
  if (typeof value === 'number') return Number.isFinite(value) ? { amount: value, currency } : undefined;
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const written = parseMoney(value, { currency, locale: hints.locale });
  if (written) return written;
  const digits = /-?\d[\d.,'\u00a0 ]*/.exec(value)?.[0]?.trim();
  if (!digits) return undefined;
  const negative = digits.startsWith('-');
  const bare = bareMoney(negative ? digits.slice(1) : digits, currency, { locale: hints.locale });
  if (!bare) return undefined;
  return negative ? { ...bare.money, amount: -bare.money.amount } : bare.money;
}

/** Bytes from a number in `unit`, or from a string that names its own unit (`1.5 GB`, `750MB`). */
export function toDataBytes(value: unknown, unit: DataUnit, locale?: string): number | undefined {
  if (typeof value === 'string') {
    const written = parseDataBytes(value, { locale });
    if (written !== null) return Math.round(written);
  }
  const n = toNumber(value, locale);
  if (n === undefined || n < 0) return undefined;
  const bytes = toBytes(n, unit);
  return bytes === undefined ? undefined : Math.round(bytes);
}

// Before 1973-03-03 in milliseconds is after 5138 in seconds: unix times under 1e11 are seconds.
const SECONDS_LIMIT = 1e11;

/**
 * A calendar date (`YYYY-MM-DD`, the user's calendar) from unix seconds or milliseconds, ISO 8601
 * with a zone, `YYYY-MM-DD`, or `YYYY-MM-DD HH:mm:ss` (no zone: the provider's own date, kept as
 * written), or any date the extraction engine reads (`31 Des 2026`). Undefined when unreadable.
 */
export function toIsoDate(value: unknown, hints: Pick<ValueHints, 'now' | 'timeZone' | 'locale'>): string | undefined {
  if (typeof value === 'number') return fromInstant(value < SECONDS_LIMIT ? value * 1000 : value, hints.timeZone);
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (/^\d{9,13}$/.test(s)) return toIsoDate(Number(s), hints);
  const local = /^(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(s);
  if (local) return isRealDate(local[1] as string) ? local[1] : undefined;
  const zoned = /^(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})$/i.exec(s);
  if (zoned) {
    const zone = (zoned[2] as string).toUpperCase() === 'Z' ? 'Z' : (zoned[2] as string).replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    const instant = Date.parse(`${(zoned[1] as string).replace(' ', 'T')}${zone}`);
    return Number.isNaN(instant) ? undefined : fromInstant(instant, hints.timeZone);
  }
  return parseDate(s, { now: hints.now, timeZone: hints.timeZone, locale: hints.locale }) ?? undefined;
}

function fromInstant(ms: number, timeZone?: string): string | undefined {
  if (!Number.isFinite(ms) || ms <= 0 || ms > 8.64e15) return undefined;
  try {
    return localDate(ms, timeZone);
  } catch {
    return localDate(ms, 'UTC');
  }
}
