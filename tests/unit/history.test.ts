import { describe, expect, it } from 'vitest';
import { readingsStore } from '@/utils/stores/db';
import {
  dataBytes,
  downsample,
  fromWindowStart,
  historyRows,
  lastSeen,
  retentionCutoff,
  sameValues,
  series,
  topUpAmount,
} from '@/utils/core/readings';
import type { Reading } from '@/utils/model';
import { runRetention } from '@/utils/stores/retention';
import { saveAccounts } from '@/utils/stores/settings';
import { testAccount } from './helpers';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 5, 1, 0, 0);
const GB = 1024 ** 3;

const r = (at: number, amount?: number, extra: Partial<Reading> = {}): Reading => ({
  accountId: 'acct1',
  at,
  ...(amount === undefined ? {} : { credit: { amount, currency: 'IDR' } }),
  ...extra,
});

describe('sameValues', () => {
  it.each([
    ['same credit, other time', r(1, 100), r(2, 100), true],
    ['other credit', r(1, 100), r(2, 99), false],
    ['other currency', r(1, 100), { ...r(2), credit: { amount: 100, currency: 'USD' } }, false],
    ['other valid-until', r(1, 100, { validUntil: '2026-07-01' }), r(2, 100, { validUntil: '2026-07-02' }), false],
    [
      'other quota',
      r(1, 100, { quotas: [{ label: 'D', kind: 'data', remaining: 1, unit: 'GB' }] }),
      r(2, 100, { quotas: [{ label: 'D', kind: 'data', remaining: 2, unit: 'GB' }] }),
      false,
    ],
    ['summaries and confirmations are not values', r(1, 100, { confirmedAt: 5 }), r(2, 100, { day: { count: 3 } }), true],
    ['other account', r(1, 100), { ...r(2, 100), accountId: 'other' }, false],
  ])('%s', (_name, a, b, same) => {
    expect(sameValues(a, b)).toBe(same);
  });
});

describe('de-duplication (readingsStore.record)', () => {
  it('moves the latest reading’s confirmed-at instead of storing a copy', async () => {
    expect((await readingsStore.record(r(T0, 5000))).stored).toBe('new');
    expect(await readingsStore.record(r(T0 + HOUR, 5000))).toEqual({ stored: 'confirmed' });
    await readingsStore.record(r(T0 + 2 * HOUR, 5000));
    expect(await readingsStore.count('acct1')).toBe(1);
    const latest = await readingsStore.latest('acct1');
    expect(latest).toMatchObject({ at: T0, confirmedAt: T0 + 2 * HOUR });
    expect(lastSeen(latest as Reading)).toBe(T0 + 2 * HOUR);
  });

  it('stores a changed reading', async () => {
    await readingsStore.record(r(T0, 5000));
    await readingsStore.record(r(T0 + HOUR, 5000));
    const result = await readingsStore.record(r(T0 + 2 * HOUR, 4000));
    expect(result).toEqual({ stored: 'new' });
    expect(await readingsStore.recent('acct1', 2)).toMatchObject([{ at: T0 + 2 * HOUR }, { at: T0, confirmedAt: T0 + HOUR }]);
    // A reading identical to an older one (not the latest) is new again: A, B, A is three readings.
    await readingsStore.record(r(T0 + 3 * HOUR, 5000));
    expect(await readingsStore.count('acct1')).toBe(3);
    const confirmed = await readingsStore.record(r(T0 + 4 * HOUR, 5000));
    expect(confirmed).toEqual({ stored: 'confirmed' });
    expect(await readingsStore.count('acct1')).toBe(3);
  });

  it('never moves confirmed-at backwards for a late duplicate', async () => {
    await readingsStore.record(r(T0, 5000));
    await readingsStore.record(r(T0 + 2 * HOUR, 5000));
    await readingsStore.record(r(T0 + HOUR, 5000));
    expect((await readingsStore.latest('acct1'))?.confirmedAt).toBe(T0 + 2 * HOUR);
  });
});

describe('topUpAmount', () => {
  it.each([
    ['a rise is a top-up', r(0, 1000), r(1, 51_000), 0, 50_000],
    ['a fall is not', r(0, 1000), r(1, 900), 0, undefined],
    ['no change is not', r(0, 1000), r(1, 1000), 0, undefined],
    ['a rise at or under the threshold is not', r(0, 1000), r(1, 1500), 500, undefined],
    ['a rise over the threshold is', r(0, 1000), r(1, 1501), 500, 501],
    ['no previous reading', undefined, r(1, 1000), 0, undefined],
    ['no credit before', r(0), r(1, 1000), 0, undefined],
    ['another currency', { ...r(0), credit: { amount: 1, currency: 'USD' } }, r(1, 1000), 0, undefined],
  ])('%s', (_name, previous, next, above, amount) => {
    expect(topUpAmount(previous, next, above)).toBe(amount);
  });
});

describe('series', () => {
  it('draws a confirmed reading as a flat stretch from first to last seen', () => {
    const points = series([r(0, 10, { confirmedAt: 5 }), r(6, 8), r(7)], (x) => x.credit?.amount);
    expect(points).toEqual([
      { at: 0, value: 10 },
      { at: 5, value: 10 },
      { at: 6, value: 8 },
    ]);
  });

  it('sums data quotas in bytes, ignoring unlimited ones and other kinds', () => {
    const reading = r(0, 1, {
      quotas: [
        { label: 'Main', kind: 'data', remaining: 1.5, unit: 'GB' },
        { label: 'Night', kind: 'data', remaining: 512, unit: 'MB' },
        { label: 'Chat', kind: 'data', remaining: 0, unit: 'GB', unlimited: true },
        { label: 'Calls', kind: 'voice', remaining: 100, unit: 'min' },
      ],
    });
    expect(dataBytes(reading)).toBe(2 * GB);
    expect(dataBytes(r(0, 1))).toBeUndefined();
  });
});

describe('fromWindowStart', () => {
  const p = (at: number, value: number) => ({ at, value });
  it.each([
    // A reading taken before the window and confirmed into it: its value held from the start.
    ['confirmed across the start', [p(0, 10), p(50, 10), p(60, 8)], 20, [p(20, 10), p(50, 10), p(60, 8)]],
    // Last seen before the start: the change is spread over the gap, as a gap inside the window is.
    ['a gap across the start', [p(0, 10), p(10, 10), p(30, 6)], 20, [p(20, 8), p(30, 6)]],
    ['nothing after it: its value', [p(0, 10), p(10, 9)], 20, [p(20, 9)]],
    ['a point right at the start', [p(0, 10), p(20, 9), p(30, 8)], 20, [p(20, 9), p(30, 8)]],
    ['nothing before the start', [p(25, 9), p(30, 8)], 20, [p(25, 9), p(30, 8)]],
    ['no points', [], 20, []],
  ])('%s', (_name, points, from, expected) => {
    expect(fromWindowStart(points, from)).toEqual(expected);
  });
});

describe('historyRows (the history page table)', () => {
  const FROM = T0 + 10 * DAY;
  const summary = (rows: ReturnType<typeof historyRows>) => rows.map((row) => [row.reading.at, row.change, row.topUp]);

  it('marks a top-up at the range’s first reading, from the reading before the range', () => {
    const readings = [r(FROM - DAY, 1000), r(FROM + HOUR, 51_000), r(FROM + 2 * HOUR, 50_500)];
    expect(summary(historyRows(readings, FROM, 0))).toEqual([
      [FROM + 2 * HOUR, -500, undefined],
      [FROM + HOUR, 50_000, 50_000],
    ]);
  });

  it('uses the account’s top-up threshold: a rise at or under it is only a change', () => {
    const readings = [r(FROM, 1000), r(FROM + HOUR, 6000), r(FROM + 2 * HOUR, 60_000)];
    expect(summary(historyRows(readings, FROM, 5000))).toEqual([
      [FROM + 2 * HOUR, 54_000, 54_000],
      [FROM + HOUR, 5000, undefined],
      [FROM, undefined, undefined],
    ]);
  });

  it('lists a reading taken before the range and confirmed into it, without a change of its own', () => {
    const readings = [r(FROM - 20 * DAY, 3000), r(FROM - 5 * DAY, 2000, { confirmedAt: FROM + DAY }), r(FROM + 2 * DAY, 1500)];
    expect(summary(historyRows(readings, FROM, 0))).toEqual([
      [FROM + 2 * DAY, -500, undefined],
      [FROM - 5 * DAY, undefined, undefined],
    ]);
  });
});

describe('retention and downsampling', () => {
  const tz = 'Asia/Jakarta';
  // Local midnight in Jakarta (UTC+7).
  const DAY0 = Date.UTC(2026, 0, 10) - 7 * HOUR;

  it('folds each old day into its last reading with the day’s count, min and max', () => {
    const data = (gb: number) => ({ quotas: [{ label: 'D', kind: 'data' as const, remaining: gb, unit: 'GB' }] });
    const readings = [
      r(DAY0 + 1 * HOUR, 900, data(5)),
      r(DAY0 + 5 * HOUR, 1200, data(4)),
      r(DAY0 + 23 * HOUR, 1000, data(3)),
      r(DAY0 + DAY + HOUR, 800),
      r(DAY0 + 3 * DAY, 700),
    ];
    const cutoff = DAY0 + 2 * DAY;
    const folded = downsample(readings, cutoff, tz);
    expect(folded).toEqual([
      { ...readings[2], day: { count: 3, creditMin: 900, creditMax: 1200, dataMin: 3 * GB, dataMax: 5 * GB } },
      { ...readings[3], day: { count: 1, creditMin: 800, creditMax: 800 } },
      readings[4],
    ]);
    // Folding again changes nothing.
    expect(downsample(folded ?? [], cutoff, tz)).toBeUndefined();
  });

  it('merges a day folded in two passes (the cutoff fell inside it)', () => {
    const first = downsample([r(DAY0 + HOUR, 500), r(DAY0 + 2 * HOUR, 400)], DAY0 + 3 * HOUR, tz) ?? [];
    const second = downsample([...first, r(DAY0 + 4 * HOUR, 450), r(DAY0 + 5 * HOUR, 300)], DAY0 + DAY, tz);
    expect(second).toEqual([{ ...r(DAY0 + 5 * HOUR, 300), day: { count: 4, creditMin: 300, creditMax: 500 } }]);
  });

  it('keeps 90 days in full and one reading per day before, in the database', async () => {
    await saveAccounts([testAccount()]);
    const now = Date.UTC(2026, 5, 1, 12);
    // 120 days of readings every 6 hours, credit falling by 10 each time.
    for (let i = 0; i < 120 * 4; i++) await readingsStore.put(r(now - i * 6 * HOUR, 10_000 + i * 10));
    const removed = await runRetention(now, 'UTC');
    const cutoff = retentionCutoff(now);
    const all = await readingsStore.range('acct1', 0, Number.MAX_SAFE_INTEGER);
    const recent = all.filter((x) => x.at >= cutoff);
    const old = all.filter((x) => x.at < cutoff);
    // 0 to 90 days old inclusive: the reading exactly at the cutoff is still in full detail.
    expect(recent).toHaveLength(90 * 4 + 1);
    expect(recent.every((x) => x.day === undefined)).toBe(true);
    expect(old.every((x) => x.day !== undefined)).toBe(true);
    expect(new Set(old.map((x) => new Date(x.at).toISOString().slice(0, 10))).size).toBe(old.length);
    expect(removed).toBe(120 * 4 - all.length);
    expect(old[0]?.day?.count).toBeGreaterThanOrEqual(1);
    // Running it again removes nothing.
    expect(await runRetention(now, 'UTC')).toBe(0);
  });
});
