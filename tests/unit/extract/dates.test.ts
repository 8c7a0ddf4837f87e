import { describe, expect, it } from 'vitest';
import { addDays, findDates, findRelativeDates, parseDate, todayIn, type DateContext } from '@/utils/extract/dates';

const now = Date.UTC(2026, 7, 1, 3); // 10:00 in Jakarta, still 31 July in New York
const ctx: DateContext = { now, timeZone: 'Asia/Jakarta' };

describe('parseDate: absolute forms', () => {
  it.each<[string, string, Partial<DateContext>?]>([
    ['31/12/2026', '2026-12-31'],
    ['31-12-2026', '2026-12-31'],
    ['31.12.2026', '2026-12-31'],
    ['2026-12-31', '2026-12-31'],
    ['2026/12/31', '2026-12-31'],
    ['2026.10.01', '2026-10-01'],
    ['31/12/26', '2026-12-31'],
    ['10-8-2026', '2026-08-10'],
    ['31 Des 2026', '2026-12-31'],
    ['31 Desember 2026', '2026-12-31'],
    ['06 Agt 2026', '2026-08-06'],
    ['27 Agu 2026', '2026-08-27'],
    ['5 Mei 2026', '2026-05-05'],
    ['18 Okt 2026', '2026-10-18'],
    ['Dec 31, 2026', '2026-12-31'],
    ['December 31st, 2026', '2026-12-31'],
    ['31 Dec 2026', '2026-12-31'],
    ['31-Dec-26', '2026-12-31'],
    ['2026年12月31日', '2026-12-31'],
    ['2026 年 9 月 9 日', '2026-09-09'],
    ['２０２６年１２月３１日', '2026-12-31'],
    ['31/12/2026 23:59', '2026-12-31'],
    ['15/08/2026 23:59 WIB', '2026-08-15'],
    ['31. Dezember 2026', '2026-12-31', { locale: 'de-DE' }],
    ['31 déc. 2026', '2026-12-31', { locale: 'fr-FR' }],
  ])('%s → %s', (text, iso, extra) => {
    expect(parseDate(text.normalize('NFKC'), { ...ctx, ...extra })).toBe(iso);
  });

  it.each<[string, string, Partial<DateContext>]>([
    // Day first unless the locale writes the month first, or the numbers allow only one reading.
    ['05/06/2026', '2026-06-05', {}],
    ['05/06/2026', '2026-06-05', { locale: 'id-ID' }],
    ['05/06/2026', '2026-05-06', { locale: 'en-US' }],
    ['05/13/2026', '2026-05-13', { locale: 'id-ID' }],
    ['13/05/2026', '2026-05-13', { locale: 'en-US' }],
    ['05/06/2026 and 12/25/2026', '2026-05-06', {}],
  ])('%s in %o → %s', (text, iso, extra) => {
    expect(parseDate(text, { ...ctx, ...extra })).toBe(iso);
  });

  it('marks a swappable day and month as ambiguous only when nothing decides', () => {
    expect(findDates('05/06/2026', ctx)[0]?.ambiguous).toBe(true);
    expect(findDates('05/06/2026', { ...ctx, locale: 'en-GB' })[0]?.ambiguous).toBe(false);
    expect(findDates('31/12/2026', ctx)[0]?.ambiguous).toBe(false);
  });

  it('infers the next occurrence when the year is missing', () => {
    expect(findDates('12月31日', ctx)[0]).toMatchObject({ value: '2026-12-31', yearGuessed: true });
    expect(findDates('5 Jan', ctx)[0]?.value).toBe('2027-01-05');
    expect(findDates('20 Jul', ctx)[0]?.value).toBe('2026-07-20');
  });

  it('moves an instant with an offset into the reader’s calendar', () => {
    expect(parseDate('2026-12-31T18:00:00Z', { now, timeZone: 'Asia/Jakarta' })).toBe('2027-01-01');
    expect(parseDate('2026-12-31T18:00:00Z', { now })).toBe('2026-12-31');
  });

  it.each(['31/02/2026', '2026-13-01', '0812-3456-7890', 'v1.2.3', '12.30元'])('finds no date in %s', (text) => {
    expect(findDates(text, ctx)).toEqual([]);
  });

  it('reads two-digit years in the century nearest to now', () => {
    expect(parseDate('01/01/99', ctx)).toBe('1999-01-01');
    expect(parseDate('01/01/60', ctx)).toBe('2060-01-01');
  });
});

describe('relative dates', () => {
  it.each<[string, string, string | undefined]>([
    ['valid for 12 days', '2026-08-13', 'Asia/Jakarta'],
    ['valid for 12 days', '2026-08-12', 'America/New_York'],
    ['Expires in 5 days', '2026-08-06', undefined],
    ['berlaku 30 hari', '2026-08-31', 'Asia/Jakarta'],
    ['masa aktif 3 hari lagi', '2026-08-04', 'Asia/Jakarta'],
    ['12天后到期', '2026-08-13', 'Asia/Shanghai'],
    ['剩余12天', '2026-08-13', 'Asia/Shanghai'],
    ['Days left: 4', '2026-08-05', 'Asia/Jakarta'],
  ])('%s in %s → %s', (text, iso, timeZone) => {
    expect(parseDate(text, { now, timeZone })).toBe(iso);
  });

  it('tells grace lengths, counted from the end of validity, from validity', () => {
    expect(findRelativeDates('masa tenggang 30 hari')[0]).toMatchObject({ field: 'grace', anchor: 'validity', days: 30 });
    expect(findRelativeDates('宽限期30天')[0]).toMatchObject({ field: 'grace', anchor: 'validity', days: 30 });
    expect(findRelativeDates('12 days left')[0]).toMatchObject({ field: 'validity', left: true });
    expect(findRelativeDates('berlaku 30 hari')[0]).toMatchObject({ field: 'validity', left: false });
  });
});

describe('calendar helpers', () => {
  it('takes today from the time zone, and falls back to UTC for an unknown zone', () => {
    expect(todayIn(now, 'Asia/Jakarta')).toBe('2026-08-01');
    expect(todayIn(now, 'America/New_York')).toBe('2026-07-31');
    expect(todayIn(now, 'Not/AZone')).toBe('2026-08-01');
  });
  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
