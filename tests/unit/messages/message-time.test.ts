// Time sources of a message: the page's time element, its label, the day header, the text's own date, first seen.
import { describe, expect, it } from 'vitest';
import { clockMinutes, dayOf, instantAt, messageTime } from '@/utils/core/message-time';

const NOW = Date.UTC(2026, 11, 4, 15, 0); // Friday 4 December 2026, 15:00 UTC
const ctx = { now: NOW, timeZone: 'UTC' };

describe('clock times', () => {
  it.each([
    ['10:42', 642],
    ['10:42 AM', 642],
    ['8:30 pm', 1230],
    ['12:05 AM', 5],
    ['下午3:05', 905],
    ['22.15', 1335],
    ['no time', null],
    ['99:99', null],
  ])('%s → %s', (text, minutes) => expect(clockMinutes(text)).toBe(minutes));
});

describe('day headers', () => {
  it.each([
    ['Today', '2026-12-04'],
    ['Hari ini', '2026-12-04'],
    ['今天', '2026-12-04'],
    ['Yesterday', '2026-12-03'],
    ['Kemarin', '2026-12-03'],
    ['昨天', '2026-12-03'],
    ['Monday', '2026-11-30'],
    ['Jumat', '2026-11-27'],
    ['30 November 2026', '2026-11-30'],
    ['12 Des', '2025-12-12'],
    ['2026年11月2日', '2026-11-02'],
    ['Messages', null],
  ])('%s → %s', (text, date) => expect(dayOf(text, ctx)).toBe(date));
});

describe('the time of a message', () => {
  const at = (date: string, minutes: number) => instantAt(date, minutes, 'UTC');

  it('takes a time[datetime] first', () => {
    expect(messageTime({ text: 'x', stamp: '2026-12-01T08:00:00Z', label: 'Yesterday 10:00', day: 'Today' }, ctx)).toEqual({
      at: Date.UTC(2026, 11, 1, 8),
      from: 'page',
      precision: 'minute',
    });
  });

  it('then a date in the label, with its clock time', () => {
    expect(messageTime({ text: 'x', label: 'Yesterday 10:42 AM', day: 'Today' }, ctx)).toEqual({
      at: at('2026-12-03', 642),
      from: 'page',
      precision: 'minute',
    });
  });

  it('then the day header above, with the clock time the message shows', () => {
    expect(messageTime({ text: 'x', label: '8:30 AM', day: 'Kemarin' }, ctx)).toEqual({
      at: at('2026-12-03', 510),
      from: 'page',
      precision: 'minute',
    });
    expect(messageTime({ text: 'x', day: '昨天' }, ctx)).toEqual({ at: at('2026-12-03', 0), from: 'page', precision: 'day' });
  });

  it('takes a bare clock time as today', () => {
    expect(messageTime({ text: 'x', label: '09:15' }, ctx)).toEqual({ at: at('2026-12-04', 555), from: 'page', precision: 'minute' });
  });

  it('then the date the text states, never its validity', () => {
    const m = { text: 'Info 02/12/2026 10:00: sisa pulsa Rp 5.000, aktif s/d 31/12/2026' };
    expect(messageTime(m, ctx, ['2026-12-31'])).toEqual({ at: at('2026-12-02', 600), from: 'text', precision: 'text' });
    expect(messageTime({ text: 'Sisa pulsa Rp 5.000, aktif s/d 31/12/2026' }, ctx, ['2026-12-31'])).toEqual({
      at: NOW,
      from: 'seen',
      precision: 'seen',
    });
  });

  it('"Now" is when first seen, "5 min" five minutes before: times that will be relabelled', () => {
    const m = { text: 'Pulsa Rp 1.000', day: 'Today' };
    expect(messageTime({ ...m, label: 'Now' }, ctx, [], NOW - 5)).toEqual({ at: NOW - 5, from: 'page', precision: 'now' });
    expect(messageTime({ ...m, label: '5 min' }, ctx, [], NOW)).toEqual({ at: NOW - 300_000, from: 'page', precision: 'now' });
    expect(messageTime({ ...m, label: '12 menit lalu' }, ctx, [], NOW)).toEqual({ at: NOW - 720_000, from: 'page', precision: 'now' });
    expect(messageTime({ ...m, label: '3分钟前' }, ctx, [], NOW)).toEqual({ at: NOW - 180_000, from: 'page', precision: 'now' });
  });

  it('a date without a clock time is a day', () => {
    expect(messageTime({ text: 'x', stamp: '2026-12-01' }, ctx)).toEqual({ at: at('2026-12-01', 0), from: 'page', precision: 'day' });
    expect(messageTime({ text: 'x', label: 'Kemarin' }, ctx)).toEqual({ at: at('2026-12-03', 0), from: 'page', precision: 'day' });
  });

  it('reads clock times in the given zone', () => {
    expect(instantAt('2026-12-04', 7 * 60, 'Asia/Jakarta')).toBe(Date.UTC(2026, 11, 4, 0));
  });
});
