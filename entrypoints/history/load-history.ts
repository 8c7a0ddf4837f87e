/**
 * What the history page reads from IndexedDB for an account and range, without holding a long range
 * in memory: the chart (every reading for short ranges, day summaries for long ones), the top-ups,
 * the readings the forecast needs, the table's row count and its pages, and the CSV in parts.
 */
import { addReading, type DayRecords, type DaySummary, localDayNumber, localDayStart, mergePoint } from '@/utils/core/day-summary';
import {
  creditValue,
  dataBytes,
  fromWindowStart,
  historyRows,
  lastSeen,
  type HistoryRow,
  type Point,
  series,
  topUpAmount,
} from '@/utils/core/readings';
import type { Reading } from '@/utils/model';
import { readingsStore } from '@/utils/stores/db';
import { readingsCsvParts } from '@/utils/stores/csv';

const DAY_MS = 86_400_000;
const END = Number.MAX_SAFE_INTEGER;
/** Readings per CSV batch: each batch is read and written in a task of its own, with a turn of the page's event loop between. */
const CSV_BATCH = 250;
/** Ranges longer than this are drawn from day summaries. */
const SUMMARY_FROM_DAYS = 60;

/** A chart series: its points, and for long ranges the day summaries they come from (the low–high band). */
export interface ChartSeries {
  points: Point[];
  days?: DaySummary[];
}

export interface HistoryView {
  /** The range's start: `now − days`, or the first reading for all time. */
  from: number;
  credit: ChartSeries;
  data: ChartSeries;
  /** Top-ups taken in the range: when, the credit after, the rise. */
  topUps: { at: number; value: number; rise: number }[];
  /** Rows of the table (readings still seen in the range). */
  total: number;
  /** The table's first page. */
  rows: HistoryRow[];
}

/** The value at `from` held from the reading before it, as the range's first point. */
function startPoint(before: Reading | undefined, value: (r: Reading) => number | undefined, from: number): Point[] {
  const v = before && value(before);
  return v === undefined ? [] : [{ at: from, value: v }];
}

/** The reading taken before `from` whose values are still seen at `from` (a row of the table), if any. */
async function confirmedInto(accountId: string, from: number): Promise<Reading | undefined> {
  const before = await readingsStore.before(accountId, from);
  return before && lastSeen(before) >= from ? before : undefined;
}

/**
 * A page of the table from `from` on, newest first: up to `n` rows of readings taken before `below`,
 * each with its change from the reading before it (one reading more is read for the last row's).
 */
export async function tablePage(accountId: string, from: number, below: number, n: number, topUpAbove: number): Promise<HistoryRow[]> {
  const newest = await readingsStore.newestBelow(accountId, below, n + 1);
  return historyRows(newest.reverse(), from, topUpAbove).slice(0, n);
}

/** Loads the history page's view of an account over `days` (undefined: all time) at `now`. */
export async function loadHistory(
  accountId: string,
  days: number | undefined,
  now: number,
  topUpAbove: number,
  pageSize: number,
): Promise<HistoryView> {
  const summarize = days === undefined || days > SUMMARY_FROM_DAYS;
  const load = summarize ? loadFromDays : loadEveryReading;
  return load(accountId, days === undefined ? undefined : now - days * DAY_MS, now, topUpAbove, pageSize);
}

/**
 * The readings the forecast reads at `now`: the last 30 days and the one before, one bounded range.
 * The same for every range of the chart, so the page reads them once per account.
 */
export async function loadRecent(accountId: string, now: number): Promise<Reading[]> {
  const recentFrom = now - 30 * DAY_MS;
  const [before, inside] = await Promise.all([
    readingsStore.before(accountId, recentFrom),
    readingsStore.range(accountId, recentFrom, END),
  ]);
  return before ? [before, ...inside] : inside;
}

/** The top-ups among readings given oldest first after `previous`: rises of more than `topUpAbove`. */
function topUpsOf(readings: readonly Reading[], previous: Reading | undefined, topUpAbove: number): HistoryView['topUps'] {
  const topUps: HistoryView['topUps'] = [];
  for (const r of readings) {
    const rise = topUpAmount(previous, r, topUpAbove);
    if (rise !== undefined && r.credit) topUps.push({ at: r.at, value: r.credit.amount, rise });
    previous = r;
  }
  return topUps;
}

/** A short range (at most 60 days): every reading, drawn as the popup draws its lines. */
async function loadEveryReading(accountId: string, from: number | undefined, now: number, topUpAbove: number, pageSize: number) {
  const start = from ?? now;
  const [before, all, rows] = await Promise.all([
    readingsStore.before(accountId, start),
    readingsStore.range(accountId, start, END),
    tablePage(accountId, start, END, pageSize, topUpAbove),
  ]);
  const withBefore = before ? [before, ...all] : all;
  const line = (value: (r: Reading) => number | undefined): ChartSeries => ({ points: fromWindowStart(series(withBefore, value), start) });
  // The table's rows: the range's readings, and the one before when it is still seen in the range.
  const total = all.length + (before && lastSeen(before) >= start ? 1 : 0);
  return { from: start, credit: line(creditValue), data: line(dataBytes), topUps: topUpsOf(all, before, topUpAbove), total, rows };
}

/**
 * A long range (1 year, all time): the stored day records, at most one a day, and for the range's
 * first day (which starts at `from`, not at midnight) the readings of that part day with the value
 * held at `from`. Top-ups are the records' rises in credit and the table's row count their rows:
 * nothing walks or counts the range's readings.
 */
async function loadFromDays(accountId: string, from: number | undefined, now: number, topUpAbove: number, pageSize: number) {
  const start = from ?? (await readingsStore.first(accountId))?.at ?? now;
  const firstDay = localDayNumber(start);
  // All time starts at the first reading: its whole first day is in the records.
  const partDay = from !== undefined;
  const [before, head, stored, rows] = await Promise.all([
    partDay ? readingsStore.before(accountId, start) : undefined,
    partDay ? readingsStore.range(accountId, start, localDayStart(firstDay + 1) - 1) : [],
    readingsStore.days(accountId, partDay ? firstDay + 1 : firstDay),
    tablePage(accountId, start, END, pageSize, topUpAbove),
  ]);
  // The first part day, from its readings: led by the value held at `start` from the reading before it.
  const headDays: DayRecords = new Map();
  let previous = before;
  for (const r of head) {
    addReading(headDays, r, previous);
    previous = r;
  }
  const first = headDays.get(firstDay);
  const records = first ? [first, ...stored] : stored;
  const asSeries = (name: 'credit' | 'data', value: (r: Reading) => number | undefined): ChartSeries => {
    const held = startPoint(before, value, start)[0];
    const summaries = records.flatMap((d) => d[name] ?? []);
    if (held) {
      const lead = summaries[0] && localDayNumber(summaries[0].at) === firstDay ? summaries.shift() : undefined;
      summaries.unshift(lead ? mergePoint(mergePoint(undefined, held), lead) : mergePoint(undefined, held));
    }
    return { points: summaries.map(({ at, value: v }) => ({ at, value: v })), days: summaries };
  };
  const rises = records.flatMap((d) => d.rises ?? []).filter((r) => r.at >= start && r.rise > topUpAbove);
  // The table's rows: the part day's readings, the records' rows, and the reading before when still seen in the range.
  const total = head.length + stored.reduce((sum, d) => sum + d.rows, 0) + (before && lastSeen(before) >= start ? 1 : 0);
  return { from: start, credit: asSeries('credit', creditValue), data: asSeries('data', dataBytes), topUps: rises, total, rows };
}

/** The CSV of the readings still seen from `from` on (oldest first), in parts built batch by batch. */
export async function csvParts(accountId: string, from: number): Promise<string[]> {
  const confirmed = await confirmedInto(accountId, from);
  async function* batches() {
    if (confirmed) yield [confirmed];
    for await (const batch of readingsStore.batches(accountId, from, END, CSV_BATCH)) {
      yield batch;
      // A real task boundary (not a microtask): input and painting go before the next batch.
      await new Promise((next) => setTimeout(next, 0));
    }
  }
  return readingsCsvParts(batches());
}
