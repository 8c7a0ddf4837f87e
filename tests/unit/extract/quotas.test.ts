import { describe, expect, it } from 'vitest';
import { findQuotaAmounts, findUnlimited, parseDataBytes, toBytes } from '@/utils/extract/quotas';

const GB = 1024 ** 3;
const MB = 1024 ** 2;

describe('findQuotaAmounts', () => {
  it.each<[string, string, number, string]>([
    ['2,5GB', 'data', 2.5, 'GB'],
    ['2.5 GB', 'data', 2.5, 'GB'],
    ['750 MB', 'data', 750, 'MB'],
    ['1,024 MB', 'data', 1024, 'MB'],
    ['1.024MB', 'data', 1024, 'MB'],
    ['1.5G', 'data', 1.5, 'GB'],
    ['300M', 'data', 300, 'MB'],
    ['500兆', 'data', 500, 'MB'],
    ['1 TB', 'data', 1, 'TB'],
    ['500 menit', 'voice', 500, 'min'],
    ['500 minutes', 'voice', 500, 'min'],
    ['250 mins', 'voice', 250, 'min'],
    ['85分钟', 'voice', 85, 'min'],
    ['100 SMS', 'sms', 100, 'sms'],
    ['88条', 'sms', 88, 'sms'],
  ])('%s → %s %d %s', (text, kind, value, unit) => {
    expect(findQuotaAmounts(text)[0]).toMatchObject({ kind, value, unit });
  });

  it('reads 1,024 MB as 1.024 MB when the document writes decimals with a comma', () => {
    expect(findQuotaAmounts('1,024 MB', { documentDecimal: ',' })[0]?.value).toBe(1.024);
  });

  it.each<[string, string, number, string]>([
    ['1,024 MB', 'id-ID', 1024, 'MB'],
    ['2,048MB', 'id-ID', 2048, 'MB'],
    ['1,250 menit', 'id-ID', 1250, 'min'],
    ['1.400 SMS', 'en-US', 1400, 'sms'],
  ])('reads %s as thousands when only the %s locale calls it a fraction, and says it guessed', (text, locale, value, unit) => {
    expect(findQuotaAmounts(text, { locale })[0]).toMatchObject({ value, unit, doubtful: true });
  });

  it.each<[string, number]>([
    ['SMS 60 s.d 04.08.2026', 60],
    ['SMS: 100', 100],
    ['1,400 Texts', 1400],
  ])('reads an SMS count in %s', (text, value) => {
    expect(findQuotaAmounts(text, { locale: 'en-US' })).toMatchObject([{ kind: 'sms', value, unit: 'sms' }]);
  });

  it.each(['SMS 100 SMS', 'SMS 5rb', 'SMS 2GB', 'SMS 10 hari', 'kirim SMS 123', 'Cek kuota: SMS 363 ke 123', 'SMS 888 to 123'])(
    'reads no unit-first SMS count from %s',
    (text) => {
      expect(findQuotaAmounts(text).filter((q) => q.kind === 'sms' && !/SMS$/.test(text.slice(q.start, q.end)))).toEqual([]);
    },
  );

  it('keeps a three-place GB fraction from the locale but marks it doubtful', () => {
    expect(findQuotaAmounts('1,024 GB', { locale: 'id-ID' })[0]).toMatchObject({ value: 1.024, doubtful: true });
  });

  it.each(['4G LTE', '5G套餐', 'Rp 10.000', '10 GBps', 'v2.5'])('finds no quota in %s', (text) => {
    expect(findQuotaAmounts(text)).toEqual([]);
  });

  it('marks bare-letter units as doubtful', () => {
    expect(findQuotaAmounts('1.5G')[0]?.doubtful).toBe(true);
    expect(findQuotaAmounts('1.5GB')[0]?.doubtful).toBe(false);
  });
});

describe('unlimited', () => {
  it.each(['Unlimited data', 'UNLIMITED', 'kuota tanpa batas', '不限量流量', '无限流量', '無限數據', '上網吃到飽'])(
    'finds it in %s',
    (text) => {
      expect(findUnlimited(text)).toHaveLength(1);
    },
  );
});

describe('toBytes', () => {
  it.each<[number, string, number | undefined]>([
    [1, 'GB', GB],
    [2.5, 'GB', 2.5 * GB],
    [750, 'MB', 750 * MB],
    [1, 'TB', 1024 * GB],
    [512, 'KB', 512 * 1024],
    [100, 'min', undefined],
    [100, 'sms', undefined],
  ])('%d %s → %s', (value, unit, bytes) => expect(toBytes(value, unit)).toBe(bytes));

  it('reads a data amount straight to bytes', () => {
    expect(parseDataBytes('sisa 1,2GB')).toBe(1.2 * GB);
  });
});
