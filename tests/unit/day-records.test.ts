// The day records the readings store keeps beside the readings (issue 14, part 3): written with each
// reading, untouched by retention's fold, gone with a cleared history, rebuilt on import, built by the
// upgrade from version 2, and the long-range chart drawn from them is the chart the readings give.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { loadHistory } from '@/entrypoints/history/load-history';
import { type DayPoint, dayRecords, daySummaries } from '@/utils/core/day-summary';
import { creditValue, dataBytes, type Point, series, topUpAmount } from '@/utils/core/readings';
import type { Reading } from '@/utils/model';
import { messageLog } from '@/utils/background/message-log';
import { localDayNumber } from '@/utils/core/day-summary';
import { messageKeysItem } from '@/utils/stores/message-log';
import { clearReadings, compactReadings, DB_NAME, openBalanceDb, readingsStore, recordReading, recordReadings } from '@/utils/stores/db';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 11, 1, 12);
const END = Number.MAX_SAFE_INTEGER;

const reading = (at: number, amount: number, dataGb?: number, accountId = 'a'): Reading => ({
  accountId,
  at,
  credit: { amount, currency: 'IDR' },
  ...(dataGb === undefined
    ? {}
    : { quotas: [{ label: 'Kuota', kind: 'data' as const, remaining: dataGb * 1024 ** 3, unit: 'B' as const }] }),
});

/**
 * `days` days of readings every 3 hours up to NOW: credit falls, dips and recovers within a day,
 * is topped up every 40 days; data left changes; some readings say the same as the one before
 * (recorded, they are confirmations), one of them across midnight.
 */
function history(days: number): Reading[] {
  const list: Reading[] = [];
  for (let at = NOW - days * DAY, i = 0; at <= NOW; at += 3 * HOUR, i++) {
    const dip = i % 8 === 3 ? -700 : 0;
    const same = i % 5 === 0 && i > 0;
    const credit = same ? (list[list.length - 1]?.credit?.amount ?? 0) : 90_000 - 50 * i + dip + 30_000 * Math.floor(i / 320);
    const data = same ? list[list.length - 1]?.quotas?.[0]?.remaining : (5 + (i % 13)) * 1024 ** 3;
    const r = reading(at, credit, data === undefined ? undefined : data / 1024 ** 3);
    if (i % 7 === 6) delete r.quotas;
    list.push(r);
  }
  return list;
}

/** Records readings through `recordReading`, as the background does; returns what the store then holds. */
async function record(readings: readonly Reading[]): Promise<Reading[]> {
  for (const r of readings) await recordReading(r);
  return readingsStore.range('a', 0, END);
}

const stripCount = (days: { at: number; value: number; low: number; high: number }[] | undefined) =>
  (days ?? []).map(({ at, value, low, high }) => ({ at, value, low, high }));

/**
 * The chart as the history page drew it before day records, walking every reading of the range:
 * the value held at `from`, then each day's points summarized, and the rises of more than `above`.
 */
function walkedChart(readings: readonly Reading[], from: number | undefined, above: number) {
  const start = from ?? readings[0]?.at ?? NOW;
  const before = readings.filter((r) => r.at < start).at(-1);
  const inside = readings.filter((r) => r.at >= start);
  const line = (value: (r: Reading) => number | undefined) => {
    const held = before && value(before);
    const points: DayPoint[] = [...(held === undefined ? [] : [{ at: start, value: held }]), ...series(inside, value)];
    const days = daySummaries(points);
    return { points: days.map(({ at, value: v }): Point => ({ at, value: v })), days: stripCount(days) };
  };
  const topUps: { at: number; value: number; rise: number }[] = [];
  let previous = before;
  for (const r of inside) {
    const rise = topUpAmount(previous, r, above);
    if (rise !== undefined && r.credit) topUps.push({ at: r.at, value: r.credit.amount, rise });
    previous = r;
  }
  const total = inside.length + (before && (before.confirmedAt ?? before.at) >= start ? 1 : 0);
  return { from: start, credit: line(creditValue), data: line(dataBytes), topUps, total };
}

async function drawnChart(days: number | undefined, above: number) {
  const view = await loadHistory('a', days, NOW, above, 50);
  const line = (s: typeof view.credit) => ({ points: s.points, days: stripCount(s.days) });
  return { from: view.from, credit: line(view.credit), data: line(view.data), topUps: view.topUps, total: view.total };
}

describe('day records', () => {
  it('are written with each reading: the same as built from the readings the store ends up with', async () => {
    const stored = await record(history(6));
    expect(stored.some((r) => r.confirmedAt !== undefined)).toBe(true);
    expect(await readingsStore.days('a')).toEqual(dayRecords(stored));
    expect((await readingsStore.days('a')).length).toBe(7);
  });

  it('stay right when a confirmation moves to another day, a reading comes late or one is replaced', async () => {
    await record([reading(NOW - 2 * DAY, 5000), reading(NOW - 2 * DAY + 2 * HOUR, 5000)]);
    // Confirmed again the next day: the confirmation leaves the day before.
    await recordReading(reading(NOW - DAY, 5000));
    // A reading from before, arriving late, and a top-up after it.
    await recordReading(reading(NOW - 2 * DAY + HOUR, 6000));
    await recordReading(reading(NOW, 9000));
    // The same time again with another value replaces the reading.
    await readingsStore.put(reading(NOW, 9500));
    const stored = await readingsStore.range('a', 0, END);
    expect(await readingsStore.days('a')).toEqual(dayRecords(stored));
    expect((await readingsStore.days('a')).flatMap((d) => d.rises ?? []).map((r) => r.rise)).toEqual([1000, 3500]);
  });

  it('are written with readings a message list stores in one batch: appends, older readings and confirmations', async () => {
    const all = history(12);
    // Some recorded one by one; the message list then brings the rest, newest first (the newest is the page's reading).
    const first = all.filter((_, i) => i % 3 !== 1 && i < 60);
    await record(first);
    const rest = all.filter((r) => !first.includes(r)).reverse();
    const [newest, ...older] = rest;
    await messageLog('a', {}, async () => ({ ok: true, reading: newest ?? null, messages: { history: older, keys: ['k'] } }));
    // The keys are kept only once the batch is stored: it went through `recordReadings`.
    expect(await messageKeysItem('a').getValue()).toEqual(['k']);
    // The refresh then records the page's reading again.
    if (newest) expect(await recordReading(newest)).toEqual({ stored: 'confirmed' });
    // And a batch oldest first, with readings that say the same as the one before (confirmations, one across midnight).
    await recordReadings(history(3).map((r) => ({ ...r, at: r.at + 3 * DAY + HOUR })));
    const stored = await readingsStore.range('a', 0, END);
    expect(stored.some((r) => r.confirmedAt !== undefined)).toBe(true);
    const days = await readingsStore.days('a');
    expect(days).toEqual(dayRecords(stored));
    expect(days.length).toBe(16);
    expect(days.reduce((sum, d) => sum + d.rows, 0)).toBe(stored.length);
    expect(days.flatMap((d) => d.rises ?? []).length).toBeGreaterThan(12);
  });

  it('keep the rises retention folded away when a day already folded is rebuilt (an older reading arrives late)', async () => {
    await record(history(120));
    await compactReadings('a', NOW - 90 * DAY);
    const before = await readingsStore.days('a');
    // A folded day (not the first) with rises in credit from readings the fold removed.
    const old = before.find((d) => d.day > localDayNumber(NOW - 115 * DAY) && d.day < localDayNumber(NOW - 91 * DAY) && d.rises?.length);
    const day = old?.day;
    expect(old?.rises?.length).toBeGreaterThan(0);
    // A message from early that day, saying what the day before ended on: no rise of its own.
    const start = (await readingsStore.range('a', 0, END)).find((r) => localDayNumber(r.at) === day);
    const previous = (await readingsStore.range('a', 0, (start?.at ?? 0) - 1)).at(-1);
    expect(start?.day).toBeDefined();
    expect(previous?.day).toBeDefined();
    if (!previous || !start) throw new Error('no folded days');
    const late = { ...previous, at: start.at - 20 * HOUR, day: undefined, confirmedAt: undefined };
    expect(localDayNumber(late.at)).toBe(day);
    await recordReadings([late]);
    const after = await readingsStore.days('a');
    const now = after.find((d) => d.day === day);
    expect(now?.rises).toEqual(old?.rises);
    expect(now?.rows).toBe((old?.rows ?? 0) + 1);
    expect({ low: now?.credit?.low, high: now?.credit?.high }).toEqual({ low: old?.credit?.low, high: old?.credit?.high });
    expect(after.filter((d) => d.day !== day)).toEqual(before.filter((d) => d.day !== day));
  });

  it('are untouched by retention folding, so the year chart is the same before and after', async () => {
    const stored = await record(history(120));
    const before = await readingsStore.days('a');
    const chart = await drawnChart(365, 0);
    const removed = await compactReadings('a', NOW - 90 * DAY);
    expect(removed).toBeGreaterThan(0);
    expect(await readingsStore.count('a')).toBe(stored.length - removed);
    // Only each day's row count follows the readings that are left.
    const after = await readingsStore.days('a');
    const left = await readingsStore.range('a', 0, END);
    expect(after.map(({ rows: _rows, ...rest }) => rest)).toEqual(before.map(({ rows: _rows, ...rest }) => rest));
    expect(after.map((d) => d.rows)).toEqual(dayRecords(left).map((d) => d.rows));
    expect(after.reduce((sum, d) => sum + d.rows, 0)).toBe(left.length);
    expect(await drawnChart(365, 0)).toEqual({ ...chart, total: left.length });
    expect((await loadHistory('a', undefined, NOW, 0, 50)).total).toBe(left.length);
    expect((await loadHistory('a', 365, NOW, 0, 50)).total).toBe(left.length);
    // Folded readings still give the same days' credit (a folded reading keeps its day's low, high and count);
    // data left they may not (a day whose last reading had no data folds into a reading without it): the records keep it.
    const credit = (list: typeof before) => list.map((d) => ({ day: d.day, credit: d.credit }));
    expect(credit(dayRecords(left))).toEqual(credit(before));
  });

  it('go with a cleared history, and only that account’s', async () => {
    await record(history(3));
    await recordReading(reading(NOW, 1, undefined, 'b'));
    await clearReadings('a');
    expect(await readingsStore.days('a')).toEqual([]);
    expect(await readingsStore.days('b')).toHaveLength(1);
  });

  it('are rebuilt when an import replaces the history', async () => {
    await record(history(3));
    const imported = history(10).map((r) => ({ ...r, at: r.at - 30 * DAY }));
    await readingsStore.replaceHistory(['a'], imported);
    expect(await readingsStore.days('a')).toEqual(dayRecords(imported));
  });

  it('are built by the upgrade from version 2, from the readings kept there', async () => {
    const stored = await record(history(100));
    await compactReadings('a', NOW - 90 * DAY);
    const kept = await readingsStore.range('a', 0, END);
    const other = [reading(NOW - DAY, 7, 2, 'b'), reading(NOW, 9, 1, 'b')];
    await (await openBalanceDb()).clear('readings');
    // A profile made by version 2: readings and the time index, no day records.
    (await openBalanceDb()).close();
    indexedDB.deleteDatabase(DB_NAME);
    const { closeBalanceDb } = await import('@/utils/stores/db');
    await closeBalanceDb();
    const v2 = await openDB(DB_NAME, 2, {
      upgrade(db) {
        db.createObjectStore('readings', { keyPath: ['accountId', 'at'] }).createIndex('by-at', 'at');
      },
    });
    for (const r of [...kept, ...other]) await v2.put('readings', r);
    v2.close();

    expect(await readingsStore.days('a')).toEqual(dayRecords(kept));
    expect(await readingsStore.days('b')).toEqual(dayRecords(other));
    expect(kept.length).toBeLessThan(stored.length);
  });

  it('are built by the upgrade from version 2 without the old readings they cannot sum up, and saving goes on', async () => {
    const good = [reading(NOW - 2 * DAY, 7000, 2), reading(NOW - DAY, 5000, 1), reading(NOW - DAY + HOUR, 9000, 1)];
    const other = [reading(NOW - DAY, 7, 2, 'b')];
    // Malformed old readings: quotas that are no list, and a time that is no number.
    const broken = [
      { ...reading(NOW - DAY + 30 * MINUTE, 100), quotas: 7 },
      { accountId: 'b', at: 'soon', credit: { amount: 1, currency: 'IDR' } },
    ];
    const { closeBalanceDb } = await import('@/utils/stores/db');
    await closeBalanceDb();
    indexedDB.deleteDatabase(DB_NAME);
    const v2 = await openDB(DB_NAME, 2, {
      upgrade(db) {
        db.createObjectStore('readings', { keyPath: ['accountId', 'at'] }).createIndex('by-at', 'at');
      },
    });
    for (const r of [...good, ...other, ...broken]) await v2.put('readings', r as unknown as Reading);
    v2.close();

    expect(await readingsStore.days('a')).toEqual(dayRecords(good));
    expect(await readingsStore.days('b')).toEqual(dayRecords(other));
    expect(await recordReading(reading(NOW, 8000, 1))).toEqual({ stored: 'new' });
    expect((await readingsStore.latest('a'))?.at).toBe(NOW);
  });
});

describe('the long-range chart from day records', () => {
  it.each([
    ['1 year', 365],
    ['all time', undefined],
  ])('%s: the same lines, bands and top-ups as walking every reading', async (_name, days) => {
    const readings = history(400);
    await readingsStore.replaceHistory(['a'], readings);
    for (const above of [0, 10_000]) {
      const drawn = await drawnChart(days, above);
      expect(drawn).toEqual(walkedChart(readings, days === undefined ? undefined : NOW - days * DAY, above));
      expect(drawn.credit.points.length).toBeLessThanOrEqual(402);
      expect(drawn.topUps.length).toBeGreaterThan(0);
    }
  });

  it('the same after recording reading by reading, with confirmations', async () => {
    const stored = await record(history(40));
    const from = NOW - 35 * DAY;
    // A range of 35 days is drawn from every reading; compare the records with a 1-year range over the same data.
    expect(await drawnChart(365, 0)).toEqual(walkedChart(stored, NOW - 365 * DAY, 0));
    expect(await drawnChart(undefined, 0)).toEqual(walkedChart(stored, undefined, 0));
    expect(from).toBeLessThan(NOW);
  });
});
