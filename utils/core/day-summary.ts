/**
 * Day summaries of a series: one point per local day with the day's low and high, what the history
 * page's long-range charts draw instead of every reading (a year is 365 points, not 35,040). The
 * readings store keeps them per account and day (`DayRecord`), written with each reading.
 */
import { creditValue, dataBytes, type Point, topUpAmount } from '@/utils/core/readings';
import type { Reading } from '@/utils/model';

const DAY_MS = 86_400_000;

/** One day of a series: its last point (`at`, `value`), and the day's lowest and highest value and count. */
export interface DaySummary extends Point {
  low: number;
  high: number;
  count: number;
}

/** A point that may stand for more than itself: a folded day's reading carries the day's low, high and count. */
export interface DayPoint extends Point {
  low?: number;
  high?: number;
  /** Readings it stands for (default 1; 0 for the time a reading was last confirmed). */
  count?: number;
}

/** A rise in credit (a possible top-up): when, the credit after, and by how much it rose from the reading before. */
export interface DayRise {
  at: number;
  value: number;
  rise: number;
}

/** What the readings store keeps per account and local day: each series' summary and the day's rises in credit. */
export interface DayRecord {
  accountId: string;
  /** The local day number (`localDayNumber`). */
  day: number;
  credit?: DaySummary;
  data?: DaySummary;
  rises?: DayRise[];
  /** How many readings the store holds taken that day (the history table's rows; retention's fold lowers it). */
  rows: number;
}

/** The local day number of an instant in the runtime's time zone (days since the epoch, local midnight to midnight). */
export function localDayNumber(at: number): number {
  return Math.floor((at - new Date(at).getTimezoneOffset() * 60_000) / DAY_MS);
}

/** The first instant of a local day number (its local midnight, or the first instant after it that exists). */
export function localDayStart(day: number): number {
  const d = new Date(day * DAY_MS);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()).getTime();
}

/**
 * Adds a point to a day's summary: the low, high and count grow; the later point is the day's last.
 * The order points come in does not matter.
 */
export function mergePoint(summary: DaySummary | undefined, p: DayPoint): DaySummary {
  const low = Math.min(p.value, p.low ?? p.value);
  const high = Math.max(p.value, p.high ?? p.value);
  const count = p.count ?? 1;
  if (!summary) return { at: p.at, value: p.value, low, high, count };
  const later = p.at >= summary.at;
  return {
    at: later ? p.at : summary.at,
    value: later ? p.value : summary.value,
    low: Math.min(summary.low, low),
    high: Math.max(summary.high, high),
    count: summary.count + count,
  };
}

/**
 * Builds day summaries from points given oldest first, in as many `add` calls as there are batches
 * (a cursor's pages): the result is the same as for one call with all points.
 */
export function daySummarizer(dayOf: (at: number) => number = localDayNumber) {
  const days: DaySummary[] = [];
  let current: number | undefined;
  return {
    add(points: Iterable<DayPoint>): void {
      for (const p of points) {
        const day = dayOf(p.at);
        if (days.length > 0 && day === current) days[days.length - 1] = mergePoint(days[days.length - 1], p);
        else {
          current = day;
          days.push(mergePoint(undefined, p));
        }
      }
    },
    result(): DaySummary[] {
      return days;
    },
  };
}

/** The day summaries of points given oldest first: one per day that has points, oldest first. */
export function daySummaries(points: Iterable<DayPoint>, dayOf?: (at: number) => number): DaySummary[] {
  const summarizer = daySummarizer(dayOf);
  summarizer.add(points);
  return summarizer.result();
}

/** The series a day record keeps, with their values and a folded day's low and high. */
const SERIES = [
  ['credit', creditValue, 'creditMin', 'creditMax'],
  ['data', dataBytes, 'dataMin', 'dataMax'],
] as const;

/** Day records by day number, as the store's writers gather the ones a change touches. */
export type DayRecords = Map<number, DayRecord>;

function recordOf(days: DayRecords, accountId: string, day: number): DayRecord {
  let record = days.get(day);
  if (!record) days.set(day, (record = { accountId, day, rows: 0 }));
  return record;
}

/** Adds the time a reading was last confirmed (`confirmedAt`) to its day: the value seen then, counting no reading. */
export function addConfirmation(days: DayRecords, reading: Reading, dayOf: (at: number) => number = localDayNumber): void {
  const at = reading.confirmedAt;
  if (at === undefined || at <= reading.at) return;
  for (const [name, value] of SERIES) {
    const v = value(reading);
    if (v === undefined) continue;
    const record = recordOf(days, reading.accountId, dayOf(at));
    record[name] = mergePoint(record[name], { at, value: v, count: 0 });
  }
}

/**
 * Adds a reading to its days: its values (with a folded day's low, high and count), the time it was
 * last confirmed, and its rise in credit from `previous` (the account's reading before it), if any.
 */
export function addReading(days: DayRecords, reading: Reading, previous: Reading | undefined, dayOf = localDayNumber): void {
  const record = recordOf(days, reading.accountId, dayOf(reading.at));
  record.rows++;
  for (const [name, value, min, max] of SERIES) {
    const v = value(reading);
    if (v === undefined) continue;
    const day = reading.day;
    record[name] = mergePoint(record[name], { at: reading.at, value: v, low: day?.[min], high: day?.[max], count: day?.count ?? 1 });
  }
  const rise = topUpAmount(previous, reading);
  if (rise !== undefined && reading.credit) {
    const rises = (record.rises ??= []).filter((r) => r.at !== reading.at);
    rises.push({ at: reading.at, value: reading.credit.amount, rise });
    record.rises = rises.sort((a, b) => a.at - b.at);
  }
  addConfirmation(days, reading, dayOf);
}

/** The day records of an account's readings given oldest first, after `previous` (the reading before them). */
export function dayRecords(readings: Iterable<Reading>, previous?: Reading, dayOf = localDayNumber): DayRecord[] {
  const days: DayRecords = new Map();
  let last = previous;
  for (const r of readings) {
    addReading(days, r, last, dayOf);
    last = r;
  }
  return [...days.values()].sort((a, b) => a.day - b.day);
}
