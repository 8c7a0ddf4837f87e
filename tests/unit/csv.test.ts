import { describe, expect, it } from 'vitest';
import { csvField, csvFileName, readingsCsv } from '@/utils/stores/csv';

describe('CSV export', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-1+1', "'-1+1"],
  ])('field %j → %s', (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it('numbers, including negative ones, stay numbers', () => {
    expect(csvField(-250)).toBe('-250');
    expect(csvField(undefined)).toBe('');
  });

  it('writes a header and one line per reading, CRLF, with a folded day’s count, credit and data min and max', () => {
    const text = readingsCsv([
      {
        accountId: 'a',
        at: Date.UTC(2026, 0, 2, 3, 4),
        credit: { amount: 25_750, currency: 'IDR' },
        validUntil: '2026-02-01',
        confirmedAt: Date.UTC(2026, 0, 2, 5),
      },
      {
        accountId: 'a',
        at: Date.UTC(2026, 0, 3),
        quotas: [
          { label: 'Kuota, utama', kind: 'data', remaining: 1.5, total: 10, unit: 'GB' },
          { label: 'Chat', kind: 'data', remaining: 0, unit: 'GB', unlimited: true },
        ],
        day: { count: 3, creditMin: 1, creditMax: 2, dataMin: 1024, dataMax: 2048 },
      },
    ]);
    expect(text.split('\r\n')).toEqual([
      'time,confirmed_at,credit,currency,valid_until,grace_until,data_left_bytes,day_readings,day_credit_min,day_credit_max,day_data_min_bytes,day_data_max_bytes,quotas',
      '2026-01-02T03:04:00.000Z,2026-01-02T05:00:00.000Z,25750,IDR,2026-02-01,,,,,,,,',
      `2026-01-03T00:00:00.000Z,,,,,,${1.5 * 1024 ** 3},3,1,2,1024,2048,"Kuota, utama: 1.5/10 GB; Chat: unlimited"`,
      '',
    ]);
  });

  it('names the file after the account', () => {
    expect(csvFileName('My AXIS (main)', '2026-06-15')).toBe('balance-badge-my-axis-main-2026-06-15.csv');
    expect(csvFileName('···', '2026-06-15')).toBe('balance-badge-account-2026-06-15.csv');
  });
});
