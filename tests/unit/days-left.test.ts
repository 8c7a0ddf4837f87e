import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, daysLeft, localDate } from '@/utils/core/days-left';

describe('localDate', () => {
  it.each([
    // 2026-12-31 20:00 UTC is already 1 January in Jakarta (UTC+7) but not in New York.
    [Date.UTC(2026, 11, 31, 20, 0), 'Asia/Jakarta', '2027-01-01'],
    [Date.UTC(2026, 11, 31, 20, 0), 'America/New_York', '2026-12-31'],
    [Date.UTC(2026, 11, 31, 20, 0), 'UTC', '2026-12-31'],
    [Date.UTC(2026, 5, 15, 23, 30), 'Asia/Shanghai', '2026-06-16'],
    [Date.UTC(2026, 5, 15, 10, 0), 'Pacific/Honolulu', '2026-06-15'],
    [Date.UTC(2026, 5, 15, 10, 0), 'Pacific/Kiritimati', '2026-06-16'],
  ])('at %i in %s is %s', (now, tz, expected) => {
    expect(localDate(now, tz)).toBe(expected);
  });
});

describe('daysLeft', () => {
  it.each([
    ['ends today', Date.UTC(2026, 11, 7, 5, 0), 'Asia/Jakarta', '2026-12-07', 0],
    ['ended yesterday', Date.UTC(2026, 11, 8, 5, 0), 'Asia/Jakarta', '2026-12-07', -1],
    ['one week ahead', Date.UTC(2026, 10, 30, 5, 0), 'Asia/Jakarta', '2026-12-07', 7],
    // Just after local midnight in Jakarta the day has already changed while UTC has not.
    ['local midnight counts, not UTC', Date.UTC(2026, 11, 6, 17, 30), 'Asia/Jakarta', '2026-12-07', 0],
    ['same instant in New York', Date.UTC(2026, 11, 6, 17, 30), 'America/New_York', '2026-12-07', 1],
    ['across a year end', Date.UTC(2026, 11, 30, 12, 0), 'UTC', '2027-01-02', 3],
    ['across a leap day', Date.UTC(2028, 1, 27, 12, 0), 'UTC', '2028-03-01', 3],
  ])('%s', (_name, now, tz, until, expected) => {
    expect(daysLeft(until, now, tz)).toBe(expected);
  });

  // Days that are 23 or 25 hours long must still count as one day each.
  it.each([
    ['spring forward, New York', 'America/New_York', Date.UTC(2026, 2, 7, 17, 0), '2026-03-09', 2],
    ['fall back, New York', 'America/New_York', Date.UTC(2026, 9, 31, 16, 0), '2026-11-02', 2],
    ['spring forward, Berlin', 'Europe/Berlin', Date.UTC(2026, 2, 28, 23, 30), '2026-03-30', 1],
    ['fall back, Berlin', 'Europe/Berlin', Date.UTC(2026, 9, 24, 22, 30), '2026-10-26', 1],
    ['southern hemisphere, Sydney', 'Australia/Sydney', Date.UTC(2026, 3, 4, 14, 30), '2026-04-06', 1],
  ])('across a daylight saving change: %s', (_name, tz, now, until, expected) => {
    expect(daysLeft(until, now, tz)).toBe(expected);
  });

  it('counts every hour of a DST day as the same calendar day', () => {
    // 8 March 2026 in New York is 23 hours long: every hour of it is 1 day before 9 March.
    const start = Date.UTC(2026, 2, 8, 5, 0); // local midnight
    for (let h = 0; h < 23; h++) {
      expect(daysLeft('2026-03-09', start + h * 3_600_000, 'America/New_York')).toBe(1);
    }
    expect(daysLeft('2026-03-09', start + 23 * 3_600_000, 'America/New_York')).toBe(0);
  });
});

describe('daysBetween and addDays', () => {
  it.each([
    ['2026-01-01', '2026-01-31', 30],
    ['2026-02-28', '2026-03-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-12-31', '2026-12-01', -30],
  ])('%s → %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
    expect(addDays(from, days)).toBe(to);
  });
});
