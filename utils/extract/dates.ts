/**
 * Dates as carriers write them (`31/12/2026`, `31 Des 2026`, `Dec 31, 2026`, `2026年12月31日`,
 * `berlaku 30 hari`, `12天后到期`), always returned as `YYYY-MM-DD`.
 */
import { isRealDate } from '@/utils/model';

/** What the date reader needs to know; `now` and `timeZone` resolve relative and year-less dates. */
export interface DateContext {
  now: number;
  /** IANA zone whose calendar "today" is taken from; UTC when absent or unknown. */
  timeZone?: string;
  /** BCP 47 locale; only a month-first locale (en-US) turns `05/06/2026` into May 6. */
  locale?: string;
  /** Order the document itself proves for numeric dates (`12/31/2026` proves month-first). */
  order?: 'dmy' | 'mdy';
}

/** One absolute date found in text. */
export interface DateMatch {
  start: number;
  end: number;
  /** `YYYY-MM-DD`. */
  value: string;
  /** True when day and month could be swapped and nothing said which comes first. */
  ambiguous: boolean;
  /** True when the text gave no year and one was inferred from `now`. */
  yearGuessed: boolean;
}

/** A date written as a number of days: from today, or (grace lengths) from the end of validity. */
export interface RelativeMatch {
  start: number;
  end: number;
  days: number;
  field: 'validity' | 'grace';
  anchor: 'now' | 'validity';
  /** True for forms that count what is left ("12 days left", "30 hari lagi"), false for lengths ("berlaku 30 hari"). */
  left: boolean;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD` from parts, or null when that day does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return year >= 1900 && year <= 2199 && isRealDate(iso) ? iso : null;
}

/** Today's date in `timeZone` at the instant `now`. */
export function todayIn(now: number, timeZone?: string): string {
  return dateInZone(now, timeZone);
}

// Making a formatter costs far more than using one (a millisecond against microseconds): one per zone,
// for the thousands of texts of a message list. A few zones at most are ever used.
const formatters = new Map<string, Intl.DateTimeFormat>();

function dateInZone(instant: number, timeZone?: string): string {
  const zone = timeZone ?? 'UTC';
  let parts: Intl.DateTimeFormatPart[];
  try {
    let format = formatters.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric' });
      if (formatters.size > 50) formatters.clear();
      formatters.set(zone, format);
    }
    parts = format.formatToParts(instant);
  } catch {
    // An unknown zone name must not break extraction: fall back to UTC.
    return dateInZone(instant, 'UTC');
  }
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return `${pad(get('year'), 4)}-${pad(get('month'))}-${pad(get('day'))}`;
}

/** `iso` moved by `days` calendar days. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** A two-digit year in the century that puts it nearest to `now`'s year. */
function fullYear(written: string, nowYear: number): number {
  if (written.length === 4) return Number(written);
  const yy = Number(written.replace("'", ''));
  const base = Math.floor(nowYear / 100) * 100;
  const choices = [base - 100 + yy, base + yy, base + 100 + yy];
  return choices.reduce((best, y) => (Math.abs(y - nowYear) < Math.abs(best - nowYear) ? y : best));
}

/** A year-less day and month on its next occurrence, counting a month back as still current. */
function guessYear(month: number, day: number, today: string): string | null {
  const year = Number(today.slice(0, 4));
  const thisYear = isoDate(year, month, day);
  if (thisYear && thisYear >= addDays(today, -31)) return thisYear;
  return isoDate(year + 1, month, day);
}

// Month names every reader gets: English and Indonesian, full and abbreviated (with old spellings).
const STATIC_MONTHS: Record<string, number> = {};
const MONTH_LISTS: string[][] = [
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'],
  ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'],
];
for (const list of MONTH_LISTS) list.forEach((name, i) => (STATIC_MONTHS[name] = i + 1));
Object.assign(STATIC_MONTHS, { sept: 9, agt: 8, ags: 8, agus: 8, nop: 11, pebruari: 2, nopember: 11, mrt: 3 });

interface MonthTable {
  names: Map<string, number>;
  dmy: RegExp;
  mdy: RegExp;
}

const monthTableCache = new Map<string, MonthTable>();

/** Month names for a locale: the static English and Indonesian ones plus the locale's own from Intl. */
function monthTable(locale: string | undefined): MonthTable {
  const key = locale ?? '';
  const cached = monthTableCache.get(key);
  if (cached) return cached;
  const names = new Map(Object.entries(STATIC_MONTHS));
  if (locale) {
    try {
      for (const month of ['long', 'short'] as const) {
        const fmt = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
        for (let m = 0; m < 12; m++) {
          const name = fmt
            .format(Date.UTC(2026, m, 5))
            .toLowerCase()
            .replace(/\.$/, '');
          // CJK "12月" is handled by the 年月日 pattern; only words become month names.
          if (!/\d/.test(name)) names.set(name, m + 1);
        }
        // Day-with-month forms use the genitive ("декабря"), which Intl gives only inside a date.
        const withDay = new Intl.DateTimeFormat(locale, { month, day: 'numeric', timeZone: 'UTC' });
        for (let m = 0; m < 12; m++) {
          const part = withDay.formatToParts(Date.UTC(2026, m, 5)).find((p) => p.type === 'month');
          const name = part?.value.toLowerCase().replace(/\.$/, '');
          if (name && !/\d/.test(name)) names.set(name, m + 1);
        }
      }
    } catch {
      // Unknown locale: the static names remain.
    }
  }
  const alternation = [...names.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const table: MonthTable = {
    names,
    dmy: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th|\.)?[\s-]*(?:de\s+|of\s+)?(${alternation})(?![\p{L}])\.?(?:[\s,-]*(?:de\s+)?(\d{4}|'?\d{2})(?![\p{L}\p{N}]))?`,
      'giu',
    ),
    mdy: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(${alternation})(?![\p{L}])\.?\s*(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}])(?:,?\s*(\d{4})(?![\p{L}\p{N}]))?`,
      'giu',
    ),
  };
  monthTableCache.set(key, table);
  return table;
}

const localeOrderCache = new Map<string, 'dmy' | 'mdy' | null>();

/** 'mdy' only for locales that write the month first (en-US, en-PH); 'dmy' or null otherwise. */
export function localeDateOrder(locale: string | undefined): 'dmy' | 'mdy' | null {
  if (!locale) return null;
  const cached = localeOrderCache.get(locale);
  if (cached !== undefined) return cached;
  let order: 'dmy' | 'mdy' | null = null;
  try {
    const types = new Intl.DateTimeFormat(locale, { timeZone: 'UTC' })
      .formatToParts(Date.UTC(2026, 11, 31))
      .map((p) => p.type)
      .filter((t) => t === 'day' || t === 'month' || t === 'year');
    order = types[0] === 'month' ? 'mdy' : types[0] === 'day' ? 'dmy' : null;
  } catch {
    order = null;
  }
  localeOrderCache.set(locale, order);
  return order;
}

// Numeric forms; the look-arounds keep them out of phone numbers, versions and amounts.
const YMD = /(?<![\d.,/-])(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\d]|[.,/-]\d)/g;
const DMY = /(?<![\d.,/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[.,/:-]\d)/g;
// Korean: 2026. 12. 31. (two-digit years only when the reader is Korean: 26. 12. 31.).
const YMD_SPACED = /(?<![\d.])(\d{4}|\d{2})\.\s(\d{1,2})\.\s(\d{1,2})\.?(?!\d)/g;
const ISO_INSTANT = /^T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})/;
const CJK = /(?<!\d)(?:(\d{4}|\d{2})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号號일]/g;
// A time right after a date belongs to its span: 23:59, 23:59:59, 11:59 PM, pukul 23.59 WIB.
const TIME_AFTER =
  /^(?:[T\s,]+(?:pukul|jam|pkl\.?|at|@)?\s*)(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\.\d{2}(?=\s*(?:WI[BT]A?)))(?:\s*(?:WIB|WITA|WIT|UTC|GMT|[AaPp]\.?[Mm]\.?))?/;

/** The order numeric dates in this text prove, when all the forced ones agree. */
export function documentDateOrder(text: string): 'dmy' | 'mdy' | undefined {
  const seen = new Set<'dmy' | 'mdy'>();
  for (const m of text.matchAll(DMY)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && b <= 12) seen.add('dmy');
    else if (b > 12 && a <= 12) seen.add('mdy');
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

function extendWithTime(text: string, end: number): number {
  const tail = TIME_AFTER.exec(text.slice(end, end + 40));
  return tail ? end + tail[0].length : end;
}

/** Every absolute date in the text, sorted by position; overlapping readings keep the first. */
export function findDates(text: string, ctx: DateContext): DateMatch[] {
  const today = todayIn(ctx.now, ctx.timeZone);
  const nowYear = Number(today.slice(0, 4));
  const order = ctx.order ?? localeDateOrder(ctx.locale);
  const found: DateMatch[] = [];
  const push = (start: number, end: number, value: string | null, ambiguous = false, yearGuessed = false): void => {
    if (value) found.push({ start, end: extendWithTime(text, end), value, ambiguous, yearGuessed });
  };

  for (const m of text.matchAll(YMD)) {
    const end = m.index + m[0].length;
    const instant = ISO_INSTANT.exec(text.slice(end, end + 40));
    const date = isoDate(Number(m[1]), Number(m[3]), Number(m[4]));
    if (date && instant && m[2] === '-' && ctx.timeZone) {
      // An instant with an offset is moved to the reader's calendar day.
      const ms = Date.parse(
        `${date}T${instant[1]}:${instant[2]}:${instant[3] ?? '00'}${instant[4] === 'Z' ? 'Z' : normalizeOffset(instant[4] as string)}`,
      );
      push(m.index, end + instant[0].length, Number.isNaN(ms) ? date : dateInZone(ms, ctx.timeZone));
    } else push(m.index, end, date);
  }

  for (const m of text.matchAll(YMD_SPACED)) {
    const year = m[1] as string;
    if (year.length === 2 && !/^ko\b/i.test(ctx.locale ?? '')) continue;
    push(m.index, m.index + m[0].length, isoDate(fullYear(year, nowYear), Number(m[2]), Number(m[3])));
  }

  for (const m of text.matchAll(DMY)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = fullYear(m[4] as string, nowYear);
    let mdy: boolean;
    let ambiguous = false;
    if (a > 12 && b <= 12) mdy = false;
    else if (b > 12 && a <= 12) mdy = true;
    else {
      mdy = order === 'mdy';
      ambiguous = a !== b && order === null;
    }
    push(m.index, m.index + m[0].length, mdy ? isoDate(year, a, b) : isoDate(year, b, a), ambiguous);
  }

  const months = monthTable(ctx.locale);
  for (const m of text.matchAll(months.dmy)) {
    const month = months.names.get((m[2] as string).toLowerCase());
    if (!month) continue;
    const day = Number(m[1]);
    const value = m[3] ? isoDate(fullYear(m[3], nowYear), month, day) : guessYear(month, day, today);
    push(m.index, m.index + m[0].length, value, false, !m[3]);
  }
  for (const m of text.matchAll(months.mdy)) {
    const month = months.names.get((m[1] as string).toLowerCase());
    if (!month) continue;
    const day = Number(m[2]);
    const value = m[3] ? isoDate(Number(m[3]), month, day) : guessYear(month, day, today);
    push(m.index, m.index + m[0].length, value, false, !m[3]);
  }

  for (const m of text.matchAll(CJK)) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    const value = m[1] ? isoDate(fullYear(m[1], nowYear), month, day) : guessYear(month, day, today);
    push(m.index, m.index + m[0].length, value, false, !m[1]);
  }

  return dropOverlaps(found);
}

function normalizeOffset(offset: string): string {
  return offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

/** Keeps, of overlapping matches, the earliest and then the longest. */
function dropOverlaps<T extends { start: number; end: number }>(items: T[]): T[] {
  items.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: T[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (!last || item.start >= last.end) out.push(item);
  }
  return out;
}

const DAYS = String.raw`(\d{1,4})\s*(?:days?|hari|hr|天|日)`;
const RELATIVE: { re: RegExp; field: 'validity' | 'grace'; anchor: 'now' | 'validity'; left?: boolean }[] = [
  {
    re: new RegExp(String.raw`(?<![\p{L}])(?:valid|active|good)\s+(?:for\s+)?(?:another\s+|the\s+next\s+)?${DAYS}(?![\p{L}])`, 'giu'),
    field: 'validity',
    anchor: 'now',
  },
  {
    re: new RegExp(String.raw`(?<![\p{L}])(?:expires?|expiring|ends?|renews?)\s+in\s+${DAYS}(?![\p{L}])`, 'giu'),
    field: 'validity',
    anchor: 'now',
    left: true,
  },
  {
    re: new RegExp(String.raw`(?<![\p{L}\d])(\d{1,4})\s*days?\s+(?:left|remaining|to\s+go)(?![\p{L}])`, 'giu'),
    field: 'validity',
    anchor: 'now',
    left: true,
  },
  {
    re: /(?<![\p{L}])(?:days?\s+(?:left|remaining)|sisa\s+hari|hari\s+tersisa)\s*:?\s*(\d{1,4})(?!\d)/giu,
    field: 'validity',
    anchor: 'now',
    left: true,
  },
  { re: /(?:剩余天数|剩餘天數)\s*:?\s*(\d{1,4})(?!\d)/g, field: 'validity', anchor: 'now', left: true },
  {
    re: new RegExp(
      String.raw`(?<![\p{L}])(?:masa\s+tenggang|tenggang|grace\s+period|grace)\s*(?:of|selama|:|adalah)?\s*${DAYS}(?![\p{L}])`,
      'giu',
    ),
    field: 'grace',
    anchor: 'validity',
  },
  {
    re: new RegExp(
      String.raw`(?<![\p{L}])(?:berlaku|masa\s+aktif|aktif)\s*(?:selama\s+|tinggal\s+|:\s*)?${DAYS}(?:\s+lagi)?(?![\p{L}])`,
      'giu',
    ),
    field: 'validity',
    anchor: 'now',
  },
  {
    re: new RegExp(String.raw`(?<![\p{L}])(?:sisa|tinggal)\s+(?:masa\s+aktif\s+)?${DAYS}(?![\p{L}])`, 'giu'),
    field: 'validity',
    anchor: 'now',
    left: true,
  },
  {
    re: new RegExp(String.raw`(?<![\p{L}\d])(\d{1,4})\s*(?:hari|hr)\s+lagi(?![\p{L}])`, 'giu'),
    field: 'validity',
    anchor: 'now',
    left: true,
  },
  { re: /(?<!\d)(\d{1,4})\s*[天日]\s*(?:后|後|之后|之後)?\s*(?:到期|过期|過期|失效)/g, field: 'validity', anchor: 'now', left: true },
  { re: /(?:宽限期|寬限期|保号期|保號期)\s*(?:为|為|:)?\s*(\d{1,4})\s*[天日]/g, field: 'grace', anchor: 'validity' },
  {
    re: /(?:有效期还剩|有效期還剩|有效期剩余|有效期剩餘|剩余有效期|剩餘有效期|还有|還有|剩余|剩餘)\s*(\d{1,4})\s*[天日]/g,
    field: 'validity',
    anchor: 'now',
    left: true,
  },
];

/** Durations that stand for a date: "valid for 12 days", "berlaku 30 hari", "12天后到期". */
export function findRelativeDates(text: string): RelativeMatch[] {
  const found: RelativeMatch[] = [];
  for (const { re, field, anchor, left = false } of RELATIVE) {
    for (const m of text.matchAll(re)) {
      const days = Number(m[1]);
      // "lagi" / "remaining" at the end turns a length into what is left.
      const isLeft = left || /(?:lagi|left|remaining)$/i.test(m[0]);
      if (days > 0 && days <= 3660) found.push({ start: m.index, end: m.index + m[0].length, days, field, anchor, left: isLeft });
    }
  }
  return dropOverlaps(found);
}

/** The first date in `text` as `YYYY-MM-DD`, or null; a convenience for callers with one field. */
export function parseDate(text: string, ctx: DateContext): string | null {
  const withOrder = { ...ctx, order: ctx.order ?? documentDateOrder(text) };
  const absolute = findDates(text, withOrder)[0];
  if (absolute) return absolute.value;
  const relative = findRelativeDates(text).find((r) => r.anchor === 'now');
  return relative ? addDays(todayIn(ctx.now, ctx.timeZone), relative.days) : null;
}
