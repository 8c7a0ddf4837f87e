import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { findDates } from '@/utils/extract/dates';
import { findGraceLengthsFirst, languageDateOrder, statedDateOrder } from '@/utils/extract/stated-dates';

const now = Date.UTC(2026, 7, 1, 3);

describe('statedDateOrder', () => {
  it.each<[string, 'dmy' | 'mdy' | undefined]>([
    ['valid till 12/05/2026 (MM/DD/YYYY)', 'mdy'],
    ['valid till 12/05/2026 (DD/MM/YYYY)', 'dmy'],
    ['Format: M/D/YY', 'mdy'],
    ['berlaku s.d 04-08-2026 (bb-hh-tttt)', 'mdy'],
    ['tanggal (hh/bb/tttt)', 'dmy'],
    ['有效期至 08/04/2026（月/日/年）', 'mdy'],
    ['有效期至 08/04/2026（日/月/年）', 'dmy'],
    ['dd/mm/yyyy or mm/dd/yyyy', undefined],
    ['12/05/2026', undefined],
    ['commit ddmm', undefined],
  ])('%s → %s', (text, order) => expect(statedDateOrder(text)).toBe(order));

  it('decides the order over the locale, and the numbers still rule out an impossible reading', () => {
    const read = (text: string, locale: string) => findDates(text, { now, locale, order: statedDateOrder(text) })[0];
    expect(read('12/05/2026 (MM/DD/YYYY)', 'id-ID')).toMatchObject({ value: '2026-12-05', ambiguous: false });
    expect(read('12/05/2026 (DD/MM/YYYY)', 'en-US')).toMatchObject({ value: '2026-05-12', ambiguous: false });
    expect(read('13/05/2026 (MM/DD/YYYY)', 'en-US')?.value).toBe('2026-05-13');
  });

  it('is what extract() uses', () => {
    const hints = { currency: 'IDR', locale: 'id-ID', now, timeZone: 'Asia/Jakarta' };
    expect(extract('Masa aktif s.d 08/04/2026 (MM/DD/YYYY)', hints).validUntil?.value).toBe('2026-08-04');
    expect(extract('Valid till 08/04/2026 (DD/MM/YYYY)', { ...hints, currency: 'USD', locale: 'en-US' }).validUntil?.value).toBe(
      '2026-04-08',
    );
  });
});

describe('languageDateOrder', () => {
  it.each<[string, 'dmy' | undefined]>([
    ['Sisa pulsa Rp 25.750. Aktif s.d 04-01-2027.', 'dmy'],
    ['Kuota 2GB berlaku hingga 04/01/2027', 'dmy'],
    ['话费余额12.30元，有效期至04/01/2027', 'dmy'],
    ['Balance $4.50, valid until 04/01/2027', undefined],
    ['Your plan ends 04/01/2027', undefined],
  ])('%s → %s', (text, order) => expect(languageDateOrder(text)).toBe(order));

  it('reads an Indonesian or Chinese text day first in a month-first browser; an English one follows the browser', () => {
    const us = { locale: 'en-US', now, timeZone: 'America/New_York' };
    const id = extract('Sisa pulsa Rp 25.750. Aktif s.d 04-01-2027. Masa tenggang s.d 03-02-2027.', { ...us, currency: 'IDR' });
    expect(id.validUntil?.value).toBe('2027-01-04');
    expect(id.graceUntil?.value).toBe('2027-02-03');
    expect(extract('话费余额12.30元，有效期至04/01/2027', { ...us, currency: 'CNY' }).validUntil?.value).toBe('2027-01-04');
    expect(extract('Balance $4.50, valid until 04/01/2027', { ...us, currency: 'USD' }).validUntil?.value).toBe('2027-04-01');
    // What the text states still wins over its language.
    expect(extract('Masa aktif s.d 04/01/2027 (MM/DD/YYYY)', { ...us, currency: 'IDR' }).validUntil?.value).toBe('2027-04-01');
  });
});

describe('findGraceLengthsFirst', () => {
  it.each(['进入30天宽限期', '30天的保号期', '30-day grace period', '30 days of grace', '30 hari masa tenggang'])(
    'reads 30 days of grace in %s',
    (text) => {
      expect(findGraceLengthsFirst(text)).toMatchObject([{ field: 'grace', anchor: 'validity', days: 30 }]);
    },
  );

  it.each(['30 days', 'berlaku 30 hari', '宽限期30天'])('finds none written the other way or without the word: %s', (text) => {
    expect(findGraceLengthsFirst(text)).toEqual([]);
  });
});
