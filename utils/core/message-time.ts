/**
 * When a message was sent, from what the page shows beside it: a `time[datetime]`, a date in its
 * `aria-label` or title, a day header above it ("Today", "Kemarin", "昨天", a date); else the date its
 * text states; else when it was first seen. Pure: `now` and the zone are parameters.
 */
import { addDays, findDates, todayIn } from '@/utils/extract/dates';
import type { Precision, Stamp } from '@/utils/core/message-key';

/** One message as the page showed it: plain data, capped in size by the page reader. */
export interface MessageScan {
  /** The message's visible text. Read, never stored. */
  text: string;
  /** A machine time: the `datetime` of a `time` element inside it. */
  stamp?: string;
  /** A time as people read it: the time locator's text, or the message's `aria-label` / `title`. */
  label?: string;
  /** The text of the nearest day header above the message. */
  day?: string;
}

/** Where a message's time came from; only `seen` times are not part of the message's identity. */
export type TimeSource = 'page' | 'text' | 'seen';

export interface MessageTime extends Stamp {
  from: TimeSource;
}

export interface TimeContext {
  now: number;
  /** IANA zone the page's clock times are in; the system's when absent. */
  timeZone?: string;
  locale?: string;
}

const DAY_WORDS: Record<string, number> = {
  today: 0,
  'hari ini': 0,
  今天: 0,
  yesterday: -1,
  kemarin: -1,
  昨天: -1,
};
const WEEKDAYS: readonly (readonly string[])[] = [
  ['sunday', 'sun', 'minggu', 'ahad', '星期日', '星期天', '周日'],
  ['monday', 'mon', 'senin', '星期一', '周一'],
  ['tuesday', 'tue', 'selasa', '星期二', '周二'],
  ['wednesday', 'wed', 'rabu', '星期三', '周三'],
  ['thursday', 'thu', 'kamis', '星期四', '周四'],
  ['friday', 'fri', 'jumat', "jum'at", '星期五', '周五'],
  ['saturday', 'sat', 'sabtu', '星期六', '周六'],
];
const MAX_LABEL = 300;
/** A message that just arrived says so instead of a time ("Now", "Baru saja", "刚刚"): it is as old as when first seen. */
const JUST_NOW = /^(now|just now|baru saja|sekarang|刚刚|现在)$/i;
/** Or how many minutes ago ("5 min", "5 menit lalu", "5分钟前"): as old as that before it was first seen. */
const MINUTES_AGO = /^(\d{1,2})\s*(?:min|mins|minutes?|menit|mnt|分钟)\s*(?:ago|lalu|yang lalu|前)?$/i;

const zoneOf = (timeZone?: string) => timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

// Making a formatter costs far more than using one: one per zone, for the thousands of messages of a page.
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string) => {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
};

// The same few instants are asked about thousands of times a read: today (one `now`) and each message's zone offset.
let lastToday = { now: NaN, zone: '', today: '' };

/** Today's date in `timeZone` at `now`, `YYYY-MM-DD`. */
function todayOf(now: number, timeZone: string): string {
  if (lastToday.now === now && lastToday.zone === timeZone) return lastToday.today;
  let today: string;
  try {
    const parts = formatterFor(timeZone).formatToParts(now);
    const get = (type: string) => (parts.find((p) => p.type === type)?.value ?? '').padStart(2, '0');
    today = `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
  } catch {
    today = todayIn(now, timeZone);
  }
  lastToday = { now, zone: timeZone, today };
  return today;
}

// Zone offsets change only at quarter hours (every offset in use is whole quarter hours): one per quarter hour and zone.
const offsets = new Map<string, number>();
const QUARTER_HOUR = 900_000;

/** The offset of `timeZone` from UTC at `instant`, ms. */
function zoneOffset(instant: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(instant / QUARTER_HOUR)}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  let offset = 0;
  try {
    const parts = formatterFor(timeZone).formatToParts(instant);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    offset = wall - Math.floor(instant / 60_000) * 60_000;
  } catch {
    offset = 0;
  }
  if (offsets.size > 10_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

/** The instant of a wall-clock time (`YYYY-MM-DD`, minutes after midnight) in `timeZone`. */
export function instantAt(isoDate: string, minutes: number, timeZone?: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, 0, minutes);
  const zone = zoneOf(timeZone);
  const guess = wall - zoneOffset(wall, zone);
  // Near a daylight-saving change the offset at the guess may differ: a second pass settles it.
  return wall - zoneOffset(guess, zone);
}

/** Minutes after midnight of a clock time in `text` ("10:42", "10:42 PM", "下午3:05", "22.15"), or null. */
export function clockMinutes(text: string): number | null {
  const m = /(上午|下午|晚上|凌晨)?\s*(?<![\d.:])(\d{1,2})[:.](\d{2})(?![\d])(?::\d{2})?\s*([ap])?\.?\s*m?\.?(?![a-z])/i.exec(text);
  if (!m) return null;
  let hour = Number(m[2]);
  const minute = Number(m[3]);
  if (hour > 23 || minute > 59) return null;
  const pm = (m[4] ?? '').toLowerCase() === 'p' || m[1] === '下午' || m[1] === '晚上';
  const am = (m[4] ?? '').toLowerCase() === 'a' || m[1] === '上午' || m[1] === '凌晨';
  if (pm && hour < 12) hour += 12;
  if (am && hour === 12) hour = 0;
  return hour * 60 + minute;
}

// A page repeats its day headers and labels over many messages: each is read once per day and zone.
const days = new Map<string, string | null>();

/** The calendar date a day header or label names ("Today", "Kemarin", "昨天", "Mon", "12 Nov 2026"), or null. */
export function dayOf(text: string, ctx: TimeContext): string | null {
  const key = `${todayOf(ctx.now, zoneOf(ctx.timeZone))}|${zoneOf(ctx.timeZone)}|${ctx.locale ?? ''}|${text}`;
  const known = days.get(key);
  if (known !== undefined) return known;
  if (days.size > 10_000) days.clear();
  const day = readDay(text, ctx);
  days.set(key, day);
  return day;
}

function readDay(text: string, ctx: TimeContext): string | null {
  const today = todayOf(ctx.now, zoneOf(ctx.timeZone));
  const lower = text.toLowerCase().slice(0, MAX_LABEL);
  const absolute = findDates(lower, { now: ctx.now, timeZone: zoneOf(ctx.timeZone), locale: ctx.locale })[0];
  if (absolute) {
    // A year-less date ("12 Nov") of a past message is never in the future.
    return absolute.yearGuessed && absolute.value > today ? absolute.value.replace(/^\d{4}/, (y) => String(Number(y) - 1)) : absolute.value;
  }
  for (const [word, shift] of Object.entries(DAY_WORDS)) if (includesWord(lower, word)) return addDays(today, shift);
  const weekday = WEEKDAYS.findIndex((names) => names.some((name) => includesWord(lower, name)));
  if (weekday >= 0) {
    const todayIndex = new Date(`${today}T00:00:00Z`).getUTCDay();
    // The most recent such day before today: the list shows "Today" for today's.
    const back = (todayIndex - weekday + 7) % 7 || 7;
    return addDays(today, -back);
  }
  return null;
}

/** True when `word` stands in `text` as a word (Chinese words need no spaces around them). */
function includesWord(text: string, word: string): boolean {
  const at = text.indexOf(word);
  if (at < 0) return false;
  if (/[\u4e00-\u9fff]/.test(word)) return true;
  const before = text[at - 1] ?? ' ';
  const after = text[at + word.length] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/** A date and a clock time read from what the page shows beside a message, and how precise it is; or null. */
export function pageTime(m: Omit<MessageScan, 'text'>, ctx: TimeContext, firstSeen = ctx.now): Stamp | null {
  if (m.stamp) {
    const stamp = m.stamp.trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(stamp)) return { at: instantAt(stamp, 0, ctx.timeZone), precision: 'day' };
    const parsed = Date.parse(stamp);
    if (Number.isFinite(parsed)) return { at: parsed, precision: 'minute' };
  }
  const label = (m.label ?? '').slice(0, MAX_LABEL).trim();
  if (JUST_NOW.test(label)) return { at: firstSeen, precision: 'now' };
  const ago = MINUTES_AGO.exec(label);
  if (ago) return { at: firstSeen - Number(ago[1]) * 60_000, precision: 'now' };
  const clock = label ? clockMinutes(label) : null;
  const date = (label ? dayOf(label, ctx) : null) ?? (m.day ? dayOf(m.day.slice(0, MAX_LABEL), ctx) : null);
  const precision: Precision = clock === null ? 'day' : 'minute';
  if (date) return { at: instantAt(date, clock ?? 0, ctx.timeZone), precision };
  // A bare clock time ("10:42 AM") under no header is today's, as message lists show it.
  if (clock !== null) return { at: instantAt(todayOf(ctx.now, zoneOf(ctx.timeZone)), clock, ctx.timeZone), precision };
  return null;
}

/**
 * The time of a message. `values` are the dates its reading holds (valid until, grace until): a date
 * the text states as a value is not when it was sent. A time the page gives is kept as it is, even
 * in the future (a clock set wrong): it is part of the message's identity (the reader stores it as now).
 * `page` is the page's time when already read (`pageTime`).
 */
export function messageTime(
  m: MessageScan,
  ctx: TimeContext,
  values: readonly string[] = [],
  firstSeen = ctx.now,
  page: Stamp | null = pageTime(m, ctx, firstSeen),
): MessageTime {
  if (page !== null) return { ...page, from: 'page' };
  const today = todayOf(ctx.now, zoneOf(ctx.timeZone));
  const stated = findDates(m.text.slice(0, 2000), { now: ctx.now, timeZone: zoneOf(ctx.timeZone), locale: ctx.locale }).find(
    (d) => !values.includes(d.value) && d.value <= today,
  );
  if (stated) {
    const clock = clockMinutes(m.text.slice(0, 2000));
    return { at: instantAt(stated.value, clock ?? 0, ctx.timeZone), from: 'text', precision: 'text' };
  }
  return { at: firstSeen, from: 'seen', precision: 'seen' };
}
