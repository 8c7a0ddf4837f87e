import { describe, expect, it } from 'vitest';
import { dailySpend, forecast, forecastSeries } from '@/utils/core/forecast';
import type { Point } from '@/utils/core/readings';
import type { Reading } from '@/utils/model';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Noon UTC, so the UTC calendar date is unambiguous.
const NOW = Date.UTC(2026, 10, 20, 12);

/** Points every `stepHours` for `days` days up to NOW, from `value(daysAgo)`. */
function points(days: number, stepHours: number, value: (daysAgo: number) => number): Point[] {
  const out: Point[] = [];
  for (let t = NOW - days * DAY; t <= NOW; t += stepHours * HOUR) out.push({ at: t, value: value((NOW - t) / DAY) });
  return out;
}

describe('dailySpend', () => {
  it.each<[string, Point[], number, number, number | undefined]>([
    ['steady 1000 a day', points(10, 6, (d) => 20_000 + 1000 * d), 7, 2, 1000],
    ['steady over 30 days', points(40, 24, (d) => 50_000 + 500 * d), 30, 10, 500],
    // A top-up of 50 000 three days ago: left out, the spend around it counts; the 250 spent in
    // the 6 hours that hold the top-up is hidden by it, so 6750 over 7 days.
    ['top-up left out', points(10, 6, (d) => 20_000 + 1000 * d - (d > 3 ? 50_000 : 0)), 7, 2, 6750 / 7],
    // Readings stop for 4 days: the fall across the gap is spread over it.
    ['gap in the readings', points(10, 6, (d) => 20_000 + 1000 * d).filter((p) => p.at < NOW - 5 * DAY || p.at > NOW - DAY), 7, 2, 1000],
    ['nothing spent', points(10, 6, () => 5000), 7, 2, 0],
    ['only a day of history', points(1, 1, (d) => 5000 + 100 * d), 7, 2, undefined],
    ['one reading', [{ at: NOW, value: 5 }], 7, 2, undefined],
    ['no readings', [], 7, 2, undefined],
    ['readings only before the window', points(40, 24, (d) => 1000 * d).filter((p) => p.at < NOW - 8 * DAY), 7, 2, undefined],
  ])('%s', (_name, pts, days, minSpan, expected) => {
    const result = dailySpend(pts, NOW, days, minSpan);
    if (expected === undefined) expect(result).toBeUndefined();
    else expect(result).toBeCloseTo(expected, 6);
  });
});

describe('forecastSeries', () => {
  it('lasts current ÷ pace whole days, and runs out that many calendar days from today', () => {
    const f = forecastSeries(
      points(10, 6, (d) => 20_500 + 1000 * d),
      20_500,
      NOW,
      '2026-12-20',
      'UTC',
    );
    expect(f).toMatchObject({ kind: 'runs-out', days: 20, runsOut: '2026-12-10', endsOn: '2026-12-20', daysBeforeEnd: 10 });
  });

  it('says when it lasts past the end of the plan', () => {
    const f = forecastSeries(
      points(10, 6, (d) => 20_500 + 1000 * d),
      20_500,
      NOW,
      '2026-11-25',
      'UTC',
    );
    expect(f).toMatchObject({ kind: 'runs-out', runsOut: '2026-12-10', daysBeforeEnd: -15 });
  });

  it('uses the 7-day pace when there is enough history, else the 30-day one', () => {
    // 2000 a day until 8 days ago, 500 a day since.
    const pts = points(30, 12, (d) => 10_000 + (d <= 8 ? 500 * d : 4000 + 2000 * (d - 8)));
    const f = forecastSeries(pts, 10_000, NOW, undefined, 'UTC');
    expect(f.kind).toBe('runs-out');
    if (f.kind !== 'runs-out') return;
    expect(f.pace).toBeCloseTo(500, 6);
    expect(f.pace7).toBeCloseTo(500, 6);
    expect(f.pace30).toBeGreaterThan(1000);
    expect(f.days).toBe(20);
    // With 3 days of history the 30-day pace is not trusted, the 7-day one is.
    expect(
      forecastSeries(
        points(3, 12, (d) => 10_000 + 500 * d),
        10_000,
        NOW,
        undefined,
        'UTC',
      ),
    ).toMatchObject({ kind: 'runs-out', days: 20 });
  });

  it.each([
    ['too little history', points(1, 1, (d) => 100 * d), 100, 'too-little'],
    ['no current value', points(10, 6, (d) => 100 * d), undefined, 'too-little'],
    ['nothing spent', points(10, 6, () => 100), 100, 'steady'],
  ] as const)('%s', (_name, pts, current, kind) => {
    expect(forecastSeries(pts, current, NOW, undefined, 'UTC').kind).toBe(kind);
  });
});

describe('forecast of an account', () => {
  const GB = 1024 ** 3;
  /** Hourly readings over `days` days: credit falls 1200 a day, data 0.5 GB a day, reset to 10 GB 4 days ago. */
  function history(days: number): Reading[] {
    const out: Reading[] = [];
    for (let h = days * 24; h >= 0; h--) {
      const d = h / 24;
      const data = d > 4 ? 1 * GB + 0.5 * GB * (d - 4) : 10 * GB - 0.5 * GB * (4 - d);
      out.push({
        accountId: 'a',
        at: NOW - h * HOUR,
        credit: { amount: 24_600 + 50 * h, currency: 'IDR' },
        validUntil: '2026-12-20',
        quotas: [{ label: 'Kuota', kind: 'data', remaining: Math.round(data), total: 10 * GB, unit: 'B', expiresAt: '2026-12-15' }],
      });
    }
    return out;
  }

  it('forecasts credit and data, a quota reset left out, with the first date as runs-out', () => {
    const f = forecast(history(30), NOW, 'UTC');
    expect(f.credit).toMatchObject({ kind: 'runs-out', days: 20, runsOut: '2026-12-10', daysBeforeEnd: 10 });
    // 8 GB left at 0.5 GB a day (the reset is not negative spend): 16 days, 9 days before the quota's own end.
    expect(f.data).toMatchObject({ kind: 'runs-out', days: 16, runsOut: '2026-12-06', endsOn: '2026-12-15', daysBeforeEnd: 9 });
    expect(f.runsOut).toBe('2026-12-06');
  });

  it('says too little with a day of history, and has no data forecast without a data quota', () => {
    const f = forecast(history(1), NOW, 'UTC');
    expect(f.credit.kind).toBe('too-little');
    expect(f.runsOut).toBeUndefined();
    const noData = forecast(
      history(10).map(({ quotas: _q, ...rest }) => rest),
      NOW,
      'UTC',
    );
    expect(noData.data).toBeUndefined();
    expect(noData.credit.kind).toBe('runs-out');
  });
});

describe('a reading taken before the window and confirmed into it', () => {
  // A: 50 000 taken 40 days ago, unchanged (de-duplicated) until a day ago; B: 43 000 now.
  const a: Reading = {
    accountId: 'a',
    at: NOW - 40 * DAY,
    confirmedAt: NOW - DAY,
    credit: { amount: 50_000, currency: 'IDR' },
    validUntil: '2027-01-31',
  };
  const b: Reading = { accountId: 'a', at: NOW, credit: { amount: 43_000, currency: 'IDR' }, validUntil: '2027-01-31' };

  it('holds its value from each window’s start, so the fall is spread over the whole window', () => {
    const f = forecast([a, b], NOW, 'UTC');
    // 7 000 spent in the last 7 days and in the last 30: 1 000 a day and 7 000 / 30.
    expect(f.credit).toMatchObject({ kind: 'runs-out', days: 43, runsOut: '2027-01-02', endsOn: '2027-01-31', daysBeforeEnd: 29 });
    if (f.credit.kind !== 'runs-out') return;
    expect(f.credit.pace7).toBeCloseTo(1000, 6);
    expect(f.credit.pace30).toBeCloseTo(7000 / 30, 6);
  });

  it('without the reading before the window there is too little history, as the popup used to say nothing', () => {
    expect(forecast([b], NOW, 'UTC').credit.kind).toBe('too-little');
  });

  it('an account unchanged for the whole window spends nothing', () => {
    expect(forecast([{ ...a, confirmedAt: NOW }], NOW, 'UTC').credit.kind).toBe('steady');
  });
});
