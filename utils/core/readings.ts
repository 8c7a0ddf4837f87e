/**
 * Pure rules of the reading history: when two readings say the same thing, what a top-up is,
 * the numbers a chart or forecast plots, and how retention folds old days into one reading each.
 */
import { localDate } from '@/utils/core/days-left';
import { quotaBytes, quotaTotalBytes } from '@/utils/core/format';
import type { Reading } from '@/utils/model';

const DAY_MS = 86_400_000;

/** Readings younger than this keep every detail; older ones are folded into one per day. */
export const FULL_DETAIL_DAYS = 90;

/** The last instant the reading's values were seen: a de-duplicated reading's `confirmedAt`, else `at`. */
export function lastSeen(reading: Reading): number {
  return reading.confirmedAt ?? reading.at;
}

/** The values of a reading, without its account, times and summaries, in a stable JSON form. */
function valuesKey(r: Reading): string {
  return JSON.stringify([r.credit?.amount, r.credit?.currency, r.validUntil, r.graceUntil, r.quotas ?? []]);
}

/** True when two readings say exactly the same (credit, dates and quotas), whatever their times. */
export function sameValues(a: Reading, b: Reading): boolean {
  return a.accountId === b.accountId && valuesKey(a) === valuesKey(b);
}

/** Data left over every limited data quota, bytes; undefined when the reading has none. */
export function dataBytes(reading: Reading): number | undefined {
  let total: number | undefined;
  for (const q of reading.quotas ?? []) {
    const bytes = quotaBytes(q);
    if (bytes !== undefined) total = (total ?? 0) + bytes;
  }
  return total;
}

/** Data left and total over the limited data quotas whose total is known, bytes; undefined without any. */
export function dataShare(reading: Reading): { left: number; total: number } | undefined {
  let left = 0;
  let total = 0;
  for (const q of reading.quotas ?? []) {
    const bytes = quotaBytes(q);
    const all = quotaTotalBytes(q);
    if (bytes === undefined || all === undefined || all <= 0) continue;
    left += bytes;
    total += all;
  }
  return total > 0 ? { left, total } : undefined;
}

/**
 * By how much credit rose from `previous` to `next` when that is a top-up (a rise of more than
 * `above`, same currency); undefined otherwise.
 */
export function topUpAmount(previous: Reading | undefined, next: Reading, above = 0): number | undefined {
  const a = previous?.credit;
  const b = next.credit;
  if (!a || !b || a.currency !== b.currency) return undefined;
  const rise = b.amount - a.amount;
  return rise > 0 && rise > above ? rise : undefined;
}

/** One row of the history table: a reading, its change in credit and its top-up (when taken in the range). */
export interface HistoryRow {
  reading: Reading;
  change?: number;
  topUp?: number;
}

/**
 * The history table from `from` on, newest first: every reading still seen in the range (one taken
 * before it and confirmed into it too), and for those taken in it the change in credit since the
 * reading before (also for the range's first, from the reading before the range) and whether that
 * is a top-up (a rise of more than `topUpAbove`, the account's own top-up threshold).
 */
export function historyRows(readings: readonly Reading[], from: number, topUpAbove: number): HistoryRow[] {
  const rows: HistoryRow[] = [];
  readings.forEach((reading, i) => {
    if (lastSeen(reading) < from) return;
    if (reading.at < from) return void rows.push({ reading });
    const previous = readings[i - 1];
    const change = previous?.credit && reading.credit ? reading.credit.amount - previous.credit.amount : undefined;
    rows.push({ reading, change, topUp: topUpAmount(previous, reading, topUpAbove) });
  });
  return rows.reverse();
}

/** One point of a series: an instant and a value. */
export interface Point {
  at: number;
  value: number;
}

/**
 * A reading history as points of one value (credit or data bytes), oldest first. A de-duplicated
 * reading gives two points (first and last seen), so a flat stretch is drawn flat.
 */
export function series(readings: readonly Reading[], value: (r: Reading) => number | undefined): Point[] {
  const points: Point[] = [];
  for (const r of readings) {
    const v = value(r);
    if (v === undefined) continue;
    points.push({ at: r.at, value: v });
    if (r.confirmedAt !== undefined && r.confirmedAt > r.at) points.push({ at: r.confirmedAt, value: v });
  }
  return points;
}

/**
 * The points from `from` on, led by the value at `from` when an earlier point says it: on the line
 * from the last point before to the first after (so a reading confirmed across `from` is held at its
 * value, and a gap spreads its change as everywhere else), or the last value when none follows.
 */
export function fromWindowStart(points: readonly Point[], from: number): Point[] {
  const start = points.findIndex((p) => p.at >= from);
  const inside = start < 0 ? [] : points.slice(start);
  const before = points[(start < 0 ? points.length : start) - 1];
  const after = inside[0];
  if (!before || after?.at === from) return inside;
  const value = after ? before.value + ((after.value - before.value) * (from - before.at)) / (after.at - before.at) : before.value;
  return [{ at: from, value }, ...inside];
}

/** Credit of a reading, major units. */
export const creditValue = (r: Reading): number | undefined => r.credit?.amount;

const minOf = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
const maxOf = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));

/**
 * Folds the readings older than `cutoff` into one per local calendar day: the day's last reading,
 * with the day's count and its lowest and highest credit and data. Readings from `cutoff` on are
 * kept as they are. Returns undefined when nothing would change (already folded), so callers
 * write only when needed.
 */
export function downsample(readings: readonly Reading[], cutoff: number, timeZone?: string): Reading[] | undefined {
  const days = new Map<string, Reading[]>();
  for (const r of readings) {
    if (r.at >= cutoff) continue;
    const day = localDate(r.at, timeZone);
    const list = days.get(day);
    if (list) list.push(r);
    else days.set(day, [r]);
  }
  let changed = false;
  const folded: Reading[] = [];
  for (const list of days.values()) {
    if (list.length === 1 && list[0]?.day) {
      folded.push(list[0]);
      continue;
    }
    changed = true;
    const sorted = [...list].sort((a, b) => a.at - b.at);
    const last = sorted[sorted.length - 1] as Reading;
    const summary = { count: 0 } as NonNullable<Reading['day']>;
    for (const r of sorted) {
      const credit = r.credit?.amount;
      const data = dataBytes(r);
      summary.count += r.day?.count ?? 1;
      summary.creditMin = minOf(minOf(summary.creditMin, credit), r.day?.creditMin);
      summary.creditMax = maxOf(maxOf(summary.creditMax, credit), r.day?.creditMax);
      summary.dataMin = minOf(minOf(summary.dataMin, data), r.day?.dataMin);
      summary.dataMax = maxOf(maxOf(summary.dataMax, data), r.day?.dataMax);
    }
    const day = Object.fromEntries(Object.entries(summary).filter(([, v]) => v !== undefined)) as NonNullable<Reading['day']>;
    folded.push({ ...last, day });
  }
  if (!changed) return undefined;
  return [...folded, ...readings.filter((r) => r.at >= cutoff)].sort((a, b) => a.at - b.at);
}

/** The instant before which readings are folded, at `now`. */
export function retentionCutoff(now: number): number {
  return now - FULL_DETAIL_DAYS * DAY_MS;
}

/**
 * Keeps, in each of `columns` equal spans of `[from, to]` (a chart's horizontal units), the first, lowest, highest and last point, so
 * thinning never hides a top-up or a dip; points outside `[from, to]` are dropped.
 */
export function thin(points: readonly Point[], from: number, to: number, columns: number): Point[] {
  const span = Math.max(1, to - from);
  const out: Point[] = [];
  let column = -1;
  let bucket: Point[] = [];
  const flush = () => {
    if (bucket.length === 0) return;
    const low = bucket.reduce((a, b) => (b.value < a.value ? b : a));
    const high = bucket.reduce((a, b) => (b.value > a.value ? b : a));
    const keep = new Set([bucket[0], low, high, bucket[bucket.length - 1]]);
    for (const p of bucket) if (keep.has(p)) out.push(p);
    bucket = [];
  };
  for (const p of points) {
    if (p.at < from || p.at > to) continue;
    const c = Math.min(columns - 1, Math.floor(((p.at - from) / span) * columns));
    if (c !== column) {
      flush();
      column = c;
    }
    bucket.push(p);
  }
  flush();
  return out;
}
