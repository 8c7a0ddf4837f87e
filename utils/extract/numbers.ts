/**
 * Number parsing where `.` and `,` may each be a thousands or a decimal separator. The choice is
 * made from the token itself, then the currency, then the rest of the document, then the locale;
 * never by one fixed rule.
 */

/** What is known around a number when it is read. */
export interface NumberContext {
  /** Digits the currency is written with (0 for IDR, VND, JPY), when the number is money. */
  minorDigits?: number;
  /** Decimal separator the document proves it uses, from its unambiguous numbers. */
  documentDecimal?: '.' | ',';
  /** BCP 47 locale of the reader, for its separators. */
  locale?: string;
}

/** A parsed number; `ambiguous` when the separator reading was a guess. */
export interface ParsedNumber {
  value: number;
  ambiguous: boolean;
}

// Characters that only ever group digits: apostrophes (de-CH) and the spaces Intl uses (fr, ru, sv).
const GROUP_ONLY = /['’\u00a0\u202f\u2009]/;
const GROUP_ONLY_ALL = /['’\u00a0\u202f\u2009]/g;

const separatorCache = new Map<string, { group: string; decimal: string } | null>();

/** The grouping and decimal separators of a locale, from Intl; null when the locale is unknown. */
export function localeSeparators(locale: string | undefined): { group: string; decimal: string } | null {
  if (!locale) return null;
  const cached = separatorCache.get(locale);
  if (cached !== undefined) return cached;
  let result: { group: string; decimal: string } | null = null;
  try {
    const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
    const group = parts.find((p) => p.type === 'group')?.value ?? '';
    const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    result = { group, decimal };
  } catch {
    result = null;
  }
  separatorCache.set(locale, result);
  return result;
}

/** True when `groups` (digits split at a grouping separator) are grouped by threes or the Indian way. */
function validGrouping(groups: string[]): boolean {
  if (groups.length < 2) return true;
  const first = groups[0] as string;
  const last = groups[groups.length - 1] as string;
  if (last.length !== 3 || first.length < 1 || first.length > 3) return false;
  const middle = groups.slice(1, -1);
  if (middle.every((g) => g.length === 3)) return true;
  // 12,34,567: lakh grouping as written in India.
  return first.length <= 2 && middle.every((g) => g.length === 2);
}

function readInteger(intPart: string, sep: string | null): number | null {
  if (intPart === '') return null;
  const groups = sep ? intPart.split(sep) : [intPart];
  if (!groups.every((g) => /^\d+$/.test(g)) || !validGrouping(groups)) return null;
  return Number(groups.join(''));
}

function withFraction(intPart: string, groupSep: string | null, fraction: string): number | null {
  const int = readInteger(intPart, groupSep);
  if (int === null || !/^\d+$/.test(fraction)) return null;
  return Number(`${int}.${fraction}`);
}

/**
 * Reads a number written with any common separators (`25.750`, `25,750.00`, `1 234,5`, `12,34,567`).
 * Returns null when the separators make no sense as a number (`31.12.2026`).
 */
export function parseNumber(raw: string, ctx: NumberContext = {}): ParsedNumber | null {
  const hasGroupMark = GROUP_ONLY.test(raw);
  const token = raw.replace(GROUP_ONLY_ALL, hasGroupMark ? '_' : '');
  if (!/^\d[\d.,_]*$/.test(token) || /[.,_]$/.test(token) || /[.,_]{2}/.test(token)) return null;
  const dots = token.split('.').length - 1;
  const commas = token.split(',').length - 1;

  if (hasGroupMark) {
    // A space or apostrophe already groups the digits, so a dot or comma can only be decimal.
    if (dots + commas > 1) return null;
    const decimalSep = dots ? '.' : commas ? ',' : null;
    if (!decimalSep) return wrap(readInteger(token, '_'), false);
    const [intPart, fraction] = token.split(decimalSep) as [string, string];
    return wrap(withFraction(intPart, '_', fraction), false);
  }

  if (dots === 0 && commas === 0) return wrap(Number(token), false);

  if (dots > 0 && commas > 0) {
    // Both present: the last one is the decimal separator, the other one groups.
    const decimalSep = token.lastIndexOf('.') > token.lastIndexOf(',') ? '.' : ',';
    const groupSep = decimalSep === '.' ? ',' : '.';
    if ((decimalSep === '.' ? dots : commas) !== 1) return null;
    const [intPart, fraction] = token.split(decimalSep) as [string, string];
    return wrap(withFraction(intPart, groupSep, fraction), false);
  }

  const sep = dots ? '.' : ',';
  const count = dots || commas;
  if (count > 1) return wrap(readInteger(token, sep), false);

  const [intPart, fraction] = token.split(sep) as [string, string];
  if (fraction.length !== 3 || intPart === '0' || intPart.length > 3) {
    return wrap(withFraction(intPart, null, fraction), false);
  }
  // One separator and three digits after it: 1.500 or 1,024. Decide by what is known, in order.
  const decimal = separatorIsDecimal(sep, ctx);
  if (decimal === null) return wrap(readInteger(token, sep), true);
  return wrap(decimal ? withFraction(intPart, null, fraction) : readInteger(token, sep), false);
}

/** Whether `sep` before exactly three digits is a decimal point; null when nothing tells. */
function separatorIsDecimal(sep: '.' | ',', ctx: NumberContext): boolean | null {
  // Money is never written with three minor digits unless its currency has them (KWD, BHD).
  if (ctx.minorDigits !== undefined) return ctx.minorDigits === 3;
  if (ctx.documentDecimal) return ctx.documentDecimal === sep;
  const seps = localeSeparators(ctx.locale);
  if (seps) {
    if (seps.decimal === sep && seps.group !== sep) return true;
    if (seps.group === sep) return false;
  }
  return null;
}

function wrap(value: number | null, ambiguous: boolean): ParsedNumber | null {
  return value === null || !Number.isFinite(value) ? null : { value, ambiguous };
}

/** Digits joined by separators, ending on a digit. */
export const NUMBER_BODY = String.raw`\d(?:[\d.,'’\u00a0\u202f\u2009]*\d)?`;
/** A number run that starts only at the start of a run, so scanning a long run stays linear. */
export const NUMBER_RUN = String.raw`(?<![\d.,'’\u00a0\u202f\u2009])${NUMBER_BODY}`;

const TIME_BEFORE = /(?:\d[/.-]\d{2,4}[,\s]+|pukul\s*|jam\s*|pkl\.?\s*)$/i;
const TIME_AFTER = /^\s*(?:WIB|WITA|WIT|am|pm)\b/i;

/**
 * The decimal separator a document proves it uses: a number with both separators, or one
 * separator followed by one or two digits. Undefined when there is no proof or the proofs disagree.
 */
export function documentDecimal(text: string): '.' | ',' | undefined {
  const seen = new Set<'.' | ','>();
  const re = /(?<![\d.,])\d{1,3}(?:([.,])\d{3})*([.,])\d{1,2}(?![\d]|[.,]\d)/g;
  for (const m of text.matchAll(re)) {
    // 23.59 after a date or before WIB is a time of day, not a decimal number.
    if (
      /^\d{1,2}\.\d{2}$/.test(m[0]) &&
      (TIME_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) ||
        TIME_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)))
    )
      continue;
    const groupSep = m[1];
    const decimalSep = m[2] as '.' | ',';
    if (groupSep && groupSep === decimalSep) continue;
    seen.add(decimalSep);
    if (seen.size > 1) return undefined;
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}
