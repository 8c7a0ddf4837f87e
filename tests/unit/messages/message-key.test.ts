// Who a message is across reads: a relabelled time ("Now" → "10:43", "Kemarin" → a date, a day header
// left stale past midnight) is the same message, never stored twice; the same text at another time is another.
import { describe, expect, it } from 'vitest';
import { KnownMessages, messageKey, type Stamp, textHash } from '@/utils/core/message-key';
import { readMessageList } from '@/utils/core/message-list';
import type { MessageScan } from '@/utils/core/message-time';

const NOW = Date.UTC(2026, 11, 4, 15, 0); // Friday 4 December 2026, 15:00 UTC
const MINUTE = 60_000;
const options = { accountId: 'axis', currency: 'IDR', now: NOW, timeZone: 'UTC' };
const REPLY = 'Pulsa Anda Rp 27.500. Masa aktif s/d 31-12-2026.';
const OLDER = { text: 'Sisa pulsa Anda Rp 50.000. Masa aktif s/d 31-12-2026.', label: '09:15', day: '30 November 2026' };

/** Reads `first`, then `then` (at `later`) with the keys of the first read: what the second read adds. */
function reread(first: MessageScan[], then: MessageScan[], later: number) {
  const one = readMessageList(first, options);
  if (one === 'outOfTime') throw new Error('out of time');
  const two = readMessageList(then, { ...options, now: later }, one.keys);
  if (two === 'outOfTime') throw new Error('out of time');
  return { first: one, again: two };
}

describe('a relabelled time is the same message', () => {
  it.each([
    ['"Now" → "15:00"', { label: 'Now', day: 'Today' }, { label: '15:00', day: 'Today' }, 2 * MINUTE],
    ['"Now" → "3:01 PM", read at once', { label: 'Now', day: 'Today' }, { label: '3:01 PM', day: 'Today' }, 10_000],
    ['"4 min" → "14:56"', { label: '4 min', day: 'Today' }, { label: '14:56', day: 'Today' }, 3 * MINUTE],
    ['"Kemarin" → "3 Des 2026"', { label: '08:30', day: 'Kemarin' }, { label: '08:30', day: '3 Des 2026' }, MINUTE],
    ['"Yesterday" (no clock) → "3 December 2026 08:30"', { label: 'Yesterday' }, { label: '3 December 2026 08:30' }, MINUTE],
    ['"Today" → "Yesterday", the next day', { label: '14:00', day: 'Today' }, { label: '14:00', day: 'Yesterday' }, 86_400_000],
    // Read just after midnight before the page redrew its header: "Today" now names the new day.
    ['"Today" left stale past midnight', { label: '14:00', day: 'Today' }, { label: '14:00', day: 'Today' }, 9 * 3_600_000 + MINUTE],
  ])('%s', (_name, before, after, later) => {
    const { first, again } = reread([OLDER, { text: REPLY, ...before }], [OLDER, { text: REPLY, ...after }], NOW + later);
    expect(first.current?.credit?.amount).toBe(27_500);
    expect(again).toEqual({ history: [], keys: first.keys, found: 2 });
  });
});

describe('the same text at another time is another message', () => {
  it('two equal replies on two days are both recorded', () => {
    const read = readMessageList(
      [
        { text: REPLY, label: '09:00', day: 'Yesterday' },
        { text: REPLY, label: '09:00', day: 'Today' },
      ],
      options,
    );
    if (read === 'outOfTime') throw new Error('out of time');
    expect(read.history.map((r) => r.at)).toEqual([Date.UTC(2026, 11, 3, 9)]);
    expect(read.current?.at).toBe(Date.UTC(2026, 11, 4, 9));
  });

  it('the reply to tomorrow\'s query, arriving as "Now", is new although its text is the same', () => {
    const { first, again } = reread(
      [{ text: REPLY, label: 'Now', day: 'Today' }],
      [
        { text: REPLY, label: '15:00', day: 'Yesterday' },
        { text: REPLY, label: 'Now', day: 'Today' },
      ],
      NOW + 86_400_000 + 7 * MINUTE,
    );
    expect(first.current?.at).toBe(NOW);
    expect(again.current?.at).toBe(NOW + 86_400_000 + 7 * MINUTE);
    expect(again.history).toEqual([]);
  });
});

describe('matching keys', () => {
  const hash = textHash(REPLY);
  const known = (stamp: Stamp) => new KnownMessages([messageKey(hash, stamp)]);

  it('within the looser precision of the two times, and a day away for a clock time', () => {
    expect(known({ at: NOW, precision: 'minute' }).has(hash, { at: NOW + MINUTE, precision: 'minute' })).toBe(true);
    expect(known({ at: NOW, precision: 'minute' }).has(hash, { at: NOW + 2 * MINUTE, precision: 'minute' })).toBe(false);
    expect(known({ at: NOW, precision: 'minute' }).has(hash, { at: NOW + 86_400_000, precision: 'minute' })).toBe(true);
    expect(known({ at: NOW, precision: 'now' }).has(hash, { at: NOW - 4 * MINUTE, precision: 'minute' })).toBe(true);
    expect(known({ at: NOW, precision: 'now' }).has(hash, { at: NOW + 86_400_000, precision: 'now' })).toBe(false);
    expect(known({ at: NOW, precision: 'day' }).has(hash, { at: NOW + 20 * 3_600_000, precision: 'minute' })).toBe(true);
    expect(known({ at: NOW, precision: 'minute' }).has(textHash('another text'), { at: NOW, precision: 'minute' })).toBe(false);
  });

  it('a message the page gives no time for is known by its text alone', () => {
    expect(known({ at: NOW, precision: 'seen' }).has(hash, null)).toBe(true);
    expect(known({ at: NOW, precision: 'seen' }).has(hash, { at: NOW + 86_400_000 * 3, precision: 'minute' })).toBe(true);
    expect(known({ at: NOW - 86_400_000 * 9, precision: 'minute' }).has(hash, null)).toBe(true);
  });

  it('the newest time known, and keys of another format ignored', () => {
    const k = new KnownMessages(['0123abc', messageKey(hash, { at: NOW, precision: 'minute' })]);
    expect(k.newest).toBe(NOW);
    expect(k.keys).toHaveLength(1);
    expect(new KnownMessages([]).newest).toBe(-Infinity);
  });
});
