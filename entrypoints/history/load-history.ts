/**
 * What the history page reads from IndexedDB for an account and range, without holding a long range
 * in memory: the chart (every reading for short ranges, day summaries for long ones), the top-ups,
 * the readings the forecast needs, the table's row count and its pages, and the CSV in parts.
 */
import { type DaySummary, daySummarizer } from '@/utils/core/day-summary';
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
/** Readings per CSV batch: each batch is read and written in a task of its own. */
const CSV_BATCH = 500;
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
  /** The readings the forecast reads: the last 30 days and the one before. */
  recent: Reading[];
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
  const recentFrom = now - 30 * DAY_MS;
  const summarize = days === undefined || days > SUMMARY_FROM_DAYS;
  let from = days === undefined ? undefined : now - days * DAY_MS;
  const scanFrom = from === undefined ? 0 : Math.min(from, recentFrom);
  // The table's first page and count need no scan: read them beside it when the range's start is known.
  const table = (start: number) =>
    Promise.all([
      readingsStore.countRange(accountId, start, END),
      confirmedInto(accountId, start),
      tablePage(accountId, start, END, pageSize, topUpAbove),
    ]);
  const early = from === undefined ? undefined : table(from);
  // Awaited below; a failed scan must not leave it unhandled.
  early?.catch(() => undefined);
  const [before, recentBefore] = await Promise.all([
    readingsStore.before(accountId, scanFrom),
    readingsStore.before(accountId, recentFrom),
  ]);
  const recent: Reading[] = recentBefore ? [recentBefore] : [];
  const creditDays = daySummarizer();
  const dataDays = daySummarizer();
  // Short ranges keep every reading (at most 30 days) and draw their lines as the popup does.
  const all: Reading[] = before ? [before] : [];
  const topUps: HistoryView['topUps'] = [];
  let previous = before;
  let first = true;
  for await (const batch of readingsStore.batches(accountId, scanFrom, END)) {
    from ??= batch[0]?.at ?? now;
    const start = from;
    if (first && summarize) {
      // The range's first point: the value held at its start from the reading before it.
      creditDays.add(startPoint(before, creditValue, start));
      dataDays.add(startPoint(before, dataBytes, start));
    }
    first = false;
    for (const r of batch) {
      if (r.at >= recentFrom) recent.push(r);
      if (r.at >= start) {
        const rise = topUpAmount(previous, r, topUpAbove);
        if (rise !== undefined && r.credit) topUps.push({ at: r.at, value: r.credit.amount, rise });
      }
      previous = r;
    }
    if (summarize) {
      const inside = batch.filter((r) => r.at >= start);
      creditDays.add(series(inside, creditValue));
      dataDays.add(series(inside, dataBytes));
    } else {
      for (const r of batch) all.push(r);
    }
  }
  const start = from ?? now;
  const [inRange, confirmed, rows] = await (early ?? table(start));
  const asSeries = (value: (r: Reading) => number | undefined, summaries: DaySummary[]): ChartSeries =>
    summarize
      ? { points: summaries.map(({ at, value: v }) => ({ at, value: v })), days: summaries }
      : { points: fromWindowStart(series(all, value), start) };
  return {
    from: start,
    credit: asSeries(creditValue, creditDays.result()),
    data: asSeries(dataBytes, dataDays.result()),
    topUps,
    recent,
    total: inRange + (confirmed ? 1 : 0),
    rows,
  };
}

/** The CSV of the readings still seen from `from` on (oldest first), in parts built batch by batch. */
export async function csvParts(accountId: string, from: number): Promise<string[]> {
  const confirmed = await confirmedInto(accountId, from);
  async function* batches() {
    if (confirmed) yield [confirmed];
    yield* readingsStore.batches(accountId, from, END, CSV_BATCH);
  }
  return readingsCsvParts(batches());
}
