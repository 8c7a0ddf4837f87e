import { describe, expect, it } from 'vitest';
import {
  dataUnitBytes,
  formatBytes,
  formatDate,
  formatMoney,
  formatQuotaAmount,
  formatRelative,
  plainDecimal,
  quotaBytes,
  quotaFraction,
  quotaTotalBytes,
} from '@/utils/core/format';
import type { Quota } from '@/utils/model';

const GB = 1024 ** 3;
const quota = (q: Partial<Quota>): Quota => ({ label: 'q', kind: 'data', remaining: 1, unit: 'GB', ...q });
// Intl may use a narrow no-break space between number and currency or unit.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it.each([
    [25750, 'IDR', 'en-US', 'IDR 25,750'],
    [25750.4, 'IDR', 'en-US', 'IDR 25,750'],
    [25750, 'IDR', 'id-ID', 'Rp 25.750'],
    [4.5, 'USD', 'en-US', '$4.50'],
    [1234.5, 'EUR', 'de-DE', '1.234,50 €'],
    [0, 'JPY', 'en-US', '¥0'],
  ])('%s %s in %s → %s', (amount, currency, locale, expected) => {
    expect(plain(formatMoney(amount, currency, locale))).toBe(expected);
  });

  it('falls back to number and code for a code Intl rejects', () => {
    expect(formatMoney(5, 'not-a-code', 'en-US')).toBe('5 not-a-code');
  });
});

describe('plainDecimal', () => {
  it.each([
    [25750, '25750'],
    [4.5, '4.5'],
    [0.1 + 0.2, '0.3'],
    [1e21, '1000000000000000000000'],
    [-3, '-3'],
    [0, '0'],
  ])('%s → %s', (value, expected) => {
    expect(plainDecimal(value)).toBe(expected);
  });
});

describe('formatDate', () => {
  it('formats the calendar date without any time zone shift', () => {
    expect(formatDate('2026-07-31', 'en-US')).toBe('Jul 31, 2026');
    expect(formatDate('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
  });

  it('returns a malformed date unchanged', () => {
    expect(formatDate('soon', 'en-US')).toBe('soon');
  });
});

describe('formatRelative', () => {
  const now = Date.UTC(2026, 5, 15, 12);
  it.each([
    [0, 'now'],
    [30_000, 'now'],
    [5 * 60_000, '5 minutes ago'],
    [60 * 60_000, '1 hour ago'],
    [5 * 3_600_000, '5 hours ago'],
    [24 * 3_600_000, 'yesterday'],
    [3 * 86_400_000, '3 days ago'],
  ])('%s ms ago → %s', (ago, expected) => {
    expect(formatRelative(now - ago, now, 'en')).toBe(expected);
  });

  it('reads a time in the future (clock skew) as now', () => {
    expect(formatRelative(now + 60_000, now, 'en')).toBe('now');
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1536, '1.5 kB'],
    [3.5 * GB, '3.5 GB'],
    [10 * GB, '10 GB'],
    [1023 * 1024 ** 2, '1,023 MB'],
    [2 * 1024 ** 4, '2 TB'],
  ])('%s → %s', (bytes, expected) => {
    expect(plain(formatBytes(bytes, 'en-US'))).toBe(expected);
  });
});

describe('quotaBytes', () => {
  it.each([
    [quota({ remaining: 3.5, unit: 'GB' }), 3.5 * GB],
    [quota({ remaining: 500, unit: 'MB' }), 500 * 1024 ** 2],
    [quota({ remaining: 1, unit: 'TB' }), 1024 ** 4],
    [quota({ remaining: 2048, unit: 'KB' }), 2048 * 1024],
    [quota({ remaining: 42, unit: 'B' }), 42],
    [quota({ remaining: 1, unit: 'gb' }), GB],
    [quota({ remaining: 1, unit: 'GiB' }), GB],
  ])('%o → %s bytes', (q, expected) => {
    expect(quotaBytes(q)).toBe(expected);
  });

  it('is undefined for other kinds, unlimited quotas and unknown units', () => {
    expect(quotaBytes(quota({ kind: 'voice', unit: 'min', remaining: 100 }))).toBeUndefined();
    expect(quotaBytes(quota({ unlimited: true }))).toBeUndefined();
    expect(quotaBytes(quota({ unit: 'slices' }))).toBeUndefined();
  });

  it('gives the total in bytes when known', () => {
    expect(quotaTotalBytes(quota({ total: 10 }))).toBe(10 * GB);
    expect(quotaTotalBytes(quota({}))).toBeUndefined();
  });
});

describe('dataUnitBytes', () => {
  it('knows the binary multiples and nothing else', () => {
    expect(dataUnitBytes('B')).toBe(1);
    expect(dataUnitBytes('MB')).toBe(1024 ** 2);
    expect(dataUnitBytes('min')).toBeUndefined();
  });
});

describe('formatQuotaAmount', () => {
  it.each([
    [quota({ unit: 'GB' }), 3.5, '3.5 GB'],
    [quota({ kind: 'voice', unit: 'min' }), 120, '120 min'],
    [quota({ kind: 'sms', unit: 'sms' }), 50, '50 SMS'],
    [quota({ kind: 'other', unit: 'tickets' }), 2, '2 tickets'],
  ])('%o %s → %s', (q, amount, expected) => {
    expect(plain(formatQuotaAmount(q, amount, 'en-US'))).toBe(expected);
  });
});

describe('quotaFraction', () => {
  it('is the share left, clamped, when the total is known', () => {
    expect(quotaFraction(quota({ remaining: 2.5, total: 10 }))).toBe(0.25);
    expect(quotaFraction(quota({ remaining: 12, total: 10 }))).toBe(1);
    expect(quotaFraction(quota({ remaining: 1 }))).toBeUndefined();
    expect(quotaFraction(quota({ remaining: 1, total: 0 }))).toBeUndefined();
    expect(quotaFraction(quota({ total: 10, unlimited: true }))).toBeUndefined();
  });
});

describe('formatters are made once', () => {
  it('formats the same way again without making another Intl formatter, and per locale with its own', () => {
    const Original = Intl.NumberFormat;
    let made = 0;
    Intl.NumberFormat = new Proxy(Original, {
      construct: (target, args: ConstructorParameters<typeof Intl.NumberFormat>) => (made++, new target(...args)),
    });
    try {
      const euros = (amount: number, locale: string) => new Original(locale, { style: 'currency', currency: 'EUR' }).format(amount);
      expect(formatMoney(1_234.5, 'EUR', 'de-CH')).toBe(euros(1_234.5, 'de-CH'));
      expect(made).toBe(1);
      expect(formatMoney(99, 'EUR', 'de-CH')).toBe(euros(99, 'de-CH'));
      expect(made).toBe(1);
      expect(formatMoney(99, 'EUR', 'fr-CH')).toBe(euros(99, 'fr-CH'));
      expect(made).toBe(2);
    } finally {
      Intl.NumberFormat = Original;
    }
  });
});
