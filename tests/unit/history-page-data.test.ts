// The history page's reads from IndexedDB: the table by cursor pages, the chart from day summaries
// for long ranges, and the CSV in parts identical to the whole-range CSV.
import { describe, expect, it } from 'vitest';
import { csvParts, loadHistory, loadRecent, tablePage } from '@/entrypoints/history/load-history';
import { historyRows, type HistoryRow } from '@/utils/core/readings';
import type { Reading } from '@/utils/model';
import { readingsCsv } from '@/utils/stores/csv';
import { readingsStore } from '@/utils/stores/db';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 11, 1, 12);

/** Hourly readings of `days` days up to NOW: credit falls 10 an hour, with a top-up of 5000 `topUpDaysAgo` days back. */
async function seed(days: number, topUpDaysAgo: number): Promise<Reading[]> {
  const readings: Reading[] = [];
  for (let h = days * 24; h >= 0; h--) {
    const credit = 50_000 - 10 * (days * 24 - h) + (h <= topUpDaysAgo * 24 ? 5000 : 0);
    readings.push({ accountId: 'a', at: NOW - h * HOUR, credit: { amount: credit, currency: 'IDR' } });
  }
  await readingsStore.replaceHistory(['a'], readings);
  return readings;
}

const keyOf = (rows: HistoryRow[]) => rows.map((r) => [r.reading.at, r.change, r.topUp]);

describe('history page data', () => {
  it('pages the table by cursor: the pages together are the whole table', async () => {
    const readings = await seed(40, 10);
    const from = NOW - 30 * DAY;
    const whole = historyRows(readings, from, 0);
    const paged: HistoryRow[] = [];
    let below = Number.MAX_SAFE_INTEGER;
    for (;;) {
      const page = await tablePage('a', from, below, 200, 0);
      if (page.length === 0) break;
      expect(page.length).toBeLessThanOrEqual(200);
      paged.push(...page);
      below = (page[page.length - 1] as HistoryRow).reading.at;
    }
    expect(keyOf(paged)).toEqual(keyOf(whole));
    expect(paged.filter((r) => r.topUp !== undefined)).toHaveLength(1);
  });

  it('loads a 30-day view with every reading, the first page and the row count', async () => {
    const readings = await seed(40, 10);
    const view = await loadHistory('a', 30, NOW, 0, 200);
    const whole = historyRows(readings, NOW - 30 * DAY, 0);
    expect(view.total).toBe(whole.length);
    expect(keyOf(view.rows)).toEqual(keyOf(whole.slice(0, 200)));
    expect(view.credit.days).toBeUndefined();
    expect(view.credit.points.length).toBe(30 * 24 + 1);
    expect(view.topUps).toEqual([{ at: NOW - 10 * DAY, value: expect.any(Number), rise: 4990 }]);
    // The forecast reads the last 30 days and the reading before them.
    const recent = await loadRecent('a', NOW);
    expect(recent[0]?.at).toBe(NOW - 30 * DAY - HOUR);
    expect(recent).toHaveLength(30 * 24 + 2);
  });

  it('draws a year from day summaries, one a day, with the top-up and the same count', async () => {
    const readings = await seed(400, 100);
    const view = await loadHistory('a', 365, NOW, 0, 200);
    const days = view.credit.days ?? [];
    // 365 days and a part day at each end, and the value held at the range's start.
    expect(days.length).toBeGreaterThanOrEqual(365);
    expect(days.length).toBeLessThanOrEqual(367);
    expect(view.credit.points).toEqual(days.map(({ at, value }) => ({ at, value })));
    for (const d of days) expect(d.low <= d.value && d.value <= d.high).toBe(true);
    expect(view.topUps.map((t) => t.at)).toEqual([NOW - 100 * DAY]);
    expect(view.total).toBe(historyRows(readings, NOW - 365 * DAY, 0).length);
    expect(view.rows).toHaveLength(200);
  });

  it('all time starts at the first reading', async () => {
    const readings = await seed(100, 50);
    const view = await loadHistory('a', undefined, NOW, 0, 200);
    expect(view.from).toBe(readings[0]?.at);
    expect(view.total).toBe(readings.length);
    expect(view.credit.days?.length).toBeGreaterThanOrEqual(100);
  });

  it('one reading stays one point', async () => {
    await readingsStore.put({ accountId: 'a', at: NOW - HOUR, credit: { amount: 40_500, currency: 'IDR' } });
    for (const days of [30, 365]) {
      const view = await loadHistory('a', days, NOW, 0, 200);
      expect(view.credit.points).toEqual([{ at: NOW - HOUR, value: 40_500 }]);
      expect(view.total).toBe(1);
    }
  });

  it('builds the CSV in parts that join to exactly the whole-range CSV, with a reading confirmed into the range', async () => {
    const readings = await seed(20, 5);
    const from = NOW - 7 * DAY + 30 * 60_000;
    // The reading before the range is still seen in it.
    const before = readings.find((r) => r.at === NOW - 7 * DAY) as Reading;
    await readingsStore.put({ ...before, confirmedAt: NOW - 7 * DAY + HOUR - 1 });
    const all = await readingsStore.range('a', 0, Number.MAX_SAFE_INTEGER);
    const expected = readingsCsv(
      historyRows(all, from, 0)
        .map((r) => r.reading)
        .reverse(),
    );
    const parts = await csvParts('a', from);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.join('')).toBe(expected);
  });
});
