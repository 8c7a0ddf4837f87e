import { describe, expect, it } from 'vitest';
import { daySummaries, daySummarizer, localDayNumber } from '@/utils/core/day-summary';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 5, 1);
const utcDay = (at: number) => Math.floor(at / DAY);

describe('day summaries', () => {
  it('gives one point per day: the day’s last value, its low, high and count', () => {
    const points = [
      { at: T0 + 1 * HOUR, value: 500 },
      { at: T0 + 5 * HOUR, value: 300 },
      { at: T0 + 9 * HOUR, value: 900 },
      { at: T0 + 20 * HOUR, value: 700 },
      { at: T0 + DAY + 2 * HOUR, value: 650 },
      { at: T0 + 3 * DAY, value: 100 },
      { at: T0 + 3 * DAY + HOUR, value: 100 },
    ];
    expect(daySummaries(points, utcDay)).toEqual([
      { at: T0 + 20 * HOUR, value: 700, low: 300, high: 900, count: 4 },
      { at: T0 + DAY + 2 * HOUR, value: 650, low: 650, high: 650, count: 1 },
      { at: T0 + 3 * DAY + HOUR, value: 100, low: 100, high: 100, count: 2 },
    ]);
  });

  it('is the same built batch by batch, also when a day spans two batches', () => {
    const points = Array.from({ length: 24 * 10 }, (_, h) => ({ at: T0 + h * HOUR, value: (h * 37) % 101 }));
    const whole = daySummaries(points, utcDay);
    const summarizer = daySummarizer(utcDay);
    for (let i = 0; i < points.length; i += 7) summarizer.add(points.slice(i, i + 7));
    expect(summarizer.result()).toEqual(whole);
    expect(whole).toHaveLength(10);
    expect(whole.every((d) => d.count === 24 && d.low <= d.value && d.value <= d.high)).toBe(true);
  });

  it('a year of quarter-hour readings is 365 points', () => {
    const points = Array.from({ length: 35_040 }, (_, i) => ({ at: T0 + i * 15 * 60_000, value: 100_000 - i }));
    const days = daySummaries(points, utcDay);
    expect(days).toHaveLength(365);
    expect(days[0]).toMatchObject({ low: 100_000 - 95, high: 100_000, value: 100_000 - 95, count: 96 });
  });

  it('has nothing without points, and one summary of count 1 for one point', () => {
    expect(daySummaries([], utcDay)).toEqual([]);
    expect(daySummaries([{ at: T0, value: 5 }], utcDay)).toEqual([{ at: T0, value: 5, low: 5, high: 5, count: 1 }]);
  });

  it('local day numbers change at local midnight', () => {
    const midnight = new Date(2026, 5, 1).getTime();
    expect(localDayNumber(midnight)).toBe(localDayNumber(midnight + DAY - 1));
    expect(localDayNumber(midnight + DAY)).toBe(localDayNumber(midnight) + 1);
    expect(localDayNumber(midnight - 1)).toBe(localDayNumber(midnight) - 1);
  });
});
