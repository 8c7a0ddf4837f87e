import { describe, expect, it } from 'vitest';
import { toDataBytes, toIsoDate, toMoney, toNumber } from '@/utils/sources/values';

const NOW = Date.UTC(2026, 5, 15, 12);
const hints = { currency: 'IDR', now: NOW };

describe('toIsoDate', () => {
  it.each([
    ['unix seconds', 1798675200, 'UTC', '2026-12-31'],
    ['unix milliseconds', 1798675200000, 'UTC', '2026-12-31'],
    ['unix seconds as a string', '1798675200', 'UTC', '2026-12-31'],
    ['seconds, in Jakarta', 1798736400, 'Asia/Jakarta', '2027-01-01'],
    ['ISO 8601 UTC', '2026-12-31T17:30:00Z', 'UTC', '2026-12-31'],
    ['ISO 8601 UTC, seen from Jakarta (next day)', '2026-12-31T17:30:00Z', 'Asia/Jakarta', '2027-01-01'],
    ['ISO 8601 with offset', '2026-12-31T23:00:00+07:00', 'UTC', '2026-12-31'],
    ['ISO 8601 with +0000', '2023-06-25T17:59:32+0000', 'UTC', '2023-06-25'],
    ['YYYY-MM-DD HH:mm:ss (as written)', '2026-12-31 23:59:59', 'Asia/Jakarta', '2026-12-31'],
    ['YYYY-MM-DD', '2026-12-31', 'UTC', '2026-12-31'],
    ['written date', '31 Desember 2026', 'UTC', '2026-12-31'],
  ])('%s', (_name, value, timeZone, expected) => {
    expect(toIsoDate(value, { now: NOW, timeZone })).toBe(expected);
  });

  it.each([['2026-02-31'], ['soon'], [true], [null], [-5], ['']])('nothing from %j', (value) => {
    expect(toIsoDate(value, { now: NOW, timeZone: 'UTC' })).toBeUndefined();
  });
});

describe('toDataBytes', () => {
  it.each([
    [1024, 'B', 1024],
    [750, 'MB', 750 * 1024 ** 2],
    [2, 'GB', 2 * 1024 ** 3],
    [512, 'KB', 512 * 1024],
    ['1.5 GB', 'B', 1.5 * 1024 ** 3],
    ['750MB', 'GB', 750 * 1024 ** 2],
    ['2048', 'MB', 2048 * 1024 ** 2],
  ] as const)('%j in %s', (value, unit, bytes) => {
    expect(toDataBytes(value, unit)).toBe(bytes);
  });

  it('refuses negatives and words', () => {
    expect(toDataBytes(-1, 'B')).toBeUndefined();
    expect(toDataBytes('lots', 'B')).toBeUndefined();
  });
});

describe('toMoney', () => {
  it.each([
    ['a bare number takes the account currency', 25750, { amount: 25750, currency: 'IDR' }],
    ['a numeric string too', '25750', { amount: 25750, currency: 'IDR' }],
    ['rupiah with grouping', 'Rp 25.750', { amount: 25750, currency: 'IDR' }],
    ['dollars', '$4.50', { amount: 4.5, currency: 'USD' }],
    ['an object with its own currency', { amount: 18.9, currency: 'cny' }, { amount: 18.9, currency: 'CNY' }],
  ])('%s', (_name, value, money) => {
    expect(toMoney(value, hints)).toEqual(money);
  });

  it('reads nothing from nothing', () => {
    expect(toMoney('', hints)).toBeUndefined();
    expect(toMoney([], hints)).toBeUndefined();
  });
});

describe('toNumber', () => {
  it.each([
    [42, 42],
    ['42.5', 42.5],
    ['1,234.5', 1234.5],
    ['-3', -3],
    ['x', undefined],
    [Number.NaN, undefined],
  ])('%j', (value, n) => {
    expect(toNumber(value)).toBe(n);
  });
});
